// The desk figures dashboard and the activity review on a real database: a small March 2026 at a
// desk (with the change to summer time, Rome day edges, another desk and other months around it),
// every count set beside a direct SQL count of the same rows, the percentiles beside values worked
// out by hand, questionnaires and complaints likewise; the CSV route and the pages refuse whoever does not supervise the desk.
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { romeInstant } from "@/lib/calendar/time";
import type { Prisma } from "@/lib/generated/prisma/client";
import { findSupervisedDesk } from "@/lib/supervision/access";
import { loadDeskFigures, type DeskFigures } from "@/lib/supervision/desk-figures";
import { deskFiguresCsv } from "@/lib/supervision/figures-csv";
import { COMMENTS_PAGE_SIZE, loadSatisfactionComments } from "@/lib/supervision/satisfaction-comments";
import { parsePeriodQuery, type Period } from "@/lib/supervision/schema";
import { findDeskPerson, loadVolunteerActivity, loadVolunteerContacts } from "@/lib/supervision/volunteer-activity";

import { bookAppointment, createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

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

let fresh: FreshDatabase;
let desk: BookingDesk;
let otherDesk: BookingDesk;
let spidId: string;
const users: Record<"v1" | "v2" | "idle" | "olp" | "otherOlp" | "admin", string> = { v1: "", v2: "", idle: "", olp: "", otherOlp: "", admin: "" };
const visitIds: Record<string, string> = {};

const MARCH: Period = { kind: "month", from: "2026-03-01", to: "2026-03-31", query: { mese: "2026-03" } };
// Tuesday 31 March 2026, noon in Rome: every March appointment is due but the one at 23:30.
const NOW = new Date("2026-03-31T12:00:00+02:00");
const at = (day: string, clock: string) => romeInstant(day, clock)!;
const dayOf = (day: string) => new Date(`${day}T00:00:00Z`);

interface VisitPlan {
  key: string;
  day: string;
  ticket: number;
  arrive: string;
  call?: string;
  start?: string;
  end?: string;
  appointmentId?: string;
  serviceId?: string;
  sede?: BookingDesk;
  servedBy?: string;
  outcome?: "COMPLETED" | "PARTIAL" | "NOT_POSSIBLE" | "NO_SHOW";
  autonomy?: "NEEDED_HELP" | "WITH_GUIDANCE" | "ALONE";
  reason?: "MISSING_DOCUMENT";
  walkInName?: string;
}

async function visit(plan: VisitPlan) {
  const sede = plan.sede ?? desk;
  const arrivedAt = at(plan.day, plan.arrive);
  const data: Prisma.VisitUncheckedCreateInput = {
    sedeId: sede.sedeId,
    serviceId: plan.serviceId ?? sede.serviceId,
    appointmentId: plan.appointmentId ?? null,
    citizenName: plan.appointmentId ? null : (plan.walkInName ?? "Anna Neri"),
    day: dayOf(plan.day),
    ticketNumber: plan.ticket,
    arrivedAt,
    queuedAt: arrivedAt,
    status: plan.outcome ? "DONE" : "WAITING",
    servedById: plan.servedBy ?? null,
    calledAt: plan.call ? at(plan.day, plan.call) : null,
    startedAt: plan.start ? at(plan.day, plan.start) : null,
    endedAt: plan.end ? at(plan.day, plan.end) : null,
    outcome: plan.outcome ?? null,
    autonomy: plan.autonomy ?? null,
    notPossibleReason: plan.reason ?? null,
  };
  visitIds[plan.key] = (await fresh.db.visit.create({ data })).id;
}

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  fresh = await freshDatabase();
  // The route handler and the pages use the application's db(): this file's database.
  process.env.DATABASE_URL = fresh.url;
  desk = await createBookingDesk(fresh.db);
  const spid = await fresh.db.service.create({
    data: { code: "SPID", defaultDurationMinutes: 30, requiresFiscalCode: true, sortOrder: 1, translations: { create: [{ locale: "it", name: "SPID", description: "Identità digitale.", documentsToBring: [] }] } },
  });
  spidId = spid.id;
  await fresh.db.sedeService.create({ data: { sedeId: desk.sedeId, serviceId: spid.id, capacity: 5, slotMinutes: 30 } });
  const sede = await fresh.db.sede.findUniqueOrThrow({ where: { id: desk.sedeId } });
  const other = await fresh.db.sede.create({ data: { scuCode: "138936", enteId: sede.enteId, name: "Altro Sportello", street: "Via Altra, 1", city: "Cremona" } });
  await fresh.db.sedeService.create({ data: { sedeId: other.id, serviceId: desk.serviceId, capacity: 5, slotMinutes: 20 } });
  otherDesk = { sedeId: other.id, serviceId: desk.serviceId };

  const user = (email: string, name: string, role: "VOLUNTEER" | "OLP" | "ADMIN", sedeId?: string) =>
    fresh.db.user.create({ data: { email, name, role, ...(sedeId ? { sedi: { create: { sedeId } } } : {}) } }).then((created) => created.id);
  users.v1 = await user("v1@example.org", "Bruno Uno", "VOLUNTEER", desk.sedeId);
  users.v2 = await user("v2@example.org", "Anita Due", "VOLUNTEER", desk.sedeId);
  users.idle = await user("v3@example.org", "Carlo Tre", "VOLUNTEER", desk.sedeId);
  users.olp = await user("olp@example.org", "Paola Olp", "OLP", desk.sedeId);
  users.otherOlp = await user("altro.olp@example.org", "Olga Altra", "OLP", otherDesk.sedeId);
  users.admin = await user("admin@example.org", "Ada Admin", "ADMIN");

  // Appointments of March (Rome time), and around it.
  const book = (startsAt: Date, overrides: Partial<Prisma.AppointmentUncheckedCreateInput> = {}, sede: BookingDesk = desk) =>
    bookAppointment(fresh.db, sede, startsAt, overrides);
  const phone = { channel: "PHONE" as const, email: null, privacyConsentAt: null };
  const a1 = await book(at("2026-03-02", "09:00"), { status: "DONE" });
  await book(at("2026-03-02", "09:20"), { status: "NO_SHOW" });
  const a3 = await book(at("2026-03-03", "10:00"), { ...phone, status: "DONE" });
  await book(at("2026-03-03", "10:20"), { ...phone, status: "CANCELLED", cancelledAt: at("2026-03-01", "12:00"), cancelReason: "CANNOT_ATTEND" });
  await book(at("2026-03-30", "09:00"), { channel: "WALK_IN", email: null, privacyConsentAt: null }); // past, never checked in
  await book(at("2026-03-01", "00:30"), { status: "NO_SHOW" }); // 28 February in UTC, 1 March in Rome
  await book(at("2026-03-31", "23:30")); // not due yet at NOW
  await book(at("2026-04-01", "00:10")); // 31 March in UTC, April in Rome: outside
  await book(at("2026-02-27", "09:00"), { status: "NO_SHOW" }); // February: outside
  await book(at("2026-03-10", "09:00"), {}, otherDesk); // another desk: outside

  // Contacts: waits 5, 10, 15, 20, 0 minutes (one never called); service times 10, 20, 30, 40.
  await visit({ key: "v1", day: "2026-03-02", ticket: 1, arrive: "08:55", call: "09:00", start: "09:01", end: "09:11", appointmentId: a1.id, servedBy: users.v1, outcome: "COMPLETED", autonomy: "ALONE" });
  await visit({ key: "v2", day: "2026-03-02", ticket: 2, arrive: "09:00", call: "09:10", start: "09:10", end: "09:30", serviceId: spidId, servedBy: users.v2, outcome: "PARTIAL", autonomy: "WITH_GUIDANCE" });
  await visit({ key: "v3", day: "2026-03-02", ticket: 3, arrive: "09:05", call: "09:20", end: "09:25", servedBy: users.v1, outcome: "NO_SHOW" });
  await visit({ key: "v4", day: "2026-03-03", ticket: 1, arrive: "10:00", call: "10:20", start: "10:20", end: "10:50", appointmentId: a3.id, servedBy: users.v2, outcome: "NOT_POSSIBLE", reason: "MISSING_DOCUMENT" });
  await visit({ key: "v5", day: "2026-03-03", ticket: 2, arrive: "10:05", call: "10:05", start: "10:05", end: "10:45", servedBy: users.v1, outcome: "COMPLETED", autonomy: "NEEDED_HELP" });
  // After the change to summer time (29 March), still waiting.
  await visit({ key: "v6", day: "2026-03-30", ticket: 1, arrive: "09:00" });
  // Outside: another month, another desk.
  await visit({ key: "feb", day: "2026-02-27", ticket: 1, arrive: "09:00", call: "10:00", start: "10:00", end: "12:00", servedBy: users.v1, outcome: "COMPLETED", autonomy: "ALONE" });
  await visit({ key: "april", day: "2026-04-01", ticket: 1, arrive: "00:20", call: "00:30", start: "00:30", end: "00:35", servedBy: users.v1, outcome: "COMPLETED", autonomy: "ALONE" });
  await visit({ key: "other", day: "2026-03-10", ticket: 1, arrive: "09:00", call: "11:00", start: "11:00", end: "13:00", sede: otherDesk, servedBy: users.v1, outcome: "COMPLETED", autonomy: "ALONE" });

  // Questionnaires: three of the four contacts served in March, one of February, one at the other desk.
  const answer = (key: string, answeredAt: Date, data: Omit<Prisma.SatisfactionAnswerUncheckedCreateInput, "visitId" | "answeredAt">) =>
    fresh.db.satisfactionAnswer.create({ data: { visitId: visitIds[key], answeredAt, ...data } });
  await answer("v1", at("2026-03-02", "12:00"), { overall: 5, clarity: 5, waiting: 4, courtesy: 5, manageAlone: "YES" });
  await answer("v2", at("2026-03-04", "18:00"), { overall: 3, waiting: 2, courtesy: 4, manageAlone: "NOT_SURE", comment: "Spiegazioni un po' veloci" });
  await answer("v5", at("2026-04-02", "08:00"), { overall: 4, clarity: 3, manageAlone: "NO", comment: "Volontario paziente" });
  await answer("feb", at("2026-03-01", "10:00"), { overall: 1, clarity: 1, waiting: 1, courtesy: 1, manageAlone: "NO", comment: "Commento di febbraio" });
  await answer("other", at("2026-03-10", "14:00"), { overall: 1, manageAlone: "NO", comment: "Commento di un altro sportello" });

  // Complaints received in March (Rome days) at the desk, and around it.
  const complaint = (receivedAt: Date, data: Partial<Prisma.ComplaintUncheckedCreateInput>) =>
    fresh.db.complaint.create({
      data: { kind: "COMPLAINT", sedeId: desk.sedeId, text: "Testo della segnalazione.", receivedAt, dueAt: new Date(receivedAt.getTime() + 30 * 86_400_000), ...data },
    });
  // 28 February in UTC, 1 March in Rome; answered after 4 days.
  await complaint(at("2026-03-01", "00:30"), { status: "ANSWERED", answer: "Risposta al reclamo.", answeredAt: at("2026-03-05", "00:30") });
  // Answered after 2.5 days.
  await complaint(at("2026-03-10", "10:00"), { kind: "REPORT", status: "ANSWERED", answer: "Risposta alla segnalazione.", answeredAt: at("2026-03-12", "22:00") });
  // Due on 31 March at 09:00: overdue at NOW.
  await complaint(at("2026-03-01", "09:00"), {});
  await complaint(at("2026-03-20", "10:00"), { status: "IN_PROGRESS", startedAt: at("2026-03-21", "10:00") });
  await complaint(at("2026-03-15", "10:00"), { kind: "PRAISE", status: "CLOSED", closeReason: "Ringraziamento girato ai volontari", closedAt: at("2026-03-16", "10:00") });
  await complaint(at("2026-04-01", "00:10"), {}); // 31 March in UTC, April in Rome: outside
  await complaint(at("2026-03-10", "10:00"), { sedeId: otherDesk.sedeId }); // another desk
  await complaint(at("2026-03-10", "10:00"), { sedeId: null }); // about no desk
});

