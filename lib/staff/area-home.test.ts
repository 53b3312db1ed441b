import { describe, expect, it } from "vitest";

import { areaHome, signInReturnPath } from "./area-home";

describe("areaHome", () => {
  it("sends volunteers to their desk and OLP and administrators to supervision", () => {
    expect(areaHome("VOLUNTEER")).toBe("/sportello");
    expect(areaHome("OLP")).toBe("/supervisione");
    expect(areaHome("ADMIN")).toBe("/supervisione");
  });
});

describe("signInReturnPath", () => {
  it("keeps a staff page to go back to", () => {
    expect(signInReturnPath("/sportello")).toBe("/sportello");
    expect(signInReturnPath("/supervisione?sede=138935")).toBe("/supervisione?sede=138935");
  });

  it("lets the role decide instead of going home or back to the sign-in page", () => {
    for (const path of ["/", "/accesso", "/accesso?uscita=1", "/accesso/"]) expect(signInReturnPath(path), path).toBe("");
  });
});
