import { describe, expect, it } from "vitest";

import { formatAppointmentDateTime, formatAppointmentTime } from "./format-appointment-time";

describe("formatAppointmentDateTime", () => {
  it("writes the Rome day and time in Italian and English", () => {
    const instant = new Date("2026-12-01T08:30:00Z"); // CET, UTC+1
    expect(formatAppointmentDateTime(instant, "it")).toBe("martedì 1 dicembre 2026, 09:30");
    expect(formatAppointmentDateTime(instant, "en")).toBe("Tuesday 1 December 2026, 09:30");
    expect(formatAppointmentTime(instant)).toBe("09:30");
  });

  it("follows summer time, including the days the clocks change", () => {
    expect(formatAppointmentDateTime(new Date("2026-03-29T08:00:00Z"), "it")).toBe("domenica 29 marzo 2026, 10:00");
    expect(formatAppointmentDateTime(new Date("2026-10-25T09:00:00Z"), "en")).toBe("Sunday 25 October 2026, 10:00");
    // Late evening in UTC is already the next day in Rome.
    expect(formatAppointmentDateTime(new Date("2026-06-30T22:30:00Z"), "it")).toBe("mercoledì 1 luglio 2026, 00:30");
  });
});
