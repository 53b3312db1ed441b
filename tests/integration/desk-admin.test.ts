// Desk administration on a real database: a closure over booked appointments cancels exactly those,
// in one transaction, and mails each citizen with an e-mail (to the outbox: no SMTP_URL in tests);
// overlapping opening hours are refused with their reason; capacity, slot and cap are validated;
// workstations are not deactivated while open; another desk's OLP is refused by every action.
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { romeInstant } from "@/lib/calendar/time";
import { mailClosureCancellations } from "@/lib/desk-admin/closure-mails";
import { addClosure, deleteClosure, findAffectedAppointments } from "@/lib/desk-admin/closures";
import { loadDeskDetails, saveDeskDetails } from "@/lib/desk-admin/details";
import { addOpeningInterval, removeOpeningInterval } from "@/lib/desk-admin/opening-hours";
import { closureFormSchema, deskDetailsSchema, deskServiceSchema, openingIntervalSchema } from "@/lib/desk-admin/schema";
import { listDeskServices, saveDeskService } from "@/lib/desk-admin/services";
import { addWorkstation, renameWorkstation, setWorkstationActive } from "@/lib/desk-admin/workstations";

import { bookAppointment, createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

const session = vi.hoisted(() => ({ userId: null as string | null }));

vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  signIn: async () => {
    throw new Error("not used");
  },
  signOut: async () => {
    throw new Error("not used");
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "sportello.test", "x-forwarded-proto": "https" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/i18n/server-locale", () => ({ getCurrentLocale: async () => "it" }));

let fresh: FreshDatabase;
let desk: BookingDesk;
let otherDesk: BookingDesk;
const users = { olp: "", otherOlp: "" };
const NOW = new Date("2026-11-20T10:00:00Z");
const at = (day: string, clock: string) => romeInstant(day, clock)!;

beforeAll(async () => {
  fresh = await freshDatabase();
  process.env.DATABASE_URL = fresh.url;
  desk = await createBookingDesk(fresh.db);
  const sede = await fresh.db.sede.findUniqueOrThrow({ where: { id: desk.sedeId } });
  const other = await fresh.db.sede.create({ data: { scuCode: "138936", enteId: sede.enteId, name: "Altro Sportello", street: "Via Altra, 1", city: "Cremona" } });
  await fresh.db.sedeService.create({ data: { sedeId: other.id, serviceId: desk.serviceId, capacity: 5, slotMinutes: 20 } });
  otherDesk = { sedeId: other.id, serviceId: desk.serviceId };
  const user = async (email: string, sedeId: string) =>
    (await fresh.db.user.create({ data: { email, name: email, role: "OLP", sedi: { create: { sedeId } } } })).id;
  users.olp = await user("olp@example.org", desk.sedeId);
  users.otherOlp = await user("altro.olp@example.org", otherDesk.sedeId);
});

afterAll(async () => {
  await fresh.db.$disconnect();
  const { db } = await import("@/lib/db");
  await db().$disconnect();
});

describe("closures", () => {
  // Tuesday 1 December 2026, 12:00–18:00 in Rome.
  const closure = { startsAt: at("2026-12-01", "12:00"), endsAt: at("2026-12-01", "18:00") };

  it("cancels exactly the booked appointments inside, in one transaction, and mails each citizen with an e-mail", async () => {
    const inside = await bookAppointment(fresh.db, desk, at("2026-12-01", "12:00"), { email: "dentro@example.org" });
    const overlapping = await bookAppointment(fresh.db, desk, at("2026-12-01", "11:50"), { email: "a.cavallo@example.org", locale: "en" });
    const byPhone = await bookAppointment(fresh.db, desk, at("2026-12-01", "17:40"), { channel: "PHONE", email: null, privacyConsentAt: null });
    const before = await bookAppointment(fresh.db, desk, at("2026-12-01", "11:40"), { email: "prima@example.org" });
    const after = await bookAppointment(fresh.db, desk, at("2026-12-01", "18:00"), { email: "dopo@example.org" });
    const cancelled = await bookAppointment(fresh.db, desk, at("2026-12-01", "15:00"), { status: "CANCELLED", cancelledAt: NOW, cancelReason: "CANNOT_ATTEND" });
    const elsewhere = await bookAppointment(fresh.db, otherDesk, at("2026-12-01", "15:00"), { email: "altrove@example.org" });
    const expected = [inside.id, overlapping.id, byPhone.id].sort();

    const affected = await findAffectedAppointments(fresh.db, { sedeId: desk.sedeId, ...closure, locale: "it" });
    expect(affected.map((a) => a.id).sort()).toEqual(expected);
    expect(affected.find((a) => a.id === byPhone.id)?.hasEmail).toBe(false);
    expect(affected[0].serviceName).toBe("PIN e PUK della tessera sanitaria");

    // Not confirmed (nothing shown yet): nothing is saved, the list comes back.
    const unconfirmed = await addClosure(fresh.db, { sedeId: desk.sedeId, ...closure, reasonIt: "Lavori", reasonEn: "Works", confirmedIds: [], actorId: users.olp, now: NOW });
    expect(unconfirmed).toEqual({ ok: false, reason: "unconfirmed", affectedIds: expected });
    expect(await fresh.db.closure.count({ where: { sedeId: desk.sedeId } })).toBe(0);

    // Confirmed with a stale list (one missing): nothing is saved either.
    const stale = await addClosure(fresh.db, { sedeId: desk.sedeId, ...closure, reasonIt: "Lavori", reasonEn: null, confirmedIds: expected.slice(1), actorId: users.olp, now: NOW });
    expect(stale.ok).toBe(false);
    expect(await fresh.db.appointment.count({ where: { id: { in: expected }, status: "BOOKED" } })).toBe(3);

    // A failure after the cancellations (the audit entry of an unknown actor) undoes them and the closure.
    await expect(
      addClosure(fresh.db, { sedeId: desk.sedeId, ...closure, reasonIt: "Lavori", reasonEn: null, confirmedIds: expected, actorId: "00000000-0000-4000-8000-000000000000", now: NOW }),
    ).rejects.toThrow();
    expect(await fresh.db.closure.count({ where: { sedeId: desk.sedeId } })).toBe(0);
    expect(await fresh.db.appointment.count({ where: { id: { in: expected }, status: "BOOKED" } })).toBe(3);

    const added = await addClosure(fresh.db, { sedeId: desk.sedeId, ...closure, reasonIt: "Lavori", reasonEn: "Works", confirmedIds: expected, actorId: users.olp, now: NOW });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect([...added.cancelledIds].sort()).toEqual(expected);
    const rows = await fresh.db.appointment.findMany({ where: { id: { in: [...expected, before.id, after.id, cancelled.id, elsewhere.id] } } });
    const status = Object.fromEntries(rows.map((row) => [row.id, `${row.status}/${row.cancelReason ?? "-"}`]));
    expect(status).toEqual({
      [inside.id]: "CANCELLED/DESK_CLOSED",
      [overlapping.id]: "CANCELLED/DESK_CLOSED",
      [byPhone.id]: "CANCELLED/DESK_CLOSED",
      [before.id]: "BOOKED/-",
      [after.id]: "BOOKED/-",
      [cancelled.id]: "CANCELLED/CANNOT_ATTEND",
      [elsewhere.id]: "BOOKED/-",
    });
    const stored = await fresh.db.closure.findUniqueOrThrow({ where: { id: added.closureId } });
    expect(stored).toMatchObject({ sedeId: desk.sedeId, kind: "EXCEPTIONAL", reasonIt: "Lavori", reasonEn: "Works", startsAt: closure.startsAt, endsAt: closure.endsAt });
    expect(await fresh.db.auditLog.count({ where: { action: "closure.create", entityId: added.closureId, actorId: users.olp } })).toBe(1);
    expect(await fresh.db.auditLog.count({ where: { action: "appointment.cancel", entityId: { in: expected } } })).toBe(3);

    const outboxBefore = await fresh.db.outboxMessage.count();
    const tally = await mailClosureCancellations(fresh.db, { appointmentIds: added.cancelledIds, baseUrl: "https://sportello.example.org" });
    expect(tally).toEqual({ sent: 2, noEmail: 1, failed: 0 });
    expect(await fresh.db.outboxMessage.count()).toBe(outboxBefore + 2);
    const italian = await fresh.db.outboxMessage.findFirstOrThrow({ where: { to: "dentro@example.org" } });
    expect(italian.subject).toMatch(/^Appuntamento annullato: /);
    expect(italian.text).toContain("lo sportello resterà chiuso");
    const english = await fresh.db.outboxMessage.findFirstOrThrow({ where: { to: "a.cavallo@example.org" } });
    expect(english.text).toContain("the desk will be closed");
  });

  it("saves at once when nothing is booked, refuses a closure already over, deletes only future ones", async () => {
    const empty = { startsAt: at("2026-12-08", "00:00"), endsAt: at("2026-12-09", "00:00") };
    const added = await addClosure(fresh.db, { sedeId: desk.sedeId, ...empty, reasonIt: "Ponte", reasonEn: null, confirmedIds: [], actorId: users.olp, now: NOW });
    expect(added).toMatchObject({ ok: true, cancelledIds: [] });
    const past = await addClosure(fresh.db, { sedeId: desk.sedeId, startsAt: at("2026-11-01", "00:00"), endsAt: at("2026-11-02", "00:00"), reasonIt: "Passata", reasonEn: null, confirmedIds: [], actorId: users.olp, now: NOW });
    expect(past).toEqual({ ok: false, reason: "past" });
    if (!added.ok) return;
    expect(await deleteClosure(fresh.db, { sedeId: otherDesk.sedeId, closureId: added.closureId, actorId: users.olp, now: NOW })).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteClosure(fresh.db, { sedeId: desk.sedeId, closureId: added.closureId, actorId: users.olp, now: at("2026-12-08", "09:00") })).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteClosure(fresh.db, { sedeId: desk.sedeId, closureId: added.closureId, actorId: users.olp, now: NOW })).toEqual({ ok: true });
    expect(await fresh.db.closure.count({ where: { id: added.closureId } })).toBe(0);
  });

  it("reads the form in Rome time: empty times are the whole days, 24:00 the end of the day, end after start", () => {
    const whole = closureFormSchema.parse({ fromDay: "2026-03-29", fromTime: "", toDay: "2026-03-29", toTime: "", reasonIt: " Sciopero ", notify: "on" });
    expect(whole).toEqual({ startsAt: new Date("2026-03-28T23:00:00Z"), endsAt: new Date("2026-03-29T22:00:00Z"), reasonIt: "Sciopero", reasonEn: null, notify: true });
    const skipped = closureFormSchema.safeParse({ fromDay: "2026-03-29", fromTime: "02:30", toDay: "2026-03-29", toTime: "10:00", reasonIt: "x" });
    expect(skipped.success ? null : skipped.error.issues.map((i) => [i.path[0], i.message])).toEqual([["fromTime", "deskAdmin.errors.timeInvalid"]]);
    const backwards = closureFormSchema.safeParse({ fromDay: "2026-12-02", toDay: "2026-12-01", reasonIt: "" });
    expect(backwards.success ? null : backwards.error.issues.map((i) => i.message).sort()).toEqual(["deskAdmin.errors.reasonRequired"]);
    const reversed = closureFormSchema.safeParse({ fromDay: "2026-12-02", toDay: "2026-12-01", reasonIt: "x" });
    expect(reversed.success ? null : reversed.error.issues.map((i) => [i.path[0], i.message])).toEqual([["toDay", "deskAdmin.errors.endBeforeStart"]]);
  });
});

