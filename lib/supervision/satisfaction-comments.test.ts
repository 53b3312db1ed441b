import { describe, expect, it } from "vitest";

import { commentsPageSchema } from "./satisfaction-comments";

describe("commentsPageSchema", () => {
  it("reads the first page when the address names none", () => {
    expect(commentsPageSchema.safeParse(undefined)).toEqual({ success: true, data: 1 });
    expect(commentsPageSchema.safeParse(" ")).toEqual({ success: true, data: 1 });
    expect(commentsPageSchema.safeParse("12")).toEqual({ success: true, data: 12 });
  });

  it.each([["0"], ["-1"], ["1.5"], ["2e3"], ["100000"], ["due"], [["1", "2"]]])("refuses %j", (value) => {
    expect(commentsPageSchema.safeParse(value).success).toBe(false);
  });
});