afterAll(async () => {
  await fresh.db.$disconnect();
  const { db } = await import("@/lib/db");
  await db().$disconnect();
});

/** One number from a direct SQL query. */
async function count(query: string, ...values: unknown[]): Promise<number> {
  const rows = await fresh.db.$queryRawUnsafe<{ n: number }[]>(query, ...values);
  return Number(rows[0].n);
}

// Direct counts of March at desk 138935, by Rome month, written apart from lib/supervision.
const APPOINTMENTS = `FROM "Appointment" a JOIN "Sede" d ON d."id" = a."sedeId"
  WHERE d."scuCode" = '138935' AND to_char(a."startsAt" AT TIME ZONE 'Europe/Rome', 'YYYY-MM') = '2026-03'`;
const VISITS = `FROM "Visit" v JOIN "Sede" d ON d."id" = v."sedeId" WHERE d."scuCode" = '138935' AND to_char(v."day", 'YYYY-MM') = '2026-03'`;

describe("desk figures", () => {
  let figures: DeskFigures;

  beforeAll(async () => {
    figures = await loadDeskFigures(fresh.db, { sedeId: desk.sedeId, period: MARCH, now: NOW, locale: "it" });
  });

  it("count bookings, cancellations, contacts and no-shows as a direct SQL count does", async () => {
    const direct = {
      bookings: await count(`SELECT count(*) AS n ${APPOINTMENTS} AND a."status" <> 'CANCELLED'`),
      online: await count(`SELECT count(*) AS n ${APPOINTMENTS} AND a."status" <> 'CANCELLED' AND a."channel" = 'ONLINE'`),
      phone: await count(`SELECT count(*) AS n ${APPOINTMENTS} AND a."status" <> 'CANCELLED' AND a."channel" = 'PHONE'`),
      walkInBookings: await count(`SELECT count(*) AS n ${APPOINTMENTS} AND a."status" <> 'CANCELLED' AND a."channel" = 'WALK_IN'`),
      cancelled: await count(`SELECT count(*) AS n ${APPOINTMENTS} AND a."status" = 'CANCELLED'`),
      due: await count(`SELECT count(*) AS n ${APPOINTMENTS} AND a."status" <> 'CANCELLED' AND a."startsAt" <= $1`, NOW),
      noShows: await count(`SELECT count(*) AS n ${APPOINTMENTS} AND a."status" = 'NO_SHOW' AND a."startsAt" <= $1`, NOW),
      unrecorded: await count(`SELECT count(*) AS n ${APPOINTMENTS} AND a."status" = 'BOOKED' AND a."endsAt" <= $1`, NOW),
      contacts: await count(`SELECT count(*) AS n ${VISITS}`),
      walkIns: await count(`SELECT count(*) AS n ${VISITS} AND v."appointmentId" IS NULL`),
      served: await count(`SELECT count(*) AS n ${VISITS} AND v."status" = 'DONE' AND v."outcome" <> 'NO_SHOW'`),
    };
    expect({
      bookings: figures.bookings.total,
      online: figures.bookings.byChannel.ONLINE,
      phone: figures.bookings.byChannel.PHONE,
      walkInBookings: figures.bookings.byChannel.WALK_IN,
      cancelled: figures.cancellations,
      due: figures.noShows.due,
      noShows: figures.noShows.noShows,
      unrecorded: figures.noShows.unrecorded,
      contacts: figures.contacts,
      walkIns: figures.walkIns,
      served: figures.served,
    }).toEqual(direct);
    // And what those are on this data, so that an empty result cannot pass for a right one.
    expect(direct).toEqual({ bookings: 6, online: 4, phone: 1, walkInBookings: 1, cancelled: 1, due: 5, noShows: 2, unrecorded: 1, contacts: 6, walkIns: 4, served: 4 });
    expect(figures.noShows.rate).toBeCloseTo(2 / 5, 10);
  });

  it("count outcomes, reasons and autonomy as a direct SQL count does", async () => {
    const grouped = async (column: string) =>
      Object.fromEntries(
        (await fresh.db.$queryRawUnsafe<{ key: string; n: number }[]>(`SELECT v."${column}"::text AS key, count(*)::int AS n ${VISITS} AND v."${column}" IS NOT NULL GROUP BY 1`)).map(
          (row) => [row.key, row.n],
        ),
      );
    const nonZero = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).filter(([, n]) => n > 0));
    expect(nonZero(figures.outcomes)).toEqual(await grouped("outcome"));
    expect(nonZero(figures.notPossibleReasons)).toEqual(await grouped("notPossibleReason"));
    expect(nonZero(figures.autonomy)).toEqual(await grouped("autonomy"));
    expect(figures.outcomes).toEqual({ COMPLETED: 2, PARTIAL: 1, NOT_POSSIBLE: 1, NO_SHOW: 1 });
    expect(figures.autonomy).toEqual({ NEEDED_HELP: 1, WITH_GUIDANCE: 1, ALONE: 1 });
  });

  it("give the median and 90th percentile of waits and service times", () => {
    // Waits 0, 5, 10, 15, 20: median 10; p90 at rank 0.9 × 4 = 3.6, between 15 and 20: 18.
    expect(figures.waitMinutes).toEqual({ count: 5, median: 10, p90: 18 });
    // Service times 10, 20, 30, 40: median 25; p90 at rank 2.7, between 30 and 40: 37.
    expect(figures.serviceMinutes).toEqual({ count: 4, median: 25, p90: 37 });
    // PIN/PUK 10, 30, 40: median 30, p90 at rank 1.8: 38. SPID 20 alone.
    // Questionnaires: PIN/PUK rated 5 and 4, SPID 3.
    expect(figures.services).toEqual([
      {
        serviceCode: "PIN_PUK",
        serviceName: "PIN e PUK della tessera sanitaria",
        contacts: 5,
        served: 3,
        serviceMinutes: { count: 3, median: 30, p90: 38 },
        satisfaction: { answered: 2, overallMean: 4.5 },
      },
      { serviceCode: "SPID", serviceName: "SPID", contacts: 1, served: 1, serviceMinutes: { count: 1, median: 20, p90: 20 }, satisfaction: { answered: 1, overallMean: 3 } },
    ]);
  });

  it("give each service's contacts served, median service time and mean satisfaction as a direct SQL query does", async () => {
    const direct = await fresh.db.$queryRawUnsafe<{ code: string; served: number; median: number | null; answered: number; mean: number | null }[]>(
      `SELECT s."code",
              count(*) FILTER (WHERE v."status" = 'DONE' AND v."outcome" <> 'NO_SHOW')::int AS served,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v."endedAt" - v."startedAt") / 60)
                FILTER (WHERE v."status" = 'DONE')::numeric, 1)::float8 AS median,
              (SELECT count(*) FROM "SatisfactionAnswer" q JOIN "Visit" w ON w."id" = q."visitId" JOIN "Sede" e ON e."id" = w."sedeId"
                WHERE e."scuCode" = '138935' AND to_char(w."day", 'YYYY-MM') = '2026-03' AND w."serviceId" = s."id")::int AS answered,
              (SELECT round(avg(q."overall"), 2) FROM "SatisfactionAnswer" q JOIN "Visit" w ON w."id" = q."visitId" JOIN "Sede" e ON e."id" = w."sedeId"
                WHERE e."scuCode" = '138935' AND to_char(w."day", 'YYYY-MM') = '2026-03' AND w."serviceId" = s."id")::float8 AS mean
       ${VISITS.replace('FROM "Visit" v', 'FROM "Visit" v JOIN "Service" s ON s."id" = v."serviceId"')} GROUP BY s."id", s."code" ORDER BY s."code"`,
    );
    expect(
      figures.services
        .map((service) => ({
          code: service.serviceCode,
          served: service.served,
          median: service.serviceMinutes.median,
          answered: service.satisfaction.answered,
          mean: service.satisfaction.overallMean,
        }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    ).toEqual(direct);
    expect(direct.map((row) => row.answered)).toEqual([2, 1]);
  });

  it("give every day of the period, with the day's contacts as a direct SQL count does", async () => {
    expect(figures.days).toHaveLength(31);
    expect(figures.days[0].day).toBe("2026-03-01");
    expect(figures.days[30].day).toBe("2026-03-31");
    const direct = await fresh.db.$queryRawUnsafe<{ day: string; contacts: number; served: number }[]>(
      `SELECT to_char(v."day", 'YYYY-MM-DD') AS day, count(*)::int AS contacts,
              count(*) FILTER (WHERE v."status" = 'DONE' AND v."outcome" <> 'NO_SHOW')::int AS served
       ${VISITS} GROUP BY v."day" ORDER BY v."day"`,
    );
    expect(figures.days.filter((day) => day.contacts > 0).map(({ day, contacts, served }) => ({ day, contacts, served }))).toEqual(direct);
    // Median waits of the day: 5, 10, 15 → 10; 20, 0 → 10; nobody called on the 30th.
    expect(Object.fromEntries(figures.days.filter((day) => day.contacts > 0).map((day) => [day.day, day.medianWaitMinutes]))).toEqual({
      "2026-03-02": 10,
      "2026-03-03": 10,
      "2026-03-30": null,
    });
  });

  it("count questionnaires and ratings as a direct SQL count does", async () => {
    const ANSWERS = `FROM "SatisfactionAnswer" s JOIN "Visit" v ON v."id" = s."visitId" JOIN "Sede" d ON d."id" = v."sedeId"
      WHERE d."scuCode" = '138935' AND to_char(v."day", 'YYYY-MM') = '2026-03'`;
    const mean = async (column: string) =>
      (await fresh.db.$queryRawUnsafe<{ m: number | null }[]>(`SELECT round(avg(s."${column}"), 2)::float8 AS m ${ANSWERS}`))[0].m;
    const direct = {
      answered: await count(`SELECT count(*) AS n ${ANSWERS}`),
      overallMean: await mean("overall"),
      overall: Object.fromEntries(await Promise.all(["1", "2", "3", "4", "5"].map(async (r) => [r, await count(`SELECT count(*) AS n ${ANSWERS} AND s."overall" = ${r}`)]))),
      items: Object.fromEntries(
        await Promise.all(["clarity", "waiting", "courtesy"].map(async (item) => [item, { count: await count(`SELECT count(s."${item}") AS n ${ANSWERS}`), mean: await mean(item) }])),
      ),
      manageAlone: Object.fromEntries(
        await Promise.all(["YES", "NO", "NOT_SURE"].map(async (a) => [a, await count(`SELECT count(*) AS n ${ANSWERS} AND s."manageAlone" = '${a}'`)])),
      ),
    };
    const { answered, overallMean, overall, items, manageAlone } = figures.satisfaction;
    expect({ answered, overallMean, overall, items, manageAlone }).toEqual(direct);
    expect(figures.satisfaction.responseRate).toBeCloseTo(direct.answered / (await count(`SELECT count(*) AS n ${VISITS} AND v."status" = 'DONE' AND v."outcome" <> 'NO_SHOW'`)), 10);
    expect(figures.satisfaction.manageAloneShare).toBeCloseTo(direct.manageAlone.YES / direct.answered, 10);
    // Worked out by hand: 3 answers of 4 served; overall (5 + 3 + 4) / 3; clarity (5 + 3) / 2, waiting (4 + 2) / 2, courtesy (5 + 4) / 2.
    expect(direct).toEqual({
      answered: 3,
      overallMean: 4,
      overall: { "1": 0, "2": 0, "3": 1, "4": 1, "5": 1 },
      items: { clarity: { count: 2, mean: 4 }, waiting: { count: 2, mean: 3 }, courtesy: { count: 2, mean: 4.5 } },
      manageAlone: { YES: 1, NO: 1, NOT_SURE: 1 },
    });
    expect(figures.satisfaction.responseRate).toBe(0.75);
  });

  it("count complaints as a direct SQL count does", async () => {
    const COMPLAINTS = `FROM "Complaint" c JOIN "Sede" d ON d."id" = c."sedeId"
      WHERE d."scuCode" = '138935' AND to_char(c."receivedAt" AT TIME ZONE 'Europe/Rome', 'YYYY-MM') = '2026-03'`;
    const direct = {
      received: await count(`SELECT count(*) AS n ${COMPLAINTS}`),
      byKind: Object.fromEntries(
        await Promise.all(["COMPLAINT", "REPORT", "PRAISE"].map(async (kind) => [kind, await count(`SELECT count(*) AS n ${COMPLAINTS} AND c."kind" = '${kind}'`)])),
      ),
      answered: await count(`SELECT count(*) AS n ${COMPLAINTS} AND c."status" = 'ANSWERED'`),
      closed: await count(`SELECT count(*) AS n ${COMPLAINTS} AND c."status" = 'CLOSED'`),
      overdue: await count(`SELECT count(*) AS n ${COMPLAINTS} AND c."status" IN ('RECEIVED', 'IN_PROGRESS') AND c."dueAt" < $1`, NOW),
    };
    const { medianDaysToAnswer, ...counted } = figures.complaints;
    expect(counted).toEqual(direct);
    expect(direct).toEqual({ received: 5, byKind: { COMPLAINT: 3, REPORT: 1, PRAISE: 1 }, answered: 2, closed: 1, overdue: 1 });
    // Answered after 4 and 2.5 days: median 3.25, to one decimal 3.3.
    expect(medianDaysToAnswer).toBe(3.3);
  });

  it("are empty, not failing, for a period with nothing in it", async () => {
    const empty = await loadDeskFigures(fresh.db, { sedeId: desk.sedeId, period: { from: "2025-01-01", to: "2025-01-07" }, now: NOW, locale: "en" });
    expect(empty).toMatchObject({ contacts: 0, served: 0, waitMinutes: { count: 0, median: null, p90: null }, noShows: { due: 0, rate: null }, services: [] });
    expect(empty.days.map((day) => day.contacts)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(empty.satisfaction).toMatchObject({ answered: 0, responseRate: null, overallMean: null, manageAloneShare: null });
    expect(empty.complaints).toMatchObject({ received: 0, overdue: 0, medianDaysToAnswer: null });
  });
});

describe("activity review", () => {
  it("gives each volunteer's contacts by service and outcome, autonomy, mean service time and no-shows", async () => {
    const people = await loadVolunteerActivity(fresh.db, { sedeId: desk.sedeId, period: MARCH, locale: "it" });
    expect(people.map((person) => person.name)).toEqual(["Anita Due", "Bruno Uno", "Carlo Tre"]);
    const [anita, bruno, carlo] = people;
    expect(bruno).toMatchObject({ assigned: true, contacts: 3, served: 2, noShows: 1, averageServiceMinutes: 25, autonomy: { ALONE: 1, NEEDED_HELP: 1, WITH_GUIDANCE: 0 } });
    expect(bruno.byService).toEqual([
      { serviceCode: "PIN_PUK", serviceName: "PIN e PUK della tessera sanitaria", outcomes: { COMPLETED: 2, PARTIAL: 0, NOT_POSSIBLE: 0, NO_SHOW: 1 }, total: 3 },
    ]);
    expect(anita).toMatchObject({ contacts: 2, served: 2, noShows: 0, averageServiceMinutes: 25 });
    expect(anita.byService.map((service) => [service.serviceCode, service.outcomes])).toEqual([
      ["PIN_PUK", { COMPLETED: 0, PARTIAL: 0, NOT_POSSIBLE: 1, NO_SHOW: 0 }],
      ["SPID", { COMPLETED: 0, PARTIAL: 1, NOT_POSSIBLE: 0, NO_SHOW: 0 }],
    ]);
    expect(carlo).toMatchObject({ contacts: 0, averageServiceMinutes: null, byService: [] });
    // Each volunteer's closed contacts, as a direct SQL count.
    for (const person of people) {
      expect(person.contacts).toBe(await count(`SELECT count(*) AS n ${VISITS} AND v."status" = 'DONE' AND v."servedById" = $1::uuid`, person.userId));
    }
  });

  it("lists one volunteer's contacts without citizens' names, and logs the read", async () => {
    const contacts = await loadVolunteerContacts(fresh.db, { sedeId: desk.sedeId, period: MARCH, locale: "it", userId: users.v1, viewerId: users.olp });
    expect(contacts.map((contact) => [contact.ticket, contact.outcome, contact.autonomy, contact.durationMinutes])).toEqual([
      ["P-001", "COMPLETED", "ALONE", 10],
      ["S-003", "NO_SHOW", null, null],
      ["S-002", "COMPLETED", "NEEDED_HELP", 40],
    ]);
    expect(JSON.stringify(contacts)).not.toMatch(/Anna|Maria|Rossi|Neri/);
    const logged = await fresh.db.auditLog.findFirst({ where: { action: "supervision.activity_read", actorId: users.olp, entityId: users.v1 } });
    expect(logged?.metadata).toMatchObject({ sedeId: desk.sedeId, from: "2026-03-01", to: "2026-03-31", contacts: 3 });
  });

  it("knows who may be reviewed at a desk", async () => {
    expect(await findDeskPerson(fresh.db, { sedeId: desk.sedeId, userId: users.idle })).toMatchObject({ name: "Carlo Tre", assigned: true });
    // The other desk's OLP neither works at this desk nor served there.
    expect(await findDeskPerson(fresh.db, { sedeId: desk.sedeId, userId: users.otherOlp })).toBeNull();
    // Bruno served once at the other desk without being assigned to it.
    expect(await findDeskPerson(fresh.db, { sedeId: otherDesk.sedeId, userId: users.v1 })).toMatchObject({ assigned: false });
  });
});

describe("citizens' comments", () => {
  it("lists the period's comments newest first, with day, service and rating only, and logs the read", async () => {
    const read = await loadSatisfactionComments(fresh.db, { sedeId: desk.sedeId, period: MARCH, page: 1, locale: "it", viewerId: users.olp });
    const direct = await count(
      `SELECT count(*) AS n FROM "SatisfactionAnswer" s JOIN "Visit" v ON v."id" = s."visitId" JOIN "Sede" d ON d."id" = v."sedeId"
       WHERE d."scuCode" = '138935' AND to_char(v."day", 'YYYY-MM') = '2026-03' AND s."comment" IS NOT NULL`,
    );
    expect(read.total).toBe(direct);
    expect(read).toEqual({
      total: 2,
      page: 1,
      pageCount: 1,
      comments: [
        { day: "2026-03-03", serviceCode: "PIN_PUK", serviceName: "PIN e PUK della tessera sanitaria", overall: 4, comment: "Volontario paziente" },
        { day: "2026-03-02", serviceCode: "SPID", serviceName: "SPID", overall: 3, comment: "Spiegazioni un po' veloci" },
      ],
    });
    // Nothing that points to the contact: no ticket, visit, booking or time of day.
    expect(Object.keys(read.comments[0]).sort()).toEqual(["comment", "day", "overall", "serviceCode", "serviceName"]);
    const logged = await fresh.db.auditLog.findFirst({ where: { action: "supervision.comments_read", actorId: users.olp, entityId: desk.sedeId } });
    expect(logged?.metadata).toEqual({ from: "2026-03-01", to: "2026-03-31", page: 1, shown: 2, total: 2 });
    expect(JSON.stringify(logged?.metadata)).not.toMatch(/veloci|paziente/);

    const beyond = await loadSatisfactionComments(fresh.db, { sedeId: desk.sedeId, period: MARCH, page: 2, locale: "en", viewerId: users.admin });
    expect(beyond).toMatchObject({ total: 2, page: 2, pageCount: 1, comments: [] });
  });

  it("pages through more comments than one page holds, newest first, without repeating or losing one", async () => {
    // January 2026, apart from the March the other tests read: 21 commented answers on days 1–21.
    for (let day = 1; day <= 21; day++) {
      const key = `jan${day}`;
      const date = `2026-01-${String(day).padStart(2, "0")}`;
      await visit({ key, day: date, ticket: 1, arrive: "09:00", call: "09:00", start: "09:00", end: "09:10", servedBy: users.v1, outcome: "COMPLETED", autonomy: "ALONE" });
      await fresh.db.satisfactionAnswer.create({ data: { visitId: visitIds[key], answeredAt: at(date, "12:00"), overall: (day % 5) + 1, manageAlone: "YES", comment: `Commento ${day}` } });
    }
    const january = { from: "2026-01-01", to: "2026-01-31" };
    const read = (page: number) => loadSatisfactionComments(fresh.db, { sedeId: desk.sedeId, period: january, page, locale: "it", viewerId: users.olp });
    const [first, second] = [await read(1), await read(2)];
    expect(first).toMatchObject({ total: 21, page: 1, pageCount: 2 });
    expect(first.comments).toHaveLength(COMMENTS_PAGE_SIZE);
    expect(first.comments[0]).toMatchObject({ day: "2026-01-21", comment: "Commento 21", overall: 2 });
    expect(second.comments.map((comment) => [comment.day, comment.comment])).toEqual([["2026-01-01", "Commento 1"]]);
    expect(new Set([...first.comments, ...second.comments].map((comment) => comment.comment)).size).toBe(21);
  });

  it("shows nothing of a comment the retention purge cleared", async () => {
    // The purge's own update (lib/privacy/retention.ts): the rating stays, the comment goes.
    await fresh.db.satisfactionAnswer.update({ where: { visitId: visitIds.v5 }, data: { comment: null } });
    try {
      const read = await loadSatisfactionComments(fresh.db, { sedeId: desk.sedeId, period: MARCH, page: 1, locale: "it", viewerId: users.olp });
      expect(read.total).toBe(1);
      expect(read.comments.map((comment) => comment.comment)).toEqual(["Spiegazioni un po' veloci"]);
    } finally {
      await fresh.db.satisfactionAnswer.update({ where: { visitId: visitIds.v5 }, data: { comment: "Volontario paziente" } });
    }
  });
});

describe("who may see a desk's figures", () => {
  const staff = (role: "VOLUNTEER" | "OLP" | "ADMIN", sedeIds: string[]) => ({ role, sedeIds });

  it("lets the desk's OLP and administrators in, refuses other OLPs and volunteers", async () => {
    expect(await findSupervisedDesk(fresh.db, staff("OLP", [desk.sedeId]), "138935")).toMatchObject({ ok: true, desk: { scuCode: "138935" } });
    expect(await findSupervisedDesk(fresh.db, staff("ADMIN", []), "138936")).toMatchObject({ ok: true });
    expect(await findSupervisedDesk(fresh.db, staff("OLP", [otherDesk.sedeId]), "138935")).toEqual({ ok: false, reason: "forbidden" });
    expect(await findSupervisedDesk(fresh.db, staff("VOLUNTEER", [desk.sedeId]), "138935")).toEqual({ ok: false, reason: "forbidden" });
    expect(await findSupervisedDesk(fresh.db, staff("ADMIN", []), "999999")).toEqual({ ok: false, reason: "not_found" });
    expect(await findSupervisedDesk(fresh.db, staff("ADMIN", []), "'; DROP")).toEqual({ ok: false, reason: "not_found" });
  });

  /** What Next answers: a Response, or what it makes of a thrown redirect, 403 or 404. */
  async function answer(userId: string | null, call: () => Promise<unknown>): Promise<{ status: number | "sign-in"; body?: string; headers?: Headers }> {
    session.userId = userId;
    try {
      const response = (await call()) as Response;
      return { status: response.status, body: await response.text(), headers: response.headers };
    } catch (error) {
      const digest = (error as { digest?: string }).digest ?? "";
      if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/accesso")) return { status: "sign-in" };
      const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d{3})$/.exec(digest);
      if (fallback) return { status: Number(fallback[1]) };
      throw error;
    } finally {
      session.userId = null;
    }
  }

  const csvRoute = "app/(olp)/supervisione/sportelli/[scuCode]/dati.csv/route.ts";
  const getCsv = async (scuCode: string, search: string) => {
    const { GET } = await import(/* @vite-ignore */ path.resolve(csvRoute));
    return GET(new Request(`https://sportello.test/supervisione/sportelli/${scuCode}/dati.csv${search}`), { params: Promise.resolve({ scuCode }) });
  };

  it("the CSV route gives the desk's OLP and administrators the period's figures, and nobody else", async () => {
    const volunteer = await fresh.db.user.findUniqueOrThrow({ where: { email: "v1@example.org" } });
    expect((await answer(null, () => getCsv("138935", "?mese=2026-03"))).status).toBe("sign-in");
    expect((await answer(volunteer.id, () => getCsv("138935", "?mese=2026-03"))).status).toBe(403);
    expect((await answer(users.otherOlp, () => getCsv("138935", "?mese=2026-03"))).status).toBe(403);
    expect((await answer(users.admin, () => getCsv("999999", "?mese=2026-03"))).status).toBe(404);

    for (const userId of [users.olp, users.admin]) {
      const csv = await answer(userId, () => getCsv("138935", "?mese=2026-03"));
      expect(csv.status).toBe(200);
      expect(csv.headers?.get("Content-Type")).toBe("text/csv; charset=utf-8");
      expect(csv.headers?.get("Content-Disposition")).toBe('attachment; filename="sportello-138935-2026-03-01_2026-03-31.csv"');
      expect(csv.headers?.get("Cache-Control")).toBe("private, no-store");
      // The route's "now" is today: every March appointment is due by then.
      const expected = deskFiguresCsv({ scuCode: "138935" }, await loadDeskFigures(fresh.db, { sedeId: desk.sedeId, period: MARCH, now: new Date(), locale: "it" }));
      expect(csv.body).toBe(expected);
      const lines = csv.body!.split("\r\n");
      expect(lines[0]).toBe("section,item,measure,value");
      expect(lines).toEqual(
        expect.arrayContaining([
          "bookings,total,count,6",
          "contacts,served,count,4",
          "wait_minutes,all,median,10",
          "wait_minutes,all,p90,18",
          "service_minutes,PIN_PUK,p90,38",
          "service,PIN_PUK,served,3",
          "service,PIN_PUK,satisfaction_answered,2",
          "service,PIN_PUK,satisfaction_mean,4.5",
          "service,SPID,satisfaction_mean,3",
          "no_shows,appointments,due,6",
          "satisfaction,questionnaires,answered,3",
          "satisfaction,questionnaires,response_rate,0.75",
          "satisfaction,overall,mean,4",
          "satisfaction,overall,rating_5,1",
          "satisfaction,courtesy,mean,4.5",
          "satisfaction,manage_alone,share_yes,0.3333",
          "complaints,all,received,5",
          "complaints,REPORT,received,1",
          "complaints,all,median_days_to_answer,3.3",
          "day,2026-03-02,contacts,3",
          "day,2026-03-30,median_wait_minutes,",
        ]),
      );
      expect(csv.body).not.toMatch(/Anna|Maria|Rossi|Bruno|Anita|@/);
    }
  });

  it("the CSV route answers a bad period with a localized 400, never a server error", async () => {
    for (const search of ["?mese=2026-13", "?dal=2026-03-05&al=2026-03-01", "?mese=2026-03&mese=2026-04", "?dal=2020-01-01&al=2026-01-01"]) {
      const refused = await answer(users.olp, () => getCsv("138935", search));
      expect(refused.status).toBe(400);
      expect(refused.body).toMatch(/^Il periodo indicato non è valido\. /);
    }
  });

  it("the pages refuse another desk's OLP (403) and an unknown desk (404)", async () => {
    const pages = [
      ["app/(olp)/supervisione/sportelli/[scuCode]/page.tsx", {}],
      ["app/(olp)/supervisione/sportelli/[scuCode]/attivita/page.tsx", {}],
      ["app/(olp)/supervisione/sportelli/[scuCode]/opinioni/page.tsx", {}],
      ["app/(olp)/supervisione/sportelli/[scuCode]/attivita/[userId]/page.tsx", { userId: users.v1 }],
      ["app/(olp)/supervisione/sportelli/[scuCode]/reclami/page.tsx", {}],
    ] as const;
    for (const [file, extra] of pages) {
      const { default: Page } = await import(/* @vite-ignore */ path.resolve(file));
      const render = (scuCode: string) => () => Page({ params: Promise.resolve({ scuCode, ...extra }), searchParams: Promise.resolve({ mese: "2026-03" }) });
      expect((await answer(users.otherOlp, render("138935"))).status).toBe(403);
      expect((await answer(users.olp, render("138936"))).status).toBe(403);
      expect((await answer(users.admin, render("999999"))).status).toBe(404);
    }
  });

  it("a complaint's page refuses another desk's OLP (403) and writes no audit entry for them", async () => {
    const { default: Page } = await import(/* @vite-ignore */ path.resolve("app/(olp)/supervisione/reclami/[complaintId]/page.tsx"));
    const complaint = await fresh.db.complaint.findFirstOrThrow({ where: { sedeId: desk.sedeId } });
    const render = (complaintId: string) => () => Page({ params: Promise.resolve({ complaintId }), searchParams: Promise.resolve({}) });
    expect((await answer(users.otherOlp, render(complaint.id))).status).toBe(403);
    expect((await answer(users.admin, render("00000000-0000-4000-8000-000000000000"))).status).toBe(404);
    expect(await fresh.db.auditLog.count({ where: { action: "complaint.read", actorId: users.otherOlp } })).toBe(0);
  });
});

describe("the period of the address", () => {
  it("is read as the pages read it", () => {
    expect(parsePeriodQuery({ mese: "2026-03" }, NOW)).toEqual({ success: true, period: MARCH });
  });
});
