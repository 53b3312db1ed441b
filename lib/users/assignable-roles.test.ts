import { describe, expect, it } from "vitest";

import { assignableRoles } from "./assignable-roles";

describe("assignableRoles", () => {
  it("gives an administrator every role, an OLP only the volunteer's, a volunteer none", () => {
    expect(assignableRoles({ id: "a", role: "ADMIN" })).toEqual(["VOLUNTEER", "OLP", "ADMIN"]);
    expect(assignableRoles({ id: "o", role: "OLP" })).toEqual(["VOLUNTEER"]);
    expect(assignableRoles({ id: "v", role: "VOLUNTEER" })).toEqual([]);
  });

  it("keeps one's own role when editing one's own account", () => {
    expect(assignableRoles({ id: "a", role: "ADMIN" }, { id: "a", role: "ADMIN" })).toEqual(["ADMIN"]);
    expect(assignableRoles({ id: "a", role: "ADMIN" }, { id: "b", role: "OLP" })).toEqual(["VOLUNTEER", "OLP", "ADMIN"]);
  });
});
