import { describe, expect, it } from "vitest";

import { countAppointments, isOpenAt, romeClock } from "./desk-day";

describe("romeClock", () => {
  it("reads the weekday and minute on Rome's wall clock, across DST", () => {
    // Winter (UTC+1): Monday 1 December 2025, 08:30 UTC is 09:30 in Rome.
    expect(romeClock(new Date("2025-12-01T08:30:00Z"))).toEqual({ weekday: 1, minute: 9 * 60 + 30 });
    // Summer (UTC+2): Sunday 6 July 2025, 22:15 UTC is already Monday 00:15 in Rome.
    expect(romeClock(new Date("2025-07-06T22:15:00Z"))).toEqual({ weekday: 1, minute: 15 });
    // Sunday is 7, not 0.
    expect(romeClock(new Date("2025-12-07T12:00:00Z")).weekday).toBe(7);
  });
});

describe("isOpenAt", () => {
  const hours = [
    { opens: 9 * 60, closes: 13 * 60 },
    { opens: 14 * 60, closes: 17 * 60 },
  ];
  // Rome is UTC+1 on 1 December 2025.
  const at = (time: string) => new Date(`2025-12-01T${time}:00+01:00`);

  it("is open inside an interval, from the opening minute to just before closing", () => {
    expect(isOpenAt(hours, [], at("09:00"))).toBe(true);
    expect(isOpenAt(hours, [], at("12:59"))).toBe(true);
    expect(isOpenAt(hours, [], at("13:00"))).toBe(false);
    expect(isOpenAt(hours, [], at("13:30"))).toBe(false);
    expect(isOpenAt(hours, [], at("16:00"))).toBe(true);
  });

  it("is closed on a day with no hours", () => {
    expect(isOpenAt([], [], at("10:00"))).toBe(false);
  });

  it("is closed during a closure, and open again after it", () => {
    const closure = { startsAt: at("09:00"), endsAt: at("11:00") };
    expect(isOpenAt(hours, [closure], at("10:00"))).toBe(false);
    expect(isOpenAt(hours, [closure], at("11:00"))).toBe(true);
  });
});

describe("countAppointments", () => {
  it("totals the grouped rows and fills in every status", () => {
    expect(
      countAppointments([
        { status: "BOOKED", count: 3 },
        { status: "DONE", count: 2 },
      ]),
    ).toEqual({
      total: 5,
      byStatus: { BOOKED: 3, ARRIVED: 0, IN_PROGRESS: 0, DONE: 2, NO_SHOW: 0, CANCELLED: 0 },
    });
    expect(countAppointments([]).total).toBe(0);
  });
});
