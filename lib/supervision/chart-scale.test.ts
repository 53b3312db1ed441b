import { describe, expect, it } from "vitest";

import { labelEvery, niceAxis } from "./chart-scale";

describe("niceAxis", () => {
  it("rounds the top up to a step of 1, 2 or 5 times a power of ten", () => {
    expect(niceAxis(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceAxis(10)).toEqual({ max: 10, ticks: [0, 5, 10] });
    expect(niceAxis(43)).toEqual({ max: 60, ticks: [0, 20, 40, 60] });
    expect(niceAxis(0.7)).toEqual({ max: 0.8, ticks: [0, 0.2, 0.4, 0.6, 0.8] });
  });

  it("keeps whole steps for counts, and gives an empty series an axis", () => {
    expect(niceAxis(3, { integer: true })).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(niceAxis(1, { integer: true })).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceAxis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(niceAxis(Number.NaN)).toEqual({ max: 1, ticks: [0, 1] });
  });
});

describe("labelEvery", () => {
  it("labels every day of a short period and every few days of a long one", () => {
    expect(labelEvery(7)).toBe(1);
    expect(labelEvery(31)).toBe(3);
    expect(labelEvery(366)).toBe(31);
  });
});
