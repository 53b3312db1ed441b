import { describe, expect, it } from "vitest";

import { supervisedDeskWhere } from "./supervised-desks";

describe("supervisedDeskWhere", () => {
  it("gives an administrator every desk", () => {
    expect(supervisedDeskWhere({ role: "ADMIN", sedeIds: [] })).toEqual({});
  });

  it("gives an OLP only the desks they supervise, and none when they have none", () => {
    expect(supervisedDeskWhere({ role: "OLP", sedeIds: ["a", "b"] })).toEqual({ id: { in: ["a", "b"] } });
    expect(supervisedDeskWhere({ role: "OLP", sedeIds: [] })).toEqual({ id: { in: [] } });
  });

  it("gives a volunteer nothing, even with desks of their own", () => {
    expect(supervisedDeskWhere({ role: "VOLUNTEER", sedeIds: ["a"] })).toBeNull();
  });
});
