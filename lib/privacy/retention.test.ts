import { describe, expect, it } from "vitest";

import { retentionCutoff } from "./retention";

describe("retentionCutoff", () => {
  it("goes back whole Rome calendar days, at the same wall-clock time", () => {
    expect(retentionCutoff(new Date("2027-12-01T03:15:00+01:00"), 365)).toEqual(new Date("2026-12-01T03:15:00+01:00"));
    // Across the change to summer time (28 March 2027) a day is 23 hours long.
    expect(retentionCutoff(new Date("2027-03-29T03:15:00+02:00"), 2)).toEqual(new Date("2027-03-27T03:15:00+01:00"));
    // Across a leap day.
    expect(retentionCutoff(new Date("2028-03-01T03:15:00+01:00"), 30)).toEqual(new Date("2028-01-31T03:15:00+01:00"));
  });

  it("refuses a period that is not a positive whole number of days", () => {
    for (const days of [0, -1, 1.5, Number.NaN]) expect(() => retentionCutoff(new Date(), days)).toThrow(RangeError);
  });
});
