import { describe, expect, it } from "vitest";

import { newBookingCode, normalizeBookingCode } from "./booking-code";

describe("newBookingCode", () => {
  it("is four readable groups carrying 80 random bits", () => {
    const codes = Array.from({ length: 2000 }, newBookingCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Every symbol of the alphabet turns up: the bits are spread over all 32.
    expect(new Set(codes.join("").replaceAll("-", "")).size).toBe(32);
  });
});

describe("normalizeBookingCode", () => {
  it("reads a code as people type it", () => {
    expect(normalizeBookingCode("7kq2 m9xd 4tnb z3hc")).toBe("7KQ2-M9XD-4TNB-Z3HC");
    expect(normalizeBookingCode("OOOO-IIII-LLLL-0000")).toBe("0000-1111-1111-0000");
  });

  it("refuses what cannot be a code", () => {
    expect(normalizeBookingCode("7KQ2-M9XD-4TNB")).toBeNull();
    expect(normalizeBookingCode("7KQ2-M9XD-4TNB-Z3HU")).toBeNull();
    expect(normalizeBookingCode("")).toBeNull();
  });
});
