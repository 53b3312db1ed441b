import { describe, expect, it } from "vitest";

import { nationalHolidays } from "@/lib/calendar/closures";

import { availableSlots, type AvailabilityInput } from "./slots";

const MON_FRI_MORNINGS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensMinute: 9 * 60, closesMinute: 12 * 60 }));

const base = (overrides: Partial<AvailabilityInput> = {}): AvailabilityInput => ({
  openingHours: MON_FRI_MORNINGS,
  slotMinutes: 30,
  capacity: 2,
  closures: [],
  booked: [],
  // Monday 30 November 2026, 07:00 in Rome.
  now: new Date("2026-11-30T06:00:00Z"),
  minNoticeMinutes: 120,
  horizonDays: 1,
  ...overrides,
});

const times = (slots: { startsAt: Date }[]) => slots.map((slot) => slot.startsAt.toISOString());

describe("availableSlots", () => {
  it("lays slots on the opening hours, none crossing the closing time", () => {
    const slots = availableSlots(base({ slotMinutes: 40 }));
    // 09:00, 09:40, 10:20, 11:00 (11:40 would end at 12:20, after closing). Rome is UTC+1 in winter.
    expect(times(slots)).toEqual(["2026-11-30T08:00:00.000Z", "2026-11-30T08:40:00.000Z", "2026-11-30T09:20:00.000Z", "2026-11-30T10:00:00.000Z"]);
    expect(slots[0].endsAt.toISOString()).toBe("2026-11-30T08:40:00.000Z");
  });

  it("handles several intervals in a day", () => {
    const slots = availableSlots(
      base({ openingHours: [{ weekday: 1, opensMinute: 9 * 60, closesMinute: 10 * 60 }, { weekday: 1, opensMinute: 14 * 60, closesMinute: 15 * 60 }] }),
    );
    expect(times(slots)).toEqual(["2026-11-30T08:00:00.000Z", "2026-11-30T08:30:00.000Z", "2026-11-30T13:00:00.000Z", "2026-11-30T13:30:00.000Z"]);
  });

  it("keeps the minimum notice", () => {
    // 08:10 in Rome with two hours' notice: the first slot is 10:30.
    const slots = availableSlots(base({ now: new Date("2026-11-30T07:10:00Z") }));
    expect(times(slots)[0]).toBe("2026-11-30T09:30:00.000Z");
  });

  it("counts capacity: a slot with one of two places taken stays, a full one goes", () => {
    const at = (iso: string) => ({ startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 30 * 60_000) });
    const slots = availableSlots(base({ booked: [at("2026-11-30T08:00:00Z"), at("2026-11-30T08:30:00Z"), at("2026-11-30T08:30:00Z")] }));
    expect(slots[0]).toMatchObject({ startsAt: new Date("2026-11-30T08:00:00Z"), remaining: 1 });
    expect(times(slots)).not.toContain("2026-11-30T08:30:00.000Z");
  });

  it("skips national holidays and the patron saint's day", () => {
    // From Monday 7 December 2026: Sant'Ambrogio (Milan), then the Immaculate Conception on Tuesday.
    const patron = { startsAt: new Date("2026-12-06T23:00:00Z"), endsAt: new Date("2026-12-07T23:00:00Z") };
    const slots = availableSlots(
      base({ now: new Date("2026-12-06T12:00:00Z"), horizonDays: 4, closures: [...nationalHolidays(2026, "it"), patron] }),
    );
    const days = [...new Set(slots.map((slot) => slot.startsAt.toISOString().slice(0, 10)))];
    expect(days).toEqual(["2026-12-09"]);
  });

  it("skips the part of a day a desk closes", () => {
    const meeting = { startsAt: new Date("2026-11-30T09:15:00Z"), endsAt: new Date("2026-11-30T10:15:00Z") };
    const slots = availableSlots(base({ closures: [meeting] }));
    // 10:00, 10:30 and 11:00 (Rome) touch the meeting; 09:00, 09:30 and 11:30 remain.
    expect(times(slots)).toEqual(["2026-11-30T08:00:00.000Z", "2026-11-30T08:30:00.000Z", "2026-11-30T10:30:00.000Z"]);
  });

  it("keeps wall-clock times across daylight-saving changes", () => {
    const monday = [{ weekday: 1, opensMinute: 9 * 60, closesMinute: 10 * 60 }];
    const sunday = (iso: string) => availableSlots(base({ openingHours: [...monday, { weekday: 7, opensMinute: 9 * 60, closesMinute: 10 * 60 }], now: new Date(iso), horizonDays: 2, minNoticeMinutes: 0 }));
    // 29 March 2026 (clocks forward): 09:00 is 07:00 UTC on Sunday and Monday.
    expect(times(sunday("2026-03-28T23:30:00Z"))).toEqual([
      "2026-03-29T07:00:00.000Z",
      "2026-03-29T07:30:00.000Z",
      "2026-03-30T07:00:00.000Z",
      "2026-03-30T07:30:00.000Z",
    ]);
    // 25 October 2026 (clocks back): 09:00 is 08:00 UTC on Sunday.
    expect(times(sunday("2026-10-24T22:30:00Z")).slice(0, 2)).toEqual(["2026-10-25T08:00:00.000Z", "2026-10-25T08:30:00.000Z"]);
  });

  it("offers no slot in the hour that does not exist when clocks go forward", () => {
    const night = [{ weekday: 7, opensMinute: 60, closesMinute: 4 * 60 }];
    const slots = availableSlots(base({ openingHours: night, now: new Date("2026-03-28T22:00:00Z"), horizonDays: 2, minNoticeMinutes: 0, slotMinutes: 60 }));
    // 01:00 CET, then 03:00 CEST (02:00 does not exist); each slot is a real hour long.
    expect(times(slots)).toEqual(["2026-03-29T00:00:00.000Z", "2026-03-29T01:00:00.000Z"]);
  });

  it("stops at the horizon and at the daily cap", () => {
    const week = availableSlots(base({ horizonDays: 7 }));
    expect(new Set(week.map((slot) => slot.startsAt.toISOString().slice(0, 10))).size).toBe(5);
    const one = { startsAt: new Date("2026-11-30T08:00:00Z"), endsAt: new Date("2026-11-30T08:30:00Z") };
    expect(availableSlots(base({ booked: [one], dailyCap: 1 }))).toEqual([]);
    expect(availableSlots(base({ booked: [one], dailyCap: 2 })).length).toBeGreaterThan(0);
  });
});
