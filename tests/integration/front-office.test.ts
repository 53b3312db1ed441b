// The desk's day on a real database: check-in, walk-ins, the fair queue, "call next" under
// concurrency, the guided procedure (idempotent, nothing secret stored) and the outcome rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { checkIn, registerWalkIn } from "@/lib/desk/arrivals";
import { callNext } from "@/lib/desk/call-next";
import { loadWaitingRoom } from "@/lib/desk/display";
import { recordStep } from "@/lib/desk/procedure";
import { outcomeSchema } from "@/lib/desk/schema";
import { loadDeskToday } from "@/lib/desk/today";
import { recordOutcome, startVisit } from "@/lib/desk/visit";
import { yearlyOutputs } from "@/lib/desk/yearly-outputs";
import { closeWorkstation, openWorkstation } from "@/lib/desk/workstations";

import { bookAppointment, createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

let fresh: FreshDatabase;
let desk: BookingDesk;
let users: string[];
let workstations: string[];
// Tuesday 1 December 2026: 08:00 in Rome.
const at = (clock: string) => new Date(`2026-12-01T${clock}:00+01:00`);

beforeAll(async () => {
  fresh = await freshDatabase();
  desk = await createBookingDesk(fresh.db);
  await fresh.db.procedureStep.createMany({
    data: [
      { serviceId: desk.serviceId, key: "id_document", position: 1, kind: "ID_DOCUMENT", labelIt: "Documento", labelEn: "Document", options: [{ value: "CIE", labelIt: "CIE", labelEn: "CIE" }] },
      { serviceId: desk.serviceId, key: "fiscal_code", position: 2, kind: "FISCAL_CODE", labelIt: "CF", labelEn: "Tax code" },
      { serviceId: desk.serviceId, key: "pin_released", position: 3, kind: "CHECK", labelIt: "PIN", labelEn: "PIN" },
    ],
  });
  users = [];
  workstations = [];
  for (let i = 1; i <= 12; i++) {
    const user = await fresh.db.user.create({ data: { email: `v${i}@example.org`, name: `Volontario ${i}`, role: "VOLUNTEER", sedi: { create: { sedeId: desk.sedeId } } } });
    const workstation = await fresh.db.workstation.create({ data: { sedeId: desk.sedeId, name: `Postazione ${i}`, sortOrder: i } });
    users.push(user.id);
    workstations.push(workstation.id);
  }
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("workstations", () => {
  it("give one workstation to one volunteer, and one workstation to each volunteer", async () => {
    const now = at("08:00");
    expect(await openWorkstation(fresh.db, { sedeId: desk.sedeId, workstationId: workstations[0], userId: users[0], now })).toEqual({ ok: true });
    expect(await openWorkstation(fresh.db, { sedeId: desk.sedeId, workstationId: workstations[0], userId: users[1], now })).toEqual({ ok: false, reason: "taken" });
    expect(await openWorkstation(fresh.db, { sedeId: desk.sedeId, workstationId: workstations[1], userId: users[0], now })).toEqual({ ok: false, reason: "already_open" });
    expect(await closeWorkstation(fresh.db, { userId: users[0], now })).toEqual({ ok: true });
  });
});

describe("a desk day", () => {
  it("checks in by code, merges bookings and walk-ins fairly, calls each citizen once, and records the outcome", async () => {
    const booked = await bookAppointment(fresh.db, desk, at("09:30"));
    // Another day's booking and another desk's code are refused.
    const tomorrow = await bookAppointment(fresh.db, desk, new Date(at("09:30").getTime() + 24 * 3600_000));
    expect(await checkIn(fresh.db, { sedeId: desk.sedeId, code: tomorrow.bookingCode, staffId: users[0], now: at("09:00") })).toEqual({ ok: false, reason: "other_day" });
    expect(await checkIn(fresh.db, { sedeId: desk.sedeId, code: "XXXX-XXXX-XXXX-XXXX", staffId: users[0], now: at("09:00") })).toEqual({ ok: false, reason: "not_found" });

    // A walk-in at 09:10; the booked citizen arrives early (09:15) for 09:30; a second walk-in at 09:40.
    const first = await registerWalkIn(fresh.db, { sedeId: desk.sedeId, serviceCode: "PIN_PUK", name: "Anna Neri", staffId: users[1], now: at("09:10") });
    const arrived = await checkIn(fresh.db, { sedeId: desk.sedeId, code: booked.bookingCode, staffId: users[0], now: at("09:15") });
    const late = await registerWalkIn(fresh.db, { sedeId: desk.sedeId, serviceCode: "PIN_PUK", name: "Bruno Gialli", staffId: users[1], now: at("09:40") });
    expect(first).toMatchObject({ ok: true, ticket: "S-001" });
    expect(arrived).toMatchObject({ ok: true, ticket: "P-002" });
    expect(late).toMatchObject({ ok: true, ticket: "S-003" });
    expect(await checkIn(fresh.db, { sedeId: desk.sedeId, code: booked.bookingCode, staffId: users[0], now: at("09:16") })).toEqual({ ok: false, reason: "already_checked_in" });
    expect(await registerWalkIn(fresh.db, { sedeId: desk.sedeId, serviceCode: "SPID", name: "Carla", staffId: users[1], now: at("09:41") })).toEqual({ ok: false, reason: "not_offered" });
    expect((await fresh.db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe("ARRIVED");

    // Nobody at a workstation: no call.
    expect(await callNext(fresh.db, { sedeId: desk.sedeId, userId: users[0], now: at("09:45") })).toEqual({ ok: false, reason: "no_workstation" });
    await openWorkstation(fresh.db, { sedeId: desk.sedeId, workstationId: workstations[0], userId: users[0], now: at("09:00") });
    await openWorkstation(fresh.db, { sedeId: desk.sedeId, workstationId: workstations[1], userId: users[1], now: at("09:00") });

    const board = await loadDeskToday(fresh.db, { sedeId: desk.sedeId, viewerId: users[0], now: at("09:45"), locale: "it" });
    expect(board.queue.map((entry) => entry.ticket)).toEqual(["S-001", "P-002", "S-003"]);
    // Two idle workstations, 20-minute service: the first two go now, the third in 20 minutes.
    expect(board.queue.map((entry) => entry.waitMinutes)).toEqual([0, 0, 20]);

    const a = await callNext(fresh.db, { sedeId: desk.sedeId, userId: users[0], now: at("09:45") });
    const b = await callNext(fresh.db, { sedeId: desk.sedeId, userId: users[1], now: at("09:45") });
    expect(a).toMatchObject({ ok: true, ticket: "S-001", workstation: "Postazione 1" });
    expect(b).toMatchObject({ ok: true, ticket: "P-002", workstation: "Postazione 2" });
    // One citizen at a time per workstation.
    expect(await callNext(fresh.db, { sedeId: desk.sedeId, userId: users[0], now: at("09:46") })).toEqual({ ok: false, reason: "busy" });
    expect(await closeWorkstation(fresh.db, { userId: users[0], now: at("09:46") })).toEqual({ ok: false, reason: "busy" });

    const room = await loadWaitingRoom(fresh.db, { scuCode: "138935", now: at("09:46") });
    expect(room?.called.map((call) => [call.ticket, call.workstation]).sort()).toEqual([["P-002", "Postazione 2"], ["S-001", "Postazione 1"]]);
    expect(room?.next).toEqual(["S-003"]);
    expect(JSON.stringify(room)).not.toMatch(/Anna|Bruno|Rossi/);

    // The procedure of the booked citizen: the document number and codice fiscale are checked, not stored.
    const visitId = b.ok ? b.visitId : "";
    expect(await startVisit(fresh.db, { sedeId: desk.sedeId, visitId, userId: users[1], now: at("09:47") })).toEqual({ ok: true });
    const tick = { sedeId: desk.sedeId, visitId, userId: users[1], now: at("09:50") };
    expect(await recordStep(fresh.db, { ...tick, stepKey: "id_document", done: true, value: "CIE", documentNumber: "CA1234", clientAt: at("09:48") })).toEqual({ ok: false, reason: "document_number_invalid" });
    expect(await recordStep(fresh.db, { ...tick, stepKey: "id_document", done: true, value: "CIE", documentNumber: "ca 12345 ab", clientAt: at("09:48") })).toEqual({ ok: true, applied: true });
    expect(await recordStep(fresh.db, { ...tick, stepKey: "fiscal_code", done: true, fiscalCode: "RSSMRA85T10A562T", clientAt: at("09:49") })).toEqual({ ok: false, reason: "fiscal_code_invalid" });
    expect(await recordStep(fresh.db, { ...tick, stepKey: "fiscal_code", done: true, fiscalCode: "RSSMRA85T10A562S", clientAt: at("09:49") })).toEqual({ ok: true, applied: true });
    // A tick resent after a lost connection is stored once; an older one does not undo a newer one.
    expect(await recordStep(fresh.db, { ...tick, stepKey: "pin_released", done: true, clientAt: at("09:50") })).toEqual({ ok: true, applied: true });
    expect(await recordStep(fresh.db, { ...tick, stepKey: "pin_released", done: true, clientAt: at("09:50") })).toEqual({ ok: true, applied: false });
    expect(await recordStep(fresh.db, { ...tick, stepKey: "pin_released", done: false, clientAt: at("09:49") })).toEqual({ ok: true, applied: false });
    expect(await recordStep(fresh.db, { ...tick, stepKey: "not_a_step", done: true, clientAt: at("09:50") })).toEqual({ ok: false, reason: "unknown_step" });
    const steps = await fresh.db.visitStep.findMany({ where: { visitId }, orderBy: { stepKey: "asc" } });
    expect(steps.map((step) => [step.stepKey, step.done, step.value])).toEqual([["fiscal_code", true, null], ["id_document", true, "CIE"], ["pin_released", true, null]]);
    const rows = await fresh.db.$queryRaw<{ row: string }[]>`
      SELECT row_to_json(s)::text AS row FROM "VisitStep" s UNION ALL SELECT row_to_json(a)::text FROM "AuditLog" a`;
    const stored = rows.map((row) => row.row).join("\n");
    expect(stored).not.toMatch(/12345|RSSMRA/);

    // Outcome: the form's rules, then the database's.
    expect(outcomeSchema.safeParse({ visitId, outcome: "COMPLETED" }).success).toBe(false);
    expect(outcomeSchema.safeParse({ visitId, outcome: "NOT_POSSIBLE", autonomy: "ALONE" }).success).toBe(false);
    const absent = outcomeSchema.parse({ visitId, outcome: "NO_SHOW" });
    expect(await recordOutcome(fresh.db, { ...absent, sedeId: desk.sedeId, userId: users[1], now: at("10:04") })).toEqual({ ok: false, reason: "already_started" });
    const outcome = outcomeSchema.parse({ visitId, outcome: "COMPLETED", autonomy: "WITH_GUIDANCE", notes: "" });
    expect(await recordOutcome(fresh.db, { ...outcome, sedeId: desk.sedeId, userId: users[1], now: at("10:05") })).toEqual({ ok: true });
    expect(await recordOutcome(fresh.db, { ...outcome, sedeId: desk.sedeId, userId: users[1], now: at("10:06") })).toEqual({ ok: false, reason: "wrong_state" });
    const visit = await fresh.db.visit.findUniqueOrThrow({ where: { id: visitId } });
    expect(visit).toMatchObject({ status: "DONE", outcome: "COMPLETED", autonomy: "WITH_GUIDANCE", startedAt: at("09:47"), endedAt: at("10:05") });
    expect((await fresh.db.appointment.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe("DONE");

    // The walk-in called first never came to the workstation.
    const gone = outcomeSchema.parse({ visitId: a.ok ? a.visitId : "", outcome: "NO_SHOW" });
    expect(await recordOutcome(fresh.db, { ...gone, sedeId: desk.sedeId, userId: users[0], now: at("09:55") })).toEqual({ ok: true });

    const after = await loadDeskToday(fresh.db, { sedeId: desk.sedeId, viewerId: users[0], now: at("10:10"), locale: "it" });
    expect(after.figures).toMatchObject({ walkIns: 2, arrived: 3, waiting: 1, served: 1, averageServiceMinutes: 18 });
    expect(after.figures.outcomes).toMatchObject({ COMPLETED: 1, NO_SHOW: 1 });
    expect(after.figures.autonomy.WITH_GUIDANCE).toBe(1);
    // Every read of the day's names is in the audit log, with no name in it.
    const reads = await fresh.db.auditLog.findMany({ where: { action: "desk.day_read", entityId: desk.sedeId } });
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses inconsistent rows in the database itself", async () => {
    const day = new Date("2026-12-02T00:00:00Z");
    const base = { sedeId: desk.sedeId, serviceId: desk.serviceId, day, arrivedAt: new Date("2026-12-02T09:00:00+01:00"), queuedAt: new Date("2026-12-02T09:00:00+01:00") };
    expect((await refusal(() => fresh.db.visit.create({ data: { ...base, ticketNumber: 1 } }))).constraint).toBe("Visit_walk_in_named");
    expect((await refusal(() => fresh.db.visit.create({ data: { ...base, ticketNumber: 2, citizenName: "X Y", status: "CALLED" } }))).constraint).toBe("Visit_status_fields");
    expect((await refusal(() => fresh.db.visit.create({ data: { ...base, ticketNumber: 3, citizenName: "X Y", day: new Date("2026-12-03T00:00:00Z") } }))).constraint).toBe("Visit_day_of_arrival");
    const served = { ...base, ticketNumber: 4, citizenName: "X Y", status: "DONE" as const, outcome: "COMPLETED" as const, endedAt: base.arrivedAt };
    expect((await refusal(() => fresh.db.visit.create({ data: served }))).constraint).toBe("Visit_autonomy_when_served");
  });
});

describe("call next", () => {
  it("never gives the same citizen to two volunteers pressing at the same instant", async () => {
    const now = new Date("2026-12-03T10:00:00+01:00");
    // Close the shifts of the earlier tests, then twelve volunteers at twelve workstations.
    await fresh.db.workstationShift.updateMany({ where: { closedAt: null }, data: { closedAt: new Date("2026-12-01T12:00:00+01:00") } });
    for (let i = 0; i < 12; i++) await openWorkstation(fresh.db, { sedeId: desk.sedeId, workstationId: workstations[i], userId: users[i], now });
    for (let i = 0; i < 8; i++) {
      await registerWalkIn(fresh.db, { sedeId: desk.sedeId, serviceCode: "PIN_PUK", name: `Persona ${i}`, staffId: users[0], now: new Date(now.getTime() - (8 - i) * 60_000) });
    }
    const results = await Promise.all(users.map((userId) => callNext(fresh.db, { sedeId: desk.sedeId, userId, now })));
    const called = results.filter((result) => result.ok);
    expect(called).toHaveLength(8);
    expect(new Set(called.map((result) => result.ok && result.visitId)).size).toBe(8);
    expect(results.filter((result) => !result.ok)).toEqual(Array(4).fill({ ok: false, reason: "empty" }));
    const rows = await fresh.db.visit.findMany({ where: { day: new Date("2026-12-03T00:00:00Z") }, select: { workstationId: true, status: true } });
    expect(rows.every((row) => row.status === "CALLED")).toBe(true);
    expect(new Set(rows.map((row) => row.workstationId)).size).toBe(8);
  });
});

describe("yearlyOutputs", () => {
  it("counts the year's outcomes per service, online bookings and walk-ins, for the service maps", async () => {
    expect(await yearlyOutputs(fresh.db, { year: 2026 })).toEqual({
      year: 2026,
      services: [{ serviceCode: "PIN_PUK", completed: 1, partial: 0, notPossible: 0, alone: 0 }],
      onlineBookings: 2,
      onlineBookers: 1,
      walkIns: 10,
    });
    expect(await yearlyOutputs(fresh.db, { year: 2025 })).toEqual({ year: 2025, services: [], onlineBookings: 0, onlineBookers: 0, walkIns: 0 });
  });
});
