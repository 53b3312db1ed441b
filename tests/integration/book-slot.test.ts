// No double booking is PostgreSQL's guarantee, not the application's: these tests race real
// transactions against the exclusion constraint and the capacity trigger.
import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { bookSlot, type BookSlotInput } from "@/lib/booking/book-slot";
import { newBookingCode } from "@/lib/booking/booking-code";

import { createCremona } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

let fresh: FreshDatabase;
let sedeId: string;
let serviceId: string;

beforeAll(async () => {
  fresh = await freshDatabase();
  const ente = await createCremona(fresh.db);
  const sede = await fresh.db.sede.create({
    data: { scuCode: "138935", enteId: ente.id, name: "Spazio Comune", street: "Piazza Stradivari, 7", city: "Cremona" },
  });
  sedeId = sede.id;
  const service = await fresh.db.service.create({ data: { code: "SPID", defaultDurationMinutes: 30, requiresFiscalCode: true } });
  serviceId = service.id;
  await fresh.db.sedeService.create({ data: { sedeId, serviceId, capacity: 3, slotMinutes: 30 } });
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

const key = () => randomBytes(16).toString("base64url");

let minute = 0;
/** A slot of its own for each test, so that tests do not share places. */
function nextSlot() {
  const startsAt = new Date(Date.UTC(2027, 0, 11, 8, 0) + minute * 60_000);
  minute += 30;
  return { startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) };
}

const attempt = (slot: { startsAt: Date; endsAt: Date }, overrides: Partial<BookSlotInput> = {}): BookSlotInput => ({
  sedeId,
  serviceId,
  ...slot,
  citizenName: "Maria Rossi",
  email: "maria.rossi@example.org",
  phone: null,
  fiscalCode: null,
  channel: "ONLINE",
  privacyConsentAt: new Date(),
  locale: "it",
  idempotencyKey: key(),
  ...overrides,
});

const liveInSlot = (slot: { startsAt: Date }) =>
  fresh.db.appointment.count({ where: { sedeId, serviceId, startsAt: slot.startsAt, status: { not: "CANCELLED" } } });

describe("bookSlot", () => {
  it("gives a slot of capacity 3 to exactly 3 of 200 concurrent attempts; the others hear it was taken", async () => {
    const slot = nextSlot();
    const results = await Promise.allSettled(Array.from({ length: 200 }, () => bookSlot(fresh.db, attempt(slot))));

    const errors = results.filter((result) => result.status === "rejected");
    expect(errors).toEqual([]);
    const answers = results.map((result) => (result.status === "fulfilled" ? result.value : null));
    expect(answers.filter((answer) => answer?.ok)).toHaveLength(3);
    expect(answers.filter((answer) => answer && !answer.ok && answer.reason === "slot_taken")).toHaveLength(197);
    expect(await liveInSlot(slot)).toBe(3);
    const seats = await fresh.db.appointment.findMany({ where: { startsAt: slot.startsAt }, select: { seat: true }, orderBy: { seat: "asc" } });
    expect(seats.map((row) => row.seat)).toEqual([1, 2, 3]);
  });

  it("books once when the same form is submitted twice at the same time", async () => {
    const slot = nextSlot();
    const input = attempt(slot);
    const [first, second] = await Promise.all([bookSlot(fresh.db, input), bookSlot(fresh.db, input)]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.appointment.id).toBe(second.appointment.id);
    expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
    expect(await liveInSlot(slot)).toBe(1);
  });

  it("frees the place of a cancelled appointment at once", async () => {
    const slot = nextSlot();
    const booked = await Promise.all([1, 2, 3].map(() => bookSlot(fresh.db, attempt(slot))));
    expect(booked.every((result) => result.ok)).toBe(true);
    expect(await bookSlot(fresh.db, attempt(slot))).toEqual({ ok: false, reason: "slot_taken" });

    const first = booked[0];
    if (!first.ok) throw new Error("unreachable");
    await fresh.db.appointment.update({ where: { id: first.appointment.id }, data: { status: "CANCELLED", cancelledAt: new Date() } });
    const again = await bookSlot(fresh.db, attempt(slot));
    expect(again.ok).toBe(true);
    expect(await liveInSlot(slot)).toBe(3);
  });

  it("refuses a service the desk does not offer", async () => {
    const other = await fresh.db.service.create({ data: { code: "CIE", defaultDurationMinutes: 30, requiresFiscalCode: true } });
    expect(await bookSlot(fresh.db, attempt(nextSlot(), { serviceId: other.id }))).toEqual({ ok: false, reason: "not_offered" });
  });

  it("refuses more appointments in a day than the daily cap, however they race", async () => {
    const capped = await fresh.db.service.create({ data: { code: "PIN_PUK", defaultDurationMinutes: 20, requiresFiscalCode: true } });
    await fresh.db.sedeService.create({ data: { sedeId, serviceId: capped.id, capacity: 1, slotMinutes: 20, dailyCap: 2 } });
    const day = Date.UTC(2027, 1, 2, 8, 0);
    const slots = Array.from({ length: 6 }, (_, i) => ({
      startsAt: new Date(day + i * 20 * 60_000),
      endsAt: new Date(day + (i + 1) * 20 * 60_000),
    }));
    const results = await Promise.all(slots.map((slot) => bookSlot(fresh.db, attempt(slot, { serviceId: capped.id }))));
    expect(results.filter((result) => result.ok)).toHaveLength(2);
    expect(results.filter((result) => !result.ok && result.reason === "day_full")).toHaveLength(4);
  });
});

describe("the database, whatever the application does", () => {

  const row = (slot: { startsAt: Date; endsAt: Date }, seat: number) => ({
    sedeId,
    serviceId,
    ...slot,
    seat,
    bookingCode: newBookingCode(),
    citizenName: "Luca Bianchi",
    email: "luca.bianchi@example.org",
    channel: "ONLINE" as const,
    privacyConsentAt: new Date(),
  });

  it("refuses a place beyond the desk's capacity", async () => {
    const violation = await refusal(() => fresh.db.appointment.create({ data: row(nextSlot(), 4) }));
    expect(violation).toEqual({ kind: "check", constraint: "Appointment_seat_within_capacity" });
  });

  it("refuses two live appointments on one place at overlapping times", async () => {
    const slot = nextSlot();
    await fresh.db.appointment.create({ data: row(slot, 1) });
    const overlapping = { startsAt: new Date(slot.startsAt.getTime() + 10 * 60_000), endsAt: new Date(slot.endsAt.getTime() + 10 * 60_000) };
    const violation = await refusal(() => fresh.db.appointment.create({ data: row(overlapping, 1) }));
    expect(violation).toEqual({ kind: "exclusion", constraint: "Appointment_one_citizen_per_seat" });
  });

  it("refuses an online booking without the privacy consent", async () => {
    const violation = await refusal(() => fresh.db.appointment.create({ data: { ...row(nextSlot(), 1), privacyConsentAt: null } }));
    expect(violation).toEqual({ kind: "check", constraint: "Appointment_online_has_consent" });
  });

  it("refuses a malformed idempotency key and a cancel reason on a live appointment", async () => {
    expect(await refusal(() => fresh.db.appointment.create({ data: { ...row(nextSlot(), 1), idempotencyKey: "short" } }))).toEqual({
      kind: "check",
      constraint: "Appointment_idempotencyKey_format",
    });
    expect(await refusal(() => fresh.db.appointment.create({ data: { ...row(nextSlot(), 1), cancelReason: "OTHER" } }))).toEqual({
      kind: "check",
      constraint: "Appointment_cancelReason_only_cancelled",
    });
  });
});
