import { describe, expect, it } from "vitest";

import { romeDay } from "@/lib/calendar/time";

import { queuedAt, ticketLabel } from "./tickets";

describe("ticketLabel", () => {
  it("marks booked citizens P and walk-ins S, on three digits", () => {
    expect(ticketLabel({ ticketNumber: 7, appointmentId: "a" })).toBe("P-007");
    expect(ticketLabel({ ticketNumber: 14, appointmentId: null })).toBe("S-014");
    expect(ticketLabel({ ticketNumber: 999, appointmentId: null })).toBe("S-999");
  });
});

describe("queuedAt", () => {
  const at = (clock: string) => new Date(`2026-12-01T${clock}:00+01:00`);
  it("queues a walk-in from arrival", () => {
    expect(queuedAt(at("09:10"), null)).toEqual(at("09:10"));
  });
  it("queues an early booked citizen from the appointment time, so walk-ins already waiting go first", () => {
    expect(queuedAt(at("09:15"), at("09:30"))).toEqual(at("09:30"));
  });
  it("queues a late booked citizen from arrival", () => {
    expect(queuedAt(at("09:45"), at("09:30"))).toEqual(at("09:45"));
  });
});

describe("romeDay", () => {
  it("is the calendar day in Rome, also just after midnight in winter and summer", () => {
    expect(romeDay(new Date("2026-12-01T23:30:00Z"))).toEqual(new Date("2026-12-02T00:00:00Z"));
    expect(romeDay(new Date("2026-07-01T22:30:00Z"))).toEqual(new Date("2026-07-02T00:00:00Z"));
    expect(romeDay(new Date("2026-07-01T21:30:00Z"))).toEqual(new Date("2026-07-01T00:00:00Z"));
  });
});
