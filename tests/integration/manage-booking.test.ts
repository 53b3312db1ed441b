// The booking rules end to end on a real database: what createBooking refuses (and leaves no row
// for), and rescheduling that never leaves the citizen with no slot or two.
import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createBooking } from "@/lib/booking/create-booking";
import { cancelBooking, lookupBooking, rescheduleBooking } from "@/lib/booking/manage-booking";
import { bookingFormSchema, type BookingForm } from "@/lib/booking/schema";

import { createCremona } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
// Tuesday 1 December 2026, 09:00 in Rome.
const now = new Date("2026-12-01T08:00:00Z");
const context = { now, locale: "it" as const };

beforeAll(async () => {
  fresh = await freshDatabase();
  const ente = await createCremona(fresh.db);
  const sede = await fresh.db.sede.create({
    data: {
      scuCode: "138935",
      enteId: ente.id,
      name: "Spazio Comune",
      street: "Piazza del Comune, 8",
      city: "Cremona",
      // Monday to Friday, 09:00–12:00.
      openingHours: { create: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensMinute: 540, closesMinute: 720 })) },
    },
  });
  const spid = await fresh.db.service.create({ data: { code: "SPID", defaultDurationMinutes: 30, requiresFiscalCode: true } });
  const help = await fresh.db.service.create({ data: { code: "ONLINE_SERVICES_HELP", defaultDurationMinutes: 30, requiresFiscalCode: false } });
  await fresh.db.sedeService.createMany({
    data: [
      { sedeId: sede.id, serviceId: spid.id, capacity: 1, slotMinutes: 30 },
      { sedeId: sede.id, serviceId: help.id, capacity: 1, slotMinutes: 30 },
    ],
  });
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

const form = (overrides: Partial<Record<keyof BookingForm, string>> = {}): BookingForm =>
  bookingFormSchema.parse({
    serviceCode: "SPID",
    scuCode: "138935",
    day: "2026-12-02",
    time: "09:00",
    name: "Maria Rossi",
    email: "Maria.Rossi@Example.org",
    fiscalCode: "RSSMRA85T10A562S",
    consent: "on",
    idempotencyKey: randomBytes(16).toString("base64url"),
    ...overrides,
  });

const appointments = () => fresh.db.appointment.count();

describe("createBooking", () => {
  it("books a free slot, with a readable code, the consent time and the e-mail in lower case", async () => {
    const result = await createBooking(fresh.db, form({ day: "2026-12-02", time: "09:30" }), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.appointment).toMatchObject({ email: "maria.rossi@example.org", fiscalCode: "RSSMRA85T10A562S", seat: 1, status: "BOOKED", locale: "it" });
    expect(result.appointment.privacyConsentAt).toEqual(now);
    expect(result.appointment.startsAt.toISOString()).toBe("2026-12-02T08:30:00.000Z");
    expect(await lookupBooking(fresh.db, { code: result.appointment.bookingCode, email: "maria.rossi@example.org" })).toBe(result.appointment.id);
    expect(await lookupBooking(fresh.db, { code: result.appointment.bookingCode, email: "someone@example.org" })).toBeNull();
  });

  it("answers 'just taken' with the nearest free times when the slot is full", async () => {
    await createBooking(fresh.db, form({ day: "2026-12-03", time: "10:00" }), context);
    const result = await createBooking(fresh.db, form({ day: "2026-12-03", time: "10:00", email: "altra@example.org" }), context);
    expect(result.ok).toBe(false);
    if (result.ok || !("alternatives" in result)) throw new Error("expected a refusal with alternatives");
    expect(result.reason).toBe("slot_taken");
    // 10:00 was asked: 09:30 and 10:30 are nearest, then 09:00 (ties go to the earlier time).
    expect(result.alternatives.map((slot) => slot.startsAt.toISOString())).toEqual([
      "2026-12-03T08:00:00.000Z",
      "2026-12-03T08:30:00.000Z",
      "2026-12-03T09:30:00.000Z",
    ]);
    expect(result.alternatives.every((slot) => Math.abs(slot.startsAt.getTime() - Date.parse("2026-12-03T09:00:00Z")) <= 60 * 60_000)).toBe(true);
  });

  it("books once when the same form is confirmed twice", async () => {
    const once = form({ day: "2026-12-04", time: "11:00" });
    const [first, second] = await Promise.all([createBooking(fresh.db, once, context), createBooking(fresh.db, once, context)]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.appointment.id).toBe(second.appointment.id);
  });

  it.each([
    ["a past day", { day: "2026-11-30", time: "09:00" }, "slot_unavailable"],
    ["today within the minimum notice", { day: "2026-12-01", time: "10:00" }, "slot_unavailable"],
    ["a time outside opening hours", { day: "2026-12-02", time: "15:00" }, "slot_unavailable"],
    ["a time off the slot grid", { day: "2026-12-02", time: "09:10" }, "slot_unavailable"],
    ["a Sunday", { day: "2026-12-06", time: "09:00" }, "slot_unavailable"],
    ["a national holiday (8 December)", { day: "2026-12-08", time: "09:00" }, "slot_unavailable"],
    ["a day beyond the horizon", { day: "2027-03-01", time: "09:00" }, "slot_unavailable"],
    ["a service the desk does not offer", { serviceCode: "CIE" }, "not_offered"],
    ["an unknown desk", { scuCode: "999999" }, "not_offered"],
  ])("refuses %s and creates nothing", async (_label, overrides, reason) => {
    const before = await appointments();
    const result = await createBooking(fresh.db, form(overrides), context);
    expect(result).toMatchObject({ ok: false, reason });
    expect(await appointments()).toBe(before);
  });

  it("needs the codice fiscale only for the services that need it, and drops it elsewhere", async () => {
    const before = await appointments();
    expect(await createBooking(fresh.db, form({ fiscalCode: "" }), context)).toEqual({ ok: false, reason: "fiscal_code_required" });
    expect(await appointments()).toBe(before);
    const help = await createBooking(fresh.db, form({ serviceCode: "ONLINE_SERVICES_HELP", day: "2026-12-02", time: "11:30" }), context);
    expect(help.ok && help.appointment.fiscalCode).toBeNull();
  });

  it("refuses malformed input before it reaches the database", () => {
    const bad = (overrides: Record<string, string>) => bookingFormSchema.safeParse({ ...form(), ...overrides }).success;
    expect(bad({ fiscalCode: "RSSMRA85T10A562T" })).toBe(false);
    expect(bad({ name: "x".repeat(5 * 1024 * 1024) })).toBe(false);
    expect(bad({ day: "2026-02-30" })).toBe(false);
    expect(bad({ serviceCode: "'; DROP TABLE" })).toBe(false);
    expect(bad({ consent: "" })).toBe(false);
  });
});

