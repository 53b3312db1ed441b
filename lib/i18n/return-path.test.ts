import { describe, expect, it } from "vitest";

import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a local path with its query and fragment", () => {
    expect(safeReturnPath("/sedi/138935")).toBe("/sedi/138935");
    expect(safeReturnPath("/servizi?q=spid&servizio=SPID#risultati")).toBe("/servizi?q=spid&servizio=SPID#risultati");
  });

  it("sends anything that could leave the site to the home page", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      "/\t/evil.example",
      "/a/../..//evil.example",
      "javascript:alert(1)",
      "sedi",
      "",
      42,
      null,
      `/${"a".repeat(3000)}`,
    ]) {
      expect(safeReturnPath(value), String(value)).toBe("/");
    }
  });
});
