import { describe, expect, it } from "vitest";

import { programmeForMap } from "./map-links";

const programmes = [{ code: "1.02" }, { code: "1.07" }, { code: "1.08" }];

describe("programmeForMap", () => {
  it("links the registry office's map to programme 1.07, whatever the case", () => {
    expect(programmeForMap("ANAGRAFE", programmes)).toEqual({ code: "1.07" });
    expect(programmeForMap(" Anagrafe ", programmes)).toEqual({ code: "1.07" });
  });

  it("links no other map, and nothing when the programme is not imported", () => {
    expect(programmeForMap("COMUNICAZIONE ESTERNA", programmes)).toBeNull();
    expect(programmeForMap("ANAGRAFE E ALTRO", programmes)).toBeNull();
    expect(programmeForMap(null, programmes)).toBeNull();
    expect(programmeForMap("ANAGRAFE", [{ code: "1.02" }])).toBeNull();
  });
});
