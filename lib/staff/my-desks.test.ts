import { describe, expect, it } from "vitest";

import { staffDeskWhere } from "./my-desks";

describe("staffDeskWhere", () => {
  it("gives volunteers and OLP their own active desks, administrators every active desk", () => {
    expect(staffDeskWhere({ role: "VOLUNTEER", sedeIds: ["a"] })).toEqual({ active: true, id: { in: ["a"] } });
    expect(staffDeskWhere({ role: "OLP", sedeIds: ["a", "b"] })).toEqual({ active: true, id: { in: ["a", "b"] } });
    expect(staffDeskWhere({ role: "ADMIN", sedeIds: [] })).toEqual({ active: true });
  });
});
