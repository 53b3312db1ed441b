import { describe, expect, it } from "vitest";

import { creditedMinutes, MAX_DAILY_SERVICE_MINUTES, standardDayMinutes, validateEntry, type DayEntry, type ProjectRules } from "./rules-entry";

// The two kinds of project in the documents: 1145 h with a 25 h average and a 20 h minimum over 5 days,
// and 1400 h with a 12 h minimum and no average (6 days).
const AVERAGE_25H: ProjectRules = { annualServiceMinutes: 1145 * 60, weeklyAverageMinutes: 25 * 60, weeklyMinimumMinutes: 20 * 60, serviceDaysPerWeek: 5 };
const ANNUAL_1400H: ProjectRules = { annualServiceMinutes: 1400 * 60, weeklyAverageMinutes: null, weeklyMinimumMinutes: 12 * 60, serviceDaysPerWeek: 6 };

const worked = (startMinute: number | null, endMinute: number | null, breakMinutes = 0, kind: DayEntry["kind"] = "SERVICE"): DayEntry => ({
  day: "2026-05-12",
  kind,
  startMinute,
  endMinute,
  breakMinutes,
});
const codes = (entry: DayEntry) => validateEntry(entry).map((problem) => problem.code);

describe("standardDayMinutes", () => {
  it("is the weekly average over the service days, or the annual hours over 52 weeks without one", () => {
    expect(standardDayMinutes(AVERAGE_25H)).toBe(300);
    expect(standardDayMinutes(ANNUAL_1400H)).toBe(269); // 84 000 / 52 / 6 = 269.2
    expect(standardDayMinutes({ ...ANNUAL_1400H, serviceDaysPerWeek: 5 })).toBe(323); // 84 000 / 260
  });
});

describe("creditedMinutes", () => {
  it("counts service and training as worked time, less the break", () => {
    expect(creditedMinutes(worked(9 * 60, 14 * 60), AVERAGE_25H)).toBe(300);
    expect(creditedMinutes(worked(9 * 60, 17 * 60, 60, "TRAINING"), AVERAGE_25H)).toBe(420);
    expect(creditedMinutes({ ...worked(8 * 60, 24 * 60 - 1), breakMinutes: null }, AVERAGE_25H)).toBe(959);
  });

  it("counts permit and sick days as the project's standard day, unpaid leave as nothing", () => {
    for (const kind of ["PERMIT", "SICKNESS"] as const) {
      expect(creditedMinutes({ day: "2026-05-12", kind }, AVERAGE_25H)).toBe(300);
      expect(creditedMinutes({ day: "2026-05-12", kind }, ANNUAL_1400H)).toBe(269);
    }
    expect(creditedMinutes({ day: "2026-05-12", kind: "UNPAID" }, AVERAGE_25H)).toBe(0);
  });

  it("counts nothing for a malformed day, but still counts a day that is only too long", () => {
    expect(creditedMinutes(worked(14 * 60, 9 * 60), AVERAGE_25H)).toBe(0);
    expect(creditedMinutes(worked(9 * 60, null), AVERAGE_25H)).toBe(0);
    expect(creditedMinutes(worked(9 * 60, 10 * 60, 60), AVERAGE_25H)).toBe(0);
    expect(creditedMinutes(worked(8 * 60, 19 * 60), AVERAGE_25H)).toBe(660);
  });
});

describe("validateEntry", () => {
  it("accepts well formed days, up to the daily limit", () => {
    expect(validateEntry(worked(9 * 60, 14 * 60))).toEqual([]);
    expect(validateEntry(worked(8 * 60, 18 * 60 + 30, 30))).toEqual([]); // exactly 10 h
    expect(validateEntry(worked(0, 24 * 60, 14 * 60 + 1))).toEqual([]);
    expect(validateEntry({ day: "2026-05-12", kind: "PERMIT", startMinute: null, endMinute: null, breakMinutes: 0 })).toEqual([]);
  });

  it("names each problem with the numbers a message needs", () => {
    expect(codes(worked(null, 14 * 60))).toEqual(["missing_times"]);
    expect(codes(worked(9 * 60, 24 * 60 + 1))).toEqual(["invalid_minute"]);
    expect(codes(worked(9.5, 14 * 60))).toEqual(["invalid_minute"]);
    expect(validateEntry(worked(9 * 60, 14 * 60, -5))).toEqual([{ code: "negative_break", values: { breakMinutes: -5 } }]);
    expect(validateEntry(worked(14 * 60, 14 * 60))).toEqual([{ code: "end_before_start", values: { startMinute: 840, endMinute: 840 } }]);
    expect(validateEntry(worked(9 * 60, 10 * 60, 60))).toEqual([{ code: "break_too_long", values: { breakMinutes: 60, spanMinutes: 60 } }]);
    expect(validateEntry(worked(8 * 60, 18 * 60 + 31, 30))).toEqual([{ code: "too_long", values: { minutes: 601, limit: MAX_DAILY_SERVICE_MINUTES } }]);
  });

  it("refuses times on an absence and a day that does not exist", () => {
    expect(codes({ day: "2026-05-12", kind: "SICKNESS", startMinute: 540, endMinute: 840 })).toEqual(["unexpected_times"]);
    expect(codes({ day: "2026-05-12", kind: "UNPAID", breakMinutes: 30 })).toEqual(["unexpected_times"]);
    expect(codes({ day: "2026-02-29", kind: "PERMIT" })).toEqual(["invalid_day"]);
  });
});