describe("rescheduleBooking and cancelBooking", () => {
  it("moves a booking atomically, keeps the code, bumps the sequence and frees the old slot", async () => {
    const booked = await createBooking(fresh.db, form({ day: "2026-12-09", time: "09:00" }), context);
    if (!booked.ok) throw new Error("booking failed");
    const moved = await rescheduleBooking(fresh.db, { appointmentId: booked.appointment.id, day: "2026-12-10", time: "10:00", now });
    expect(moved).toEqual({ ok: true, startsAt: new Date("2026-12-10T09:00:00Z") });
    const row = await fresh.db.appointment.findUniqueOrThrow({ where: { id: booked.appointment.id } });
    expect(row).toMatchObject({ bookingCode: booked.appointment.bookingCode, sequence: 1, reminderSentAt: null });
    // The old slot is free for someone else at once.
    expect((await createBooking(fresh.db, form({ day: "2026-12-09", time: "09:00", email: "b@example.org" }), context)).ok).toBe(true);
  });

  it("keeps the old slot when the new one is taken", async () => {
    const mine = await createBooking(fresh.db, form({ day: "2026-12-11", time: "09:00" }), context);
    await createBooking(fresh.db, form({ day: "2026-12-11", time: "09:30", email: "c@example.org" }), context);
    if (!mine.ok) throw new Error("booking failed");
    const moved = await rescheduleBooking(fresh.db, { appointmentId: mine.appointment.id, day: "2026-12-11", time: "09:30", now });
    expect(moved).toMatchObject({ ok: false, reason: "slot_taken" });
    const row = await fresh.db.appointment.findUniqueOrThrow({ where: { id: mine.appointment.id } });
    expect(row.startsAt).toEqual(mine.appointment.startsAt);
    expect(row.sequence).toBe(0);
  });

  it("refuses to 'move' a booking to the time it already has, and changes nothing", async () => {
    const mine = await createBooking(fresh.db, form({ day: "2026-12-11", time: "11:00" }), context);
    if (!mine.ok) throw new Error("booking failed");
    const moved = await rescheduleBooking(fresh.db, { appointmentId: mine.appointment.id, day: "2026-12-11", time: "11:00", now });
    expect(moved).toEqual({ ok: false, reason: "unchanged" });
    expect((await fresh.db.appointment.findUniqueOrThrow({ where: { id: mine.appointment.id } })).sequence).toBe(0);
  });

  it("gives the last place to one of two citizens moving into it at once", async () => {
    const a = await createBooking(fresh.db, form({ day: "2026-12-14", time: "09:00" }), context);
    const b = await createBooking(fresh.db, form({ day: "2026-12-14", time: "09:30", email: "d@example.org" }), context);
    if (!a.ok || !b.ok) throw new Error("booking failed");
    const results = await Promise.all(
      [a, b].map((booking) => rescheduleBooking(fresh.db, { appointmentId: booking.appointment.id, day: "2026-12-14", time: "11:00", now })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await fresh.db.appointment.count({ where: { startsAt: new Date("2026-12-14T10:00:00Z"), status: "BOOKED" } })).toBe(1);
  });

  it("cancels with a reason, frees the slot, and refuses to change it again", async () => {
    const booked = await createBooking(fresh.db, form({ day: "2026-12-15", time: "09:00" }), context);
    if (!booked.ok) throw new Error("booking failed");
    expect(await cancelBooking(fresh.db, { appointmentId: booked.appointment.id, reason: "SOLVED_ONLINE", now })).toEqual({ ok: true });
    expect(await cancelBooking(fresh.db, { appointmentId: booked.appointment.id, reason: "OTHER", now })).toEqual({ ok: false, reason: "not_changeable" });
    expect(await rescheduleBooking(fresh.db, { appointmentId: booked.appointment.id, day: "2026-12-16", time: "09:00", now })).toEqual({
      ok: false,
      reason: "not_changeable",
    });
    expect((await createBooking(fresh.db, form({ day: "2026-12-15", time: "09:00", email: "e@example.org" }), context)).ok).toBe(true);
    const audit = await fresh.db.auditLog.findMany({ where: { entityId: booked.appointment.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["appointment.create", "appointment.cancel"]);
    expect(JSON.stringify(audit.map((entry) => entry.metadata))).not.toContain("maria");
  });
});
