// The database, not only the application, refuses bad data: each rule here is a constraint in the
// committed migrations, tested against a real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";


import { createCremona } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

let fresh: FreshDatabase;
let enteId: string;
let sedeId: string;
let serviceId: string;

beforeAll(async () => {
  fresh = await freshDatabase();
  const ente = await createCremona(fresh.db);
  enteId = ente.id;
  const sede = await fresh.db.sede.create({
    data: { scuCode: "138935", enteId, name: "Spazio Comune", street: "Piazza del Comune, 8", city: "Cremona" },
  });
  sedeId = sede.id;
  const service = await fresh.db.service.create({ data: { code: "SPID", defaultDurationMinutes: 30, requiresFiscalCode: true } });
  serviceId = service.id;
  await fresh.db.sedeService.create({ data: { sedeId, serviceId, capacity: 2, slotMinutes: 30 } });
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

const appointment = (overrides: Record<string, unknown> = {}) => ({
  sedeId,
  serviceId,
  startsAt: new Date("2026-12-01T08:00:00Z"),
  endsAt: new Date("2026-12-01T08:30:00Z"),
  bookingCode: `K7M2-${Math.random().toString(36).slice(2, 8).toUpperCase()}`,
  citizenName: "Maria Rossi",
  email: "maria.rossi@example.org",
  channel: "ONLINE" as const,
  privacyConsentAt: new Date("2026-11-20T10:00:00Z"),
  ...overrides,
});

describe("desks", () => {
  it("refuses a second desk with the same SCU code", async () => {
    const violation = await refusal(() =>
      fresh.db.sede.create({ data: { scuCode: "138935", enteId, name: "Copia", street: "Via Roma, 1", city: "Cremona" } }),
    );
    expect(violation).toEqual({ kind: "unique", constraint: "Sede_scuCode_key" });
  });

  it("refuses an SCU code that is not digits", async () => {
    const violation = await refusal(() =>
      fresh.db.sede.create({ data: { scuCode: "13A935", enteId, name: "X", street: "Via Roma, 1", city: "Cremona" } }),
    );
    expect(violation).toEqual({ kind: "check", constraint: "Sede_scuCode_format" });
  });

  it("refuses a desk of a municipality that does not exist", async () => {
    const violation = await refusal(() =>
      fresh.db.sede.create({
        data: { scuCode: "111111", enteId: "00000000-0000-4000-8000-000000000000", name: "X", street: "Via Roma, 1", city: "Cremona" },
      }),
    );
    expect(violation?.kind).toBe("foreign_key");
  });
});

describe("services", () => {
  it("refuses a duplicate service code", async () => {
    const violation = await refusal(() =>
      fresh.db.service.create({ data: { code: "SPID", defaultDurationMinutes: 20, requiresFiscalCode: false } }),
    );
    expect(violation).toEqual({ kind: "unique", constraint: "Service_code_key" });
  });

  it("refuses a desk capacity of zero and an absurd slot length", async () => {
    const other = await fresh.db.service.create({ data: { code: "CIE", defaultDurationMinutes: 20, requiresFiscalCode: true } });
    expect(
      await refusal(() => fresh.db.sedeService.create({ data: { sedeId, serviceId: other.id, capacity: 0, slotMinutes: 20 } })),
    ).toEqual({ kind: "check", constraint: "SedeService_capacity_positive" });
    expect(
      await refusal(() => fresh.db.sedeService.create({ data: { sedeId, serviceId: other.id, capacity: 1, slotMinutes: 1 } })),
    ).toEqual({ kind: "check", constraint: "SedeService_slotMinutes_range" });
  });
});

describe("opening hours", () => {
  it("allows several intervals a day but refuses overlapping ones", async () => {
    await fresh.db.openingHours.createMany({
      data: [
        { sedeId, weekday: 1, opensMinute: 9 * 60, closesMinute: 13 * 60 },
        { sedeId, weekday: 1, opensMinute: 14 * 60, closesMinute: 17 * 60 },
      ],
    });
    const violation = await refusal(() =>
      fresh.db.openingHours.create({ data: { sedeId, weekday: 1, opensMinute: 12 * 60, closesMinute: 15 * 60 } }),
    );
    expect(violation).toEqual({ kind: "exclusion", constraint: "OpeningHours_no_overlap" });
    // Touching intervals (13:00–14:00 between the two) do not overlap.
    await fresh.db.openingHours.create({ data: { sedeId, weekday: 1, opensMinute: 13 * 60, closesMinute: 14 * 60 } });
  });

  it("refuses an interval that closes before it opens, or a weekday 8", async () => {
    expect(
      await refusal(() => fresh.db.openingHours.create({ data: { sedeId, weekday: 2, opensMinute: 600, closesMinute: 540 } })),
    ).toEqual({ kind: "check", constraint: "OpeningHours_interval_valid" });
    expect(
      await refusal(() => fresh.db.openingHours.create({ data: { sedeId, weekday: 8, opensMinute: 540, closesMinute: 600 } })),
    ).toEqual({ kind: "check", constraint: "OpeningHours_weekday_iso" });
  });
});

describe("closures", () => {
  it("refuses a closure that ends before it starts", async () => {
    const violation = await refusal(() =>
      fresh.db.closure.create({
        data: { sedeId, startsAt: new Date("2026-12-02T00:00:00Z"), endsAt: new Date("2026-12-01T00:00:00Z"), reasonIt: "Lavori" },
      }),
    );
    expect(violation).toEqual({ kind: "check", constraint: "Closure_ends_after_start" });
  });
});

describe("appointments", () => {
  it("accepts a valid online booking", async () => {
    const row = await fresh.db.appointment.create({ data: appointment({ fiscalCode: "RSSMRA80A41D150Y" }) });
    expect(row.status).toBe("BOOKED");
  });

  it("refuses a duplicate booking code", async () => {
    await fresh.db.appointment.create({ data: appointment({ bookingCode: "ABCD-EF12" }) });
    expect(await refusal(() => fresh.db.appointment.create({ data: appointment({ bookingCode: "ABCD-EF12" }) }))).toEqual({
      kind: "unique",
      constraint: "Appointment_bookingCode_key",
    });
  });

  it("refuses an appointment that ends before it starts", async () => {
    expect(
      await refusal(() => fresh.db.appointment.create({ data: appointment({ endsAt: new Date("2026-12-01T07:00:00Z") }) })),
    ).toEqual({ kind: "check", constraint: "Appointment_ends_after_start" });
  });

  it("refuses a service the desk does not offer", async () => {
    const other = await fresh.db.service.create({ data: { code: "CERTIFICATES", defaultDurationMinutes: 15, requiresFiscalCode: false } });
    const violation = await refusal(() => fresh.db.appointment.create({ data: appointment({ serviceId: other.id }) }));
    expect(violation).toEqual({ kind: "foreign_key", constraint: "Appointment_sedeId_serviceId_fkey" });
  });

  it("refuses an online booking with no email, and a malformed codice fiscale", async () => {
    expect(await refusal(() => fresh.db.appointment.create({ data: appointment({ email: null }) }))).toEqual({
      kind: "check",
      constraint: "Appointment_online_has_email",
    });
    expect(await refusal(() => fresh.db.appointment.create({ data: appointment({ fiscalCode: "RSSMRA80A41D150" }) }))).toEqual({
      kind: "check",
      constraint: "Appointment_fiscalCode_format",
    });
  });

  it("keeps the cancellation status and its timestamp together", async () => {
    expect(await refusal(() => fresh.db.appointment.create({ data: appointment({ status: "CANCELLED" }) }))).toEqual({
      kind: "check",
      constraint: "Appointment_cancelled_stamped",
    });
    const row = await fresh.db.appointment.create({ data: appointment({ status: "CANCELLED", cancelledAt: new Date() }) });
    expect(row.cancelledAt).not.toBeNull();
  });

  it("will not let a desk with appointments be deleted", async () => {
    expect((await refusal(() => fresh.db.sede.delete({ where: { id: sedeId } })))?.kind).toBe("foreign_key");
  });
});

describe("staff", () => {
  it("treats e-mail addresses case-insensitively by storing them lower-case", async () => {
    await fresh.db.user.create({ data: { email: "olp@example.org", name: "OLP", role: "OLP" } });
    expect(await refusal(() => fresh.db.user.create({ data: { email: "Olp@Example.org", name: "Altro", role: "OLP" } }))).toEqual({
      kind: "check",
      constraint: "User_email_lowercase",
    });
  });
});
