import { describe, expect, it } from "vitest";

import { isChartable, summarizeTrend, type TrendPoint } from "./trend";

const point = (year: number, value: number | null, status: TrendPoint["status"] = value === null ? "NOT_AVAILABLE" : "NUMBER"): TrendPoint => ({
  year,
  value,
  status,
  marker: null,
});

describe("summarizeTrend", () => {
  it("names the first and last years with a number, the highest, and the gaps, in year order", () => {
    const summary = summarizeTrend([point(2024, 1532), point(2019, null), point(2020, null), point(2021, 1828), point(2022, 1987), point(2023, 1566)]);
    expect(summary.first).toMatchObject({ year: 2021, value: 1828 });
    expect(summary.last).toMatchObject({ year: 2024, value: 1532 });
    expect(summary.highest).toMatchObject({ year: 2022, value: 1987 });
    expect(summary.gaps).toEqual([2019, 2020]);
  });

  it("keeps the earliest of equal highs and counts a zero as a number, not a gap", () => {
    const summary = summarizeTrend([point(2019, 3), point(2020, 0), point(2021, 3), point(2022, null, "NOT_APPLICABLE")]);
    expect(summary.highest?.year).toBe(2019);
    expect(summary.gaps).toEqual([2022]);
  });

  it("has nothing to say of a series without numbers", () => {
    expect(summarizeTrend([point(2019, null), point(2020, null, "EMPTY")])).toEqual({ first: null, last: null, highest: null, gaps: [2019, 2020] });
  });
});

describe("isChartable", () => {
  it("wants two years with a number", () => {
    expect(isChartable([point(2019, 5), point(2020, null)])).toBe(false);
    expect(isChartable([point(2019, 5), point(2020, 0)])).toBe(true);
  });
});
