// The retention purge on a real database: personal data past the period wiped and the rows kept,
// recent records untouched, outbox mail deleted, one audit entry with counts only, a second run that
// changes nothing, and PostgreSQL refusing an anonymized row that still holds personal data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getBookingView } from "@/lib/booking/booking-view";
import { lookupBooking } from "@/lib/booking/manage-booking";
import { romeDay } from "@/lib/calendar/time";
import { loadVisit } from "@/lib/desk/visit-view";
import type { Prisma } from "@/lib/generated/prisma/client";
import { purgePersonalData } from "@/lib/privacy/retention";

import { bookAppointment, createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

let fresh: FreshDatabase;
let desk: BookingDesk;
let viewerId: string;

// The nightly run of Wednesday 1 December 2027 with a year's retention: the cutoff is
// Tuesday 1 December 2026, 03:15 in Rome.
const now = new Date("2027-12-01T03:15:00+01:00");
const retentionDays = 365;
const cutoff = new Date("2026-12-01T03:15:00+01:00");

const PERSONAL = { citizenName: "Maria Rossi", email: "maria.rossi@example.org", phone: "333 1234567", fiscalCode: "RSSMRA80A41D150X" };

let ids: {
  oldAppointment: string;
  oldCancelled: string;
  endsAtCutoff: string;
  recentAppointment: string;
  oldWalkIn: string;
  oldBookedVisit: string;
  cutoffDayVisit: string;
  recentVisit: string;
};
let oldCode: string;

/** A finished contact arriving at `arrivedAt` (its Rome day is the visit's day). */
function visit(arrivedAt: Date, ticketNumber: number, data: Partial<Prisma.VisitUncheckedCreateInput>) {
  return fresh.db.visit.create({
    data: {
      sedeId: desk.sedeId,
      serviceId: desk.serviceId,
      day: romeDay(arrivedAt),
      ticketNumber,
      arrivedAt,
      queuedAt: arrivedAt,
      status: "DONE",
      outcome: "COMPLETED",
      autonomy: "WITH_GUIDANCE",
      endedAt: new Date(arrivedAt.getTime() + 15 * 60_000),
      ...data,
    },
  });
}

beforeAll(async () => {
  fresh = await freshDatabase();
  desk = await createBookingDesk(fresh.db);
  viewerId = (await fresh.db.user.create({ data: { email: "volontaria@example.org", name: "Volontaria", role: "VOLUNTEER" } })).id;

  const oldAppointment = await bookAppointment(fresh.db, desk, new Date("2026-11-30T10:00:00+01:00"), { ...PERSONAL, status: "DONE" });
  oldCode = oldAppointment.bookingCode;
  const oldCancelled = await bookAppointment(fresh.db, desk, new Date("2026-11-27T11:00:00+01:00"), {
    ...PERSONAL,
    email: "anna.bianchi@example.org",
    status: "CANCELLED",
    cancelledAt: new Date("2026-11-25T09:00:00+01:00"),
    cancelReason: "CANNOT_ATTEND",
  });
  // Ends exactly at the cutoff: not yet older than the period.
  const endsAtCutoff = await bookAppointment(fresh.db, desk, new Date(cutoff.getTime() - 20 * 60_000), { citizenName: "Luca Verdi" });
  const recentAppointment = await bookAppointment(fresh.db, desk, new Date("2027-11-30T10:00:00+01:00"), PERSONAL);

  const oldWalkIn = await visit(new Date("2026-11-30T09:00:00+01:00"), 1, { citizenName: "Giuseppe Neri", notes: "Ha portato la tessera del figlio" });
  const oldBookedVisit = await visit(new Date("2026-11-30T09:55:00+01:00"), 2, { appointmentId: oldAppointment.id, notes: "Richiamare il lunedì" });
  // The cutoff's own Rome day: kept until the next night's run.
  const cutoffDayVisit = await visit(new Date("2026-12-01T09:00:00+01:00"), 1, { citizenName: "Paola Gialli", notes: "Nessuna" });
  const recentVisit = await visit(new Date("2027-11-30T09:00:00+01:00"), 1, { citizenName: "Marco Blu", notes: "Tutto bene" });

  await fresh.db.outboxMessage.createMany({
    data: [
      { to: "maria.rossi@example.org", subject: "Prenotazione confermata", text: "Gentile Maria Rossi…", createdAt: new Date("2026-11-20T10:00:00+01:00") },
      { to: "maria.rossi@example.org", subject: "Promemoria", text: "Gentile Maria Rossi…", createdAt: new Date("2027-11-29T10:00:00+01:00") },
    ],
  });

  ids = {
    oldAppointment: oldAppointment.id,
    oldCancelled: oldCancelled.id,
    endsAtCutoff: endsAtCutoff.id,
    recentAppointment: recentAppointment.id,
    oldWalkIn: oldWalkIn.id,
    oldBookedVisit: oldBookedVisit.id,
    cutoffDayVisit: cutoffDayVisit.id,
    recentVisit: recentVisit.id,
  };
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("purgePersonalData", () => {
  it("wipes the personal data of records older than the period, keeps the rows, and counts them", async () => {
    expect(await purgePersonalData(fresh.db, { now, retentionDays })).toEqual({ appointments: 2, visits: 2, mails: 1, complaints: 0, comments: 0, codes: 0 });

    const old = await fresh.db.appointment.findUniqueOrThrow({ where: { id: ids.oldAppointment } });
    expect(old).toMatchObject({ citizenName: "", email: null, phone: null, fiscalCode: null, anonymizedAt: now });
    // What the figures count stays.
    expect(old).toMatchObject({ status: "DONE", channel: "ONLINE", sedeId: desk.sedeId, serviceId: desk.serviceId, bookingCode: oldCode });
    expect(old.startsAt).toEqual(new Date("2026-11-30T10:00:00+01:00"));
    expect(await fresh.db.appointment.findUniqueOrThrow({ where: { id: ids.oldCancelled } })).toMatchObject({
      citizenName: "",
      email: null,
      status: "CANCELLED",
      cancelReason: "CANNOT_ATTEND",
      anonymizedAt: now,
    });

    expect(await fresh.db.visit.findUniqueOrThrow({ where: { id: ids.oldWalkIn } })).toMatchObject({
      citizenName: null,
      notes: null,
      anonymizedAt: now,
      status: "DONE",
      outcome: "COMPLETED",
      autonomy: "WITH_GUIDANCE",
    });
    expect(await fresh.db.visit.findUniqueOrThrow({ where: { id: ids.oldBookedVisit } })).toMatchObject({
      appointmentId: ids.oldAppointment,
      notes: null,
      anonymizedAt: now,
    });

    expect(await fresh.db.outboxMessage.findMany({ select: { subject: true } })).toEqual([{ subject: "Promemoria" }]);
  });

  it("leaves recent records untouched, including those at the cutoff", async () => {
    expect(await fresh.db.appointment.findUniqueOrThrow({ where: { id: ids.endsAtCutoff } })).toMatchObject({ citizenName: "Luca Verdi", anonymizedAt: null });
    expect(await fresh.db.appointment.findUniqueOrThrow({ where: { id: ids.recentAppointment } })).toMatchObject({ ...PERSONAL, anonymizedAt: null });
    expect(await fresh.db.visit.findUniqueOrThrow({ where: { id: ids.cutoffDayVisit } })).toMatchObject({ citizenName: "Paola Gialli", notes: "Nessuna", anonymizedAt: null });
    expect(await fresh.db.visit.findUniqueOrThrow({ where: { id: ids.recentVisit } })).toMatchObject({ citizenName: "Marco Blu", notes: "Tutto bene", anonymizedAt: null });
  });

  it("writes one audit entry with the counts and no personal data", async () => {
    const entries = await fresh.db.auditLog.findMany({ where: { action: "privacy.purge" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: null, entityType: null, entityId: null, metadata: { appointments: 2, visits: 2, mails: 1, complaints: 0, comments: 0, codes: 0 } });
    const logged = JSON.stringify({ ...entries[0], id: String(entries[0].id) });
    for (const personal of ["Rossi", "Neri", "@", "1234567", "RSSMRA", "figlio", "lunedì"]) expect(logged).not.toContain(personal);
  });

  it("is idempotent: a second run changes nothing, returns zeros and logs nothing", async () => {
    const before = await fresh.db.appointment.findMany({ orderBy: { id: "asc" } });
    expect(await purgePersonalData(fresh.db, { now, retentionDays })).toEqual({ appointments: 0, visits: 0, mails: 0, complaints: 0, comments: 0, codes: 0 });
    expect(await purgePersonalData(fresh.db, { now, retentionDays })).toEqual({ appointments: 0, visits: 0, mails: 0, complaints: 0, comments: 0, codes: 0 });
    expect(await fresh.db.appointment.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await fresh.db.auditLog.count({ where: { action: "privacy.purge" } })).toBe(1);
  });

  it("wipes each record once when two runs race", async () => {
    for (const day of ["2026-10-05", "2026-10-06", "2026-10-07"]) {
      await bookAppointment(fresh.db, desk, new Date(`${day}T10:00:00+02:00`), { citizenName: "Sara Viola", email: "sara.viola@example.org" });
    }
    const runs = await Promise.all([purgePersonalData(fresh.db, { now, retentionDays }), purgePersonalData(fresh.db, { now, retentionDays })]);
    expect(runs[0].appointments + runs[1].appointments).toBe(3);
    expect(await fresh.db.appointment.count({ where: { citizenName: "Sara Viola" } })).toBe(0);
    // The log adds up to what was wiped: 2 by the first run of this file, 3 now.
    const logged = await fresh.db.auditLog.findMany({ where: { action: "privacy.purge" }, select: { metadata: true } });
    expect(logged.reduce((sum, entry) => sum + (entry.metadata as { appointments: number }).appointments, 0)).toBe(5);
  });

  it("refuses a period that is not a whole number of days", async () => {
    await expect(purgePersonalData(fresh.db, { now, retentionDays: 0 })).rejects.toThrow(RangeError);
    await expect(purgePersonalData(fresh.db, { now, retentionDays: Number.NaN })).rejects.toThrow(RangeError);
  });
});

describe("an anonymized booking or visit", () => {
  it("is never found by code and e-mail, nor shown to the citizen", async () => {
    expect(await lookupBooking(fresh.db, { code: oldCode, email: PERSONAL.email })).toBeNull();
    expect(await getBookingView(fresh.db, { appointmentId: ids.oldAppointment, locale: "it", now })).toBeNull();
  });

  it("shows the desk a placeholder instead of the name", async () => {
    for (const [visitId, locale, name] of [
      [ids.oldWalkIn, "it", "Dati personali cancellati"],
      [ids.oldBookedVisit, "en", "Personal data deleted"],
      [ids.recentVisit, "en", "Marco Blu"],
    ] as const) {
      expect((await loadVisit(fresh.db, { sedeId: desk.sedeId, visitId, viewerId, locale }))?.name).toBe(name);
    }
  });
});

describe("PostgreSQL", () => {
  const longAgo = new Date("2025-06-02T10:00:00+02:00");
  const anonymizedAt = new Date("2026-07-01T03:15:00+02:00");
  const wiped = { citizenName: "", email: null, phone: null, fiscalCode: null, anonymizedAt };

  it("refuses an anonymized appointment that still holds personal data, or anonymized before its end", async () => {
    for (const overrides of [
      { ...wiped, citizenName: "Maria Rossi" },
      { ...wiped, email: "maria.rossi@example.org" },
      { ...wiped, phone: "333 1234567" },
      { ...wiped, fiscalCode: PERSONAL.fiscalCode },
      { ...wiped, anonymizedAt: new Date(longAgo.getTime() + 5 * 60_000) },
    ]) {
      expect((await refusal(() => bookAppointment(fresh.db, desk, longAgo, overrides))).constraint).toBe("Appointment_anonymized_without_personal_data");
    }
    await expect(bookAppointment(fresh.db, desk, longAgo, wiped)).resolves.toMatchObject({ citizenName: "" });
  });

  it("still refuses a blank name or an online booking without e-mail before anonymization", async () => {
    expect((await refusal(() => bookAppointment(fresh.db, desk, longAgo, { citizenName: " " }))).constraint).toBe("Appointment_citizenName_not_blank");
    expect((await refusal(() => bookAppointment(fresh.db, desk, longAgo, { email: null }))).constraint).toBe("Appointment_online_has_email");
  });

  it("refuses an anonymized visit with a name or notes, and a walk-in without a name before anonymization", async () => {
    const arrivedAt = new Date("2025-06-02T09:00:00+02:00");
    expect((await refusal(() => visit(arrivedAt, 1, { citizenName: "Giuseppe Neri", anonymizedAt }))).constraint).toBe("Visit_anonymized_without_personal_data");
    expect((await refusal(() => visit(arrivedAt, 2, { citizenName: null, notes: "Una nota", anonymizedAt }))).constraint).toBe("Visit_anonymized_without_personal_data");
    expect((await refusal(() => visit(arrivedAt, 3, { citizenName: null }))).constraint).toBe("Visit_walk_in_named");
    await expect(visit(arrivedAt, 4, { citizenName: null, anonymizedAt })).resolves.toMatchObject({ citizenName: null });
  });
});