describe("opening hours", () => {
  it("refuses an interval that overlaps another of the same day, and allows touching ones and other days", async () => {
    const morning = openingIntervalSchema.parse({ weekday: "2", opens: "09:00", closes: "12:30" });
    const first = await addOpeningInterval(fresh.db, { sedeId: desk.sedeId, ...morning, actorId: users.olp });
    expect(first.ok).toBe(true);
    const overlapping = openingIntervalSchema.parse({ weekday: "2", opens: "12:00", closes: "14:00" });
    expect(await addOpeningInterval(fresh.db, { sedeId: desk.sedeId, ...overlapping, actorId: users.olp })).toEqual({ ok: false, reason: "overlap" });
    const touching = openingIntervalSchema.parse({ weekday: "2", opens: "12:30", closes: "14:00" });
    expect((await addOpeningInterval(fresh.db, { sedeId: desk.sedeId, ...touching, actorId: users.olp })).ok).toBe(true);
    expect((await addOpeningInterval(fresh.db, { sedeId: desk.sedeId, ...overlapping, weekday: 3, actorId: users.olp })).ok).toBe(true);
    expect((await addOpeningInterval(fresh.db, { sedeId: otherDesk.sedeId, ...overlapping, actorId: users.olp })).ok).toBe(true);
    expect(await fresh.db.openingHours.count({ where: { sedeId: desk.sedeId, weekday: 2 } })).toBe(2);
    if (first.ok) {
      expect((await removeOpeningInterval(fresh.db, { sedeId: otherDesk.sedeId, id: first.id, actorId: users.olp })).ok).toBe(false);
      expect((await removeOpeningInterval(fresh.db, { sedeId: desk.sedeId, id: first.id, actorId: users.olp })).ok).toBe(true);
    }
  });

  it("refuses a closing time not after the opening time, and times that are not times", () => {
    const issues = (input: Record<string, string>) => {
      const result = openingIntervalSchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => [i.path[0], i.message]);
    };
    expect(issues({ weekday: "1", opens: "12:00", closes: "12:00" })).toEqual([["closes", "deskAdmin.errors.closesBeforeOpens"]]);
    expect(issues({ weekday: "8", opens: "9:00", closes: "25:00" })).toEqual([
      ["weekday", "deskAdmin.errors.weekdayInvalid"],
      ["opens", "deskAdmin.errors.timeInvalid"],
      ["closes", "deskAdmin.errors.timeInvalid"],
    ]);
    expect(issues({ weekday: "7", opens: "14:00", closes: "24:00" })).toEqual([]);
  });
});

