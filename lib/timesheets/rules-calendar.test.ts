import { afterEach, describe, expect, it } from "vitest";

import { addDays, calendarDays, isDayKey, isNationalHoliday, isoWeekday, nationalHolidayDays, weekStartOf } from "./rules-calendar";

describe("day keys", () => {
  it("accepts real days only", () => {
    expect(isDayKey("2028-02-29")).toBe(true);
    expect(isDayKey("2026-02-29")).toBe(false);
    expect(isDayKey("2026-13-01")).toBe(false);
    expect(isDayKey("2026-1-01")).toBe(false);
    expect(isDayKey("2026-01-01T10:00")).toBe(false);
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });

  it("adds whole calendar days across both DST changes and the year end", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-30", -7)).toBe("2026-03-23");
  });

  it("finds the ISO week's Monday and the weekday, Sunday closing the week", () => {
    expect(weekStartOf("2026-03-29")).toBe("2026-03-23"); // DST Sunday
    expect(weekStartOf("2026-03-30")).toBe("2026-03-30");
    expect(weekStartOf("2026-10-25")).toBe("2026-10-19");
    expect(weekStartOf("2027-01-01")).toBe("2026-12-28");
    expect(isoWeekday("2026-03-29")).toBe(7);
    expect(isoWeekday("2026-06-02")).toBe(2);
  });
});

describe("national holidays", () => {
  it("knows Italy's holidays, with San Francesco from 2026 only", () => {
    expect(isNationalHoliday("2026-06-02")).toBe(true);
    expect(isNationalHoliday("2026-04-06")).toBe(true); // Pasquetta
    expect(isNationalHoliday("2026-10-04")).toBe(true);
    expect(isNationalHoliday("2025-10-04")).toBe(false);
    expect(isNationalHoliday("2026-06-03")).toBe(false);
    expect(nationalHolidayDays(2026).size).toBe(13);
  });
});

describe("calendarDays", () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTimeZone;
  });

  it("lists each day once with its weekday and holidays, across the DST change", () => {
    expect(calendarDays("2026-03-28", "2026-03-30")).toEqual([
      { day: "2026-03-28", weekday: 6, nationalHoliday: false },
      { day: "2026-03-29", weekday: 7, nationalHoliday: false },
      { day: "2026-03-30", weekday: 1, nationalHoliday: false },
    ]);
    expect(calendarDays("2026-12-24", "2026-12-26").map((day) => day.nationalHoliday)).toEqual([false, true, true]);
    expect(calendarDays("2026-05-02", "2026-05-01")).toEqual([]);
  });

  it("does not depend on the server's time zone", () => {
    for (const [i, zone] of ["Pacific/Auckland", "America/Los_Angeles", "Pacific/Kiritimati"].entries()) {
      process.env.TZ = zone;
      const days = calendarDays("2026-10-24", `2026-10-2${6 + i}`); // a new span each time: nothing cached
      expect(days.slice(0, 3).map((day) => [day.day, day.weekday])).toEqual([
        ["2026-10-24", 6],
        ["2026-10-25", 7],
        ["2026-10-26", 1],
      ]);
      expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
      expect(weekStartOf("2026-10-25")).toBe("2026-10-19");
      expect(isoWeekday("2026-03-29")).toBe(7);
    }
  });
});
