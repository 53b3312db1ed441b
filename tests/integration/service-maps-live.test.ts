// The portal's side of the service maps' figures (issue 8): what liveOutputs counts for the current
// year at the map's desks equals what PostgreSQL answers to the plain question, other desks and other
// years left out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { countMetrics, liveOutputs } from "@/lib/service-maps/live-outputs";

import { bookAppointment, createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
let desk: BookingDesk;
let spidId: string;
let otherDesk: string;
// Friday 20 November 2026, noon in Rome.
const now = new Date("2026-11-20T11:00:00Z");
let ticket = 0;

async function visit(sedeId: string, serviceId: string, day: string, outcome: "COMPLETED" | "PARTIAL" | "NOT_POSSIBLE") {
  ticket += 1;
  const at = new Date(`${day}T09:00:00+01:00`);
  const served = outcome === "NOT_POSSIBLE" ? { notPossibleReason: "OTHER" as const } : { autonomy: "WITH_GUIDANCE" as const };
  await fresh.db.visit.create({
    data: { sedeId, serviceId, day: new Date(`${day}T00:00:00Z`), ticketNumber: ticket, citizenName: "Ospite", arrivedAt: at, queuedAt: at, status: "DONE", outcome, endedAt: at, ...served },
  });
}

beforeAll(async () => {
  fresh = await freshDatabase();
  desk = await createBookingDesk(fresh.db);
  const spid = await fresh.db.service.create({
    data: { code: "SPID", defaultDurationMinutes: 30, requiresFiscalCode: true, translations: { create: [{ locale: "it", name: "SPID", description: "SPID." }, { locale: "en", name: "SPID", description: "SPID." }] } },
  });
  spidId = spid.id;
  await fresh.db.sedeService.create({ data: { sedeId: desk.sedeId, serviceId: spidId, capacity: 5, slotMinutes: 30 } });
  const ente = await fresh.db.sede.findUniqueOrThrow({ where: { id: desk.sedeId }, select: { enteId: true } });
  const other = await fresh.db.sede.create({ data: { scuCode: "138928", enteId: ente.enteId, name: "Servizi Demografici", street: "Via Ala Ponzone, 32", city: "Cremona" } });
  otherDesk = other.id;
  await fresh.db.sedeService.create({ data: { sedeId: otherDesk, serviceId: desk.serviceId, capacity: 5, slotMinutes: 20 } });

  // 138935 this year: PIN/PUK 2 completed + 1 partial, SPID 1 completed; last year one more PIN/PUK.
  await visit(desk.sedeId, desk.serviceId, "2026-02-03", "COMPLETED");
  await visit(desk.sedeId, desk.serviceId, "2026-11-19", "COMPLETED");
  await visit(desk.sedeId, desk.serviceId, "2026-11-19", "PARTIAL");
  await visit(desk.sedeId, spidId, "2026-05-05", "COMPLETED");
  await visit(desk.sedeId, desk.serviceId, "2025-12-31", "COMPLETED");
  // The other desk: not counted for SpazioComune's map.
  await visit(otherDesk, desk.serviceId, "2026-03-03", "COMPLETED");

  // Online bookings at 138935 this year: maria twice (once in capitals), luca once, one cancelled,
  // one wiped by the retention purge (a citizen of its own); a phone booking is no agenda's.
  await bookAppointment(fresh.db, desk, new Date("2026-03-10T09:00:00+01:00"));
  await bookAppointment(fresh.db, desk, new Date("2026-04-10T09:00:00+02:00"), { email: "Maria.Rossi@example.org" });
  await bookAppointment(fresh.db, desk, new Date("2026-04-11T09:00:00+02:00"), { email: "luca@example.org" });
  await bookAppointment(fresh.db, desk, new Date("2026-04-12T09:00:00+02:00"), { email: "anna@example.org", status: "CANCELLED", cancelledAt: new Date("2026-04-01T10:00:00Z") });
  await bookAppointment(fresh.db, desk, new Date("2026-01-12T09:00:00+01:00"), { email: null, citizenName: "", anonymizedAt: new Date("2026-06-01T00:00:00Z") });
  await bookAppointment(fresh.db, desk, new Date("2026-04-13T09:00:00+02:00"), { email: null, channel: "PHONE", privacyConsentAt: null });
  // Last year, and at the other desk: not this map's, not this year's.
  await bookAppointment(fresh.db, desk, new Date("2025-12-30T09:00:00+01:00"), { email: "old@example.org" });
  await bookAppointment(fresh.db, { sedeId: otherDesk, serviceId: desk.serviceId }, new Date("2026-04-14T09:00:00+02:00"), { email: "elsewhere@example.org" });

  // Mon–Fri 09:00–13:00 and Mon, Thu 14:00–17:00: 26 hours a week.
  for (const weekday of [1, 2, 3, 4, 5]) await fresh.db.openingHours.create({ data: { sedeId: desk.sedeId, weekday, opensMinute: 540, closesMinute: 780 } });
  for (const weekday of [1, 4]) await fresh.db.openingHours.create({ data: { sedeId: desk.sedeId, weekday, opensMinute: 840, closesMinute: 1020 } });
  await fresh.db.openingHours.create({ data: { sedeId: otherDesk, weekday: 1, opensMinute: 540, closesMinute: 600 } });
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

async function sqlCount(text: string, ...values: unknown[]): Promise<number> {
  const rows = await fresh.db.$queryRawUnsafe<{ n: number }[]>(text, ...values);
  return rows[0].n;
}

describe("countMetrics", () => {
  it("counts, for one desk and one year, what direct SQL counts", async () => {
    const values = await countMetrics(fresh.db, {
      year: 2026,
      scuCodes: ["138935"],
      metrics: ["PIN_PUK_RELEASED", "SPID_RELEASED", "DIGITAL_AGENDA_USERS", "WEEKLY_OPEN_HOURS", "CIE_RELEASED"],
    });
    const completed = (code: string) =>
      sqlCount(
        `SELECT count(*)::int AS n FROM "Visit" v JOIN "Service" s ON s.id = v."serviceId" JOIN "Sede" d ON d.id = v."sedeId"
         WHERE d."scuCode" = '138935' AND s.code = $1 AND v.status = 'DONE' AND v.outcome = 'COMPLETED' AND extract(year FROM v.day) = 2026`,
        code,
      );
    const bookers = await sqlCount(
      `SELECT count(DISTINCT coalesce(lower(a.email), a.id::text))::int AS n FROM "Appointment" a JOIN "Sede" d ON d.id = a."sedeId"
       WHERE d."scuCode" = '138935' AND a.channel = 'ONLINE' AND a.status <> 'CANCELLED'
         AND extract(year FROM a."startsAt" AT TIME ZONE 'Europe/Rome') = 2026`,
    );
    const minutes = await sqlCount(
      `SELECT sum(o."closesMinute" - o."opensMinute")::int AS n FROM "OpeningHours" o JOIN "Sede" d ON d.id = o."sedeId" WHERE d."scuCode" = '138935'`,
    );
    expect(values).toEqual([
      { metric: "PIN_PUK_RELEASED", unit: "count", value: await completed("PIN_PUK") },
      { metric: "SPID_RELEASED", unit: "count", value: await completed("SPID") },
      { metric: "DIGITAL_AGENDA_USERS", unit: "count", value: bookers },
      { metric: "WEEKLY_OPEN_HOURS", unit: "hours_per_week", value: minutes / 60 },
      { metric: "CIE_RELEASED", unit: "count", value: 0 },
    ]);
    // And the numbers themselves, so that a wrong query on both sides cannot pass.
    expect(values.map((value) => value.value)).toEqual([2, 1, 3, 26, 0]);
  });

  it("counts nothing for a desk that does not exist", async () => {
    expect(await countMetrics(fresh.db, { year: 2026, scuCodes: ["999999"], metrics: ["PIN_PUK_RELEASED", "WEEKLY_OPEN_HOURS"] })).toEqual([
      { metric: "PIN_PUK_RELEASED", unit: "count", value: 0 },
      { metric: "WEEKLY_OPEN_HOURS", unit: "hours_per_week", value: 0 },
    ]);
  });
});

describe("liveOutputs", () => {
  it("sets SpazioComune's map rows beside this year's counts, from 1 January to today in Rome", async () => {
    const live = await liveOutputs(fresh.db, {
      serviceName: "COMUNICAZIONE ESTERNA",
      rows: [
        { key: "a", label: "n. campagne di comunicazione realizzate" },
        { key: "b", label: "n. di PIN/PUK della CNS rilasciati" },
        { key: "c", label: "n. utenti che hanno preso appuntamento utilizzando agende digitali" },
      ],
      now,
    });
    expect(live).toEqual({
      year: 2026,
      from: "2026-01-01",
      to: "2026-11-20",
      desks: [{ scuCode: "138935", name: "Spazio Comune" }],
      outputs: [
        { key: "b", label: "n. di PIN/PUK della CNS rilasciati", metric: "PIN_PUK_RELEASED", unit: "count", value: 2 },
        { key: "c", label: "n. utenti che hanno preso appuntamento utilizzando agende digitali", metric: "DIGITAL_AGENDA_USERS", unit: "count", value: 3 },
      ],
    });
  });

  it("has nothing for a map without a portal desk", async () => {
    expect(await liveOutputs(fresh.db, { serviceName: "PROTEZIONE CIVILE", rows: [{ key: "a", label: "n. di spid rilasciati" }], now })).toBeNull();
  });
});