describe("services offered", () => {
  it("validates people per slot (1–50), slot length (5–480 minutes) and the optional daily cap", () => {
    const messages = (input: Record<string, string>) => {
      const result = deskServiceSchema.safeParse({ serviceId: desk.serviceId, ...input });
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(messages({ capacity: "0", slotMinutes: "4", dailyCap: "0" })).toEqual([
      "deskAdmin.errors.capacityInvalid",
      "deskAdmin.errors.slotInvalid",
      "deskAdmin.errors.dailyCapInvalid",
    ]);
    expect(messages({ capacity: "51", slotMinutes: "481" })).toEqual(["deskAdmin.errors.capacityInvalid", "deskAdmin.errors.slotInvalid"]);
    expect(messages({ capacity: "2.5", slotMinutes: "venti" })).toEqual(["deskAdmin.errors.capacityInvalid", "deskAdmin.errors.slotInvalid"]);
    expect(deskServiceSchema.parse({ serviceId: desk.serviceId, capacity: "3", slotMinutes: "30", dailyCap: "" })).toEqual({
      serviceId: desk.serviceId,
      active: false,
      capacity: 3,
      slotMinutes: 30,
      dailyCap: undefined,
    });
  });

  it("saves the desk's settings of a service, adding it when the desk did not offer it", async () => {
    const input = deskServiceSchema.parse({ serviceId: desk.serviceId, active: "on", capacity: "2", slotMinutes: "30", dailyCap: "12" });
    expect(await saveDeskService(fresh.db, { sedeId: desk.sedeId, ...input, actorId: users.olp })).toEqual({ ok: true });
    const offer = await fresh.db.sedeService.findUniqueOrThrow({ where: { sedeId_serviceId: { sedeId: desk.sedeId, serviceId: desk.serviceId } } });
    expect(offer).toMatchObject({ active: true, capacity: 2, slotMinutes: 30, dailyCap: 12 });

    const spid = await fresh.db.service.create({ data: { code: "SPID", defaultDurationMinutes: 30, requiresFiscalCode: true } });
    const before = await listDeskServices(fresh.db, { sedeId: desk.sedeId, locale: "it" });
    expect(before.find((s) => s.code === "SPID")?.offer).toBeNull();
    await saveDeskService(fresh.db, { sedeId: desk.sedeId, serviceId: spid.id, active: true, capacity: 1, slotMinutes: 45, dailyCap: undefined, actorId: users.olp });
    const after = await listDeskServices(fresh.db, { sedeId: desk.sedeId, locale: "it" });
    expect(after.find((s) => s.code === "SPID")?.offer).toEqual({ active: true, capacity: 1, slotMinutes: 45, dailyCap: null });
  });
});

describe("workstations", () => {
  it("adds with a unique name, renames, and refuses to deactivate one that is open", async () => {
    const first = await addWorkstation(fresh.db, { sedeId: desk.sedeId, name: "Postazione 1", actorId: users.olp });
    expect(first.ok).toBe(true);
    expect(await addWorkstation(fresh.db, { sedeId: desk.sedeId, name: "Postazione 1", actorId: users.olp })).toEqual({ ok: false, reason: "name_taken" });
    if (!first.ok) return;
    expect((await renameWorkstation(fresh.db, { sedeId: desk.sedeId, id: first.id, name: "Postazione A", actorId: users.olp })).ok).toBe(true);
    expect(await renameWorkstation(fresh.db, { sedeId: otherDesk.sedeId, id: first.id, name: "X", actorId: users.olp })).toEqual({ ok: false, reason: "not_found" });

    const shift = await fresh.db.workstationShift.create({ data: { workstationId: first.id, userId: users.olp } });
    expect(await setWorkstationActive(fresh.db, { sedeId: desk.sedeId, id: first.id, active: false, actorId: users.olp })).toEqual({ ok: false, reason: "open" });
    await fresh.db.workstationShift.update({ where: { id: shift.id }, data: { closedAt: new Date() } });
    expect((await setWorkstationActive(fresh.db, { sedeId: desk.sedeId, id: first.id, active: false, actorId: users.olp })).ok).toBe(true);
    expect((await fresh.db.workstation.findUniqueOrThrow({ where: { id: first.id } })).active).toBe(false);
  });
});

describe("the actions", () => {
  const actionsFile = "app/(olp)/supervisione/sportelli/[scuCode]/gestione/actions.ts";
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };
  async function callAs(userId: string, name: string, fields: Record<string, string>) {
    session.userId = userId;
    try {
      const actions = await import(/* @vite-ignore */ path.resolve(actionsFile));
      return await actions[name](null, form(fields));
    } finally {
      session.userId = null;
    }
  }
  const names = [
    "closureAction",
    "deleteClosureAction",
    "addOpeningIntervalAction",
    "removeOpeningIntervalAction",
    "saveDeskServiceAction",
    "addWorkstationAction",
    "renameWorkstationAction",
    "setWorkstationActiveAction",
  ];

  it.each(names)("%s refuses another desk's OLP", async (name) => {
    expect(await callAs(users.otherOlp, name, { scuCode: "138935" })).toMatchObject({ ok: false, error: "deskAdmin.errors.forbidden" });
  });

  it("answers an overlap next to the field, and a closure over a booking with the warning listing it", async () => {
    const added = await callAs(users.olp, "addOpeningIntervalAction", { scuCode: "138935", weekday: "5", opens: "09:00", closes: "12:00" });
    expect(added).toMatchObject({ ok: true, data: { message: "deskAdmin.done.intervalAdded" } });
    const refused = await callAs(users.olp, "addOpeningIntervalAction", { scuCode: "138935", weekday: "5", opens: "11:00", closes: "13:00" });
    expect(refused).toMatchObject({ ok: false, error: "deskAdmin.errors.overlap", fieldErrors: { opens: "deskAdmin.errors.overlap" } });

    const booked = await bookAppointment(fresh.db, desk, at("2030-06-04", "10:00"));
    const checked = await callAs(users.olp, "closureAction", { scuCode: "138935", intent: "check", fromDay: "2030-06-04", toDay: "2030-06-04", reasonIt: "Inventario" });
    expect(checked).toMatchObject({ ok: true, data: { warning: true, changed: false, affected: [{ id: booked.id, bookingCode: booked.bookingCode, hasEmail: true }] } });
    expect(await fresh.db.closure.count({ where: { reasonIt: "Inventario" } })).toBe(0);
    const unknown = await callAs(users.olp, "closureAction", { scuCode: "999999", fromDay: "2030-06-04", toDay: "2030-06-04", reasonIt: "Inventario" });
    expect(unknown).toMatchObject({ ok: false, error: "deskAdmin.errors.notFound" });
  });
});

