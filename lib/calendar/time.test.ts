import { describe, expect, it } from "vitest";

import { addRomeDays, formatMinuteOfDay, romeClock, romeDayKey, romeInstant, startOfRomeDay } from "./time";

describe("formatMinuteOfDay", () => {
  it("formats minutes from midnight as a 24-hour clock", () => {
    expect(formatMinuteOfDay(0)).toBe("00:00");
    expect(formatMinuteOfDay(570)).toBe("09:30");
    expect(formatMinuteOfDay(1440)).toBe("24:00");
  });

  it("refuses what is not a minute of a day", () => {
    expect(() => formatMinuteOfDay(-1)).toThrow(RangeError);
    expect(() => formatMinuteOfDay(1441)).toThrow(RangeError);
    expect(() => formatMinuteOfDay(9.5)).toThrow(RangeError);
  });
});

describe("Rome days", () => {
  it("starts a day at Rome's midnight, not UTC's", () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Rome (UTC+1).
    expect(startOfRomeDay(new Date("2026-12-31T23:30:00Z")).toISOString()).toBe("2026-12-31T23:00:00.000Z");
  });

  it("adds calendar days across daylight-saving changes", () => {
    // 29 March 2026 has 23 hours in Rome, 25 October 2026 has 25.
    const beforeSpring = startOfRomeDay(new Date("2026-03-28T12:00:00Z"));
    expect(addRomeDays(beforeSpring, 1).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(addRomeDays(beforeSpring, 2).toISOString()).toBe("2026-03-29T22:00:00.000Z");
    const beforeAutumn = startOfRomeDay(new Date("2026-10-24T12:00:00Z"));
    expect(addRomeDays(beforeAutumn, 2).toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });
});

describe("Rome day keys and clocks", () => {
  it("round-trips a day and a time, on both sides of a DST change", () => {
    for (const [day, clock] of [["2026-03-28", "09:30"], ["2026-03-29", "09:30"], ["2026-10-25", "02:30"], ["2026-12-31", "23:59"]]) {
      const instant = romeInstant(day, clock);
      expect(instant && [romeDayKey(instant), romeClock(instant)]).toEqual([day, clock]);
    }
    expect(romeInstant("2026-03-29", "09:30")?.toISOString()).toBe("2026-03-29T07:30:00.000Z");
    expect(romeInstant("2026-03-28", "09:30")?.toISOString()).toBe("2026-03-28T08:30:00.000Z");
  });

  it("has no instant for the hour skipped when clocks go forward", () => {
    expect(romeInstant("2026-03-29", "02:30")).toBeNull();
  });
});