describe("the database keeps bookings out of closures", () => {
  it("refuses a booked appointment inside a stored closure, and a move into one, but not a cancelled one", async () => {
    const closure = await fresh.db.closure.create({
      data: { sedeId: desk.sedeId, startsAt: at("2027-03-10", "00:00"), endsAt: at("2027-03-11", "00:00"), reasonIt: "Lavori" },
    });
    const inside = () => bookAppointment(fresh.db, desk, at("2027-03-10", "10:00"));
    expect((await refusal(inside)).constraint).toBe("Appointment_outside_closures");
    expect(await bookAppointment(fresh.db, desk, at("2027-03-10", "10:00"), { status: "CANCELLED", cancelledAt: NOW, cancelReason: "OTHER" })).toBeTruthy();
    const before = await bookAppointment(fresh.db, desk, at("2027-03-09", "10:00"));
    expect((await refusal(() => fresh.db.appointment.update({ where: { id: before.id }, data: { startsAt: at("2027-03-10", "09:00"), endsAt: at("2027-03-10", "09:20") } }))).constraint).toBe(
      "Appointment_outside_closures",
    );
    await fresh.db.closure.delete({ where: { id: closure.id } });
    expect(await inside()).toBeTruthy();
  });

  it("gives a booking racing a new closure one outcome: cancelled with the others, or refused", async () => {
    const day = "2027-04-14";
    const racers = Array.from({ length: 6 }, (_, i) => bookAppointment(fresh.db, desk, at(day, `${String(9 + i).padStart(2, "0")}:00`)).then(
      (row) => row.id,
      () => null,
    ));
    const closing = (async () => {
      for (let attempt = 0; attempt < 10; attempt++) {
        const affected = await findAffectedAppointments(fresh.db, { sedeId: desk.sedeId, startsAt: at(day, "00:00"), endsAt: at("2027-04-15", "00:00"), locale: "it" });
        const result = await addClosure(fresh.db, {
          sedeId: desk.sedeId,
          startsAt: at(day, "00:00"),
          endsAt: at("2027-04-15", "00:00"),
          reasonIt: "Sciopero",
          reasonEn: null,
          confirmedIds: affected.map((row) => row.id),
          actorId: users.olp,
          now: NOW,
        });
        if (result.ok) return result;
      }
      throw new Error("the closure never settled");
    })();
    await Promise.all([...racers, closing]);
    // Whatever the order, nothing is left booked inside the closure.
    expect(await fresh.db.appointment.count({ where: { sedeId: desk.sedeId, status: "BOOKED", startsAt: { gte: at(day, "00:00"), lt: at("2027-04-15", "00:00") } } })).toBe(0);
  });
});

describe("desk details", () => {
  it("saves the public details, empties optional ones, and refuses malformed ones next to their fields", async () => {
    const form = { name: " Spazio Comune ", street: "Piazza del Comune, 8", postalCode: "26100", city: "Cremona", phone: "+39 0372 407951", email: "", openingNotesIt: "", openingNotesEn: "" };
    await saveDeskDetails(fresh.db, { ...deskDetailsSchema.parse(form), sedeId: desk.sedeId, actorId: users.olp });
    expect(await loadDeskDetails(fresh.db, desk.sedeId)).toMatchObject({ name: "Spazio Comune", postalCode: "26100", phone: "+39 0372 407951", email: "" });
    const refused = deskDetailsSchema.safeParse({ ...form, name: "", postalCode: "261", phone: "call me", email: "nope" });
    expect(Object.fromEntries(refused.error!.issues.map((issue) => [issue.path[0], issue.message]))).toEqual({
      name: "deskAdmin.errors.deskNameRequired",
      postalCode: "deskAdmin.errors.postalCodeInvalid",
      phone: "deskAdmin.errors.phoneInvalid",
      email: "deskAdmin.errors.emailInvalid",
    });
  });
});
