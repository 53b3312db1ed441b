import type { DbClient } from "@/lib/db";
import type { Autonomy, Channel, NotPossibleReason, VisitOutcome } from "@/lib/generated/prisma/client";

import { loadFeedbackFigures, type ComplaintFigures, type SatisfactionFigures } from "./feedback-figures";
import { periodInstants, type Period } from "./schema";

export const CHANNELS = ["ONLINE", "PHONE", "WALK_IN"] as const satisfies readonly Channel[];
export const OUTCOMES = ["COMPLETED", "PARTIAL", "NOT_POSSIBLE", "NO_SHOW"] as const satisfies readonly VisitOutcome[];
export const NOT_POSSIBLE_REASONS = [
  "MISSING_DOCUMENT",
  "EXPIRED_DOCUMENT",
  "NO_EMAIL_OR_PHONE",
  "NOT_ELIGIBLE",
  "SYSTEM_UNAVAILABLE",
  "OTHER",
] as const satisfies readonly NotPossibleReason[];
export const AUTONOMY_LEVELS = ["NEEDED_HELP", "WITH_GUIDANCE", "ALONE"] as const satisfies readonly Autonomy[];

/** Median and 90th percentile of a set of durations, in minutes to one decimal; null without data. */
export interface Durations {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface ServiceFigures {
  serviceCode: string;
  serviceName: string;
  /** Tickets of the service in the period. */
  contacts: number;
  served: number;
  /** Start → end of the service's contacts served. */
  serviceMinutes: Durations;
  /** Questionnaires about the service's contacts, and their mean overall rating (1–5, two decimals). */
  satisfaction: { answered: number; overallMean: number | null };
}

export interface DayFigures {
  /** Rome calendar day, "YYYY-MM-DD". */
  day: string;
  contacts: number;
  served: number;
  /** Median arrival → call of the day's contacts called; null when nobody was called. */
  medianWaitMinutes: number | null;
}

export interface DeskFigures {
  period: { from: string; to: string };
  /** Appointments of the period (by their time) not cancelled, and by the channel they came from. */
  bookings: { total: number; byChannel: Record<(typeof CHANNELS)[number], number> };
  /** Appointments of the period (by their time) that were cancelled. */
  cancellations: number;
  /** Tickets given: every contact at the desk, booked or not. */
  contacts: number;
  /** Contacts without an appointment. */
  walkIns: number;
  /** Contacts closed with an outcome other than "no-show". */
  served: number;
  /** Arrival → call, of every contact called. */
  waitMinutes: Durations;
  /** Start → end, of every contact served. */
  serviceMinutes: Durations;
  services: ServiceFigures[];
  /**
   * Appointments due (not cancelled, time already come) and those marked as no-shows; `rate` is
   * noShows / due. `unrecorded` are due appointments still "booked" after their end: nobody checked
   * the citizen in nor marked the no-show.
   */
  noShows: { due: number; noShows: number; rate: number | null; unrecorded: number };
  outcomes: Record<(typeof OUTCOMES)[number], number>;
  notPossibleReasons: Record<(typeof NOT_POSSIBLE_REASONS)[number], number>;
  autonomy: Record<(typeof AUTONOMY_LEVELS)[number], number>;
  /** Every day of the period, with or without contacts. */
  days: DayFigures[];
  /** Questionnaires about the period's contacts. */
  satisfaction: SatisfactionFigures;
  /** Complaints, reports and praise received in the period about the desk. */
  complaints: ComplaintFigures;
}

export interface DeskFiguresInput {
  sedeId: string;
  period: Pick<Period, "from" | "to">;
  /** Appointments whose time has come by now are "due". */
  now: Date;
  locale: "it" | "en";
}

const durations = (count: number, median: number | null, p90: number | null): Durations => ({ count, median, p90 });

/**
 * The figures of a desk over a period of Rome days: bookings, cancellations, contacts, waiting and
 * service times (median and 90th percentile, computed by PostgreSQL's percentile_cont), no-shows,
 * outcomes and autonomy, per service and per day. Counts only: no citizen's data leaves the database.
 */
export async function loadDeskFigures(db: DbClient, input: DeskFiguresInput): Promise<DeskFigures> {
  const { sedeId, period, now, locale } = input;
  const { start, end } = periodInstants(period);

  const [appointments, visits, services, days] = await Promise.all([
    db.$queryRaw<
      { total: number; online: number; phone: number; walk_in: number; cancelled: number; due: number; no_shows: number; unrecorded: number }[]
    >`
      SELECT count(*) FILTER (WHERE a."status" <> 'CANCELLED')::int AS total,
             count(*) FILTER (WHERE a."status" <> 'CANCELLED' AND a."channel" = 'ONLINE')::int AS online,
             count(*) FILTER (WHERE a."status" <> 'CANCELLED' AND a."channel" = 'PHONE')::int AS phone,
             count(*) FILTER (WHERE a."status" <> 'CANCELLED' AND a."channel" = 'WALK_IN')::int AS walk_in,
             count(*) FILTER (WHERE a."status" = 'CANCELLED')::int AS cancelled,
             count(*) FILTER (WHERE a."status" <> 'CANCELLED' AND a."startsAt" <= ${now}::timestamptz)::int AS due,
             count(*) FILTER (WHERE a."status" = 'NO_SHOW' AND a."startsAt" <= ${now}::timestamptz)::int AS no_shows,
             count(*) FILTER (WHERE a."status" = 'BOOKED' AND a."endsAt" <= ${now}::timestamptz)::int AS unrecorded
      FROM "Appointment" a
      WHERE a."sedeId" = ${sedeId}::uuid AND a."startsAt" >= ${start}::timestamptz AND a."startsAt" < ${end}::timestamptz`,
    db.$queryRaw<
      ({
        contacts: number;
        walk_ins: number;
        served: number;
        waits: number;
        wait_median: number | null;
        wait_p90: number | null;
        services: number;
        service_median: number | null;
        service_p90: number | null;
      } & Record<string, number>)[]
    >`
      WITH v AS (
        SELECT *,
               (extract(epoch FROM "calledAt" - "arrivedAt") / 60)::float8 AS wait,
               CASE WHEN "status" = 'DONE' THEN (extract(epoch FROM "endedAt" - "startedAt") / 60)::float8 END AS service
        FROM "Visit"
        WHERE "sedeId" = ${sedeId}::uuid AND "day" BETWEEN ${period.from}::date AND ${period.to}::date
      )
      SELECT count(*)::int AS contacts,
             count(*) FILTER (WHERE "appointmentId" IS NULL)::int AS walk_ins,
             count(*) FILTER (WHERE "status" = 'DONE' AND "outcome" <> 'NO_SHOW')::int AS served,
             count(wait)::int AS waits,
             round(percentile_cont(0.5) WITHIN GROUP (ORDER BY wait)::numeric, 1)::float8 AS wait_median,
             round(percentile_cont(0.9) WITHIN GROUP (ORDER BY wait)::numeric, 1)::float8 AS wait_p90,
             count(service)::int AS services,
             round(percentile_cont(0.5) WITHIN GROUP (ORDER BY service)::numeric, 1)::float8 AS service_median,
             round(percentile_cont(0.9) WITHIN GROUP (ORDER BY service)::numeric, 1)::float8 AS service_p90,
             count(*) FILTER (WHERE "outcome" = 'COMPLETED')::int AS "COMPLETED",
             count(*) FILTER (WHERE "outcome" = 'PARTIAL')::int AS "PARTIAL",
             count(*) FILTER (WHERE "outcome" = 'NOT_POSSIBLE')::int AS "NOT_POSSIBLE",
             count(*) FILTER (WHERE "outcome" = 'NO_SHOW')::int AS "NO_SHOW",
             count(*) FILTER (WHERE "notPossibleReason" = 'MISSING_DOCUMENT')::int AS "MISSING_DOCUMENT",
             count(*) FILTER (WHERE "notPossibleReason" = 'EXPIRED_DOCUMENT')::int AS "EXPIRED_DOCUMENT",
             count(*) FILTER (WHERE "notPossibleReason" = 'NO_EMAIL_OR_PHONE')::int AS "NO_EMAIL_OR_PHONE",
             count(*) FILTER (WHERE "notPossibleReason" = 'NOT_ELIGIBLE')::int AS "NOT_ELIGIBLE",
             count(*) FILTER (WHERE "notPossibleReason" = 'SYSTEM_UNAVAILABLE')::int AS "SYSTEM_UNAVAILABLE",
             count(*) FILTER (WHERE "notPossibleReason" = 'OTHER')::int AS "OTHER",
             count(*) FILTER (WHERE "autonomy" = 'NEEDED_HELP')::int AS "NEEDED_HELP",
             count(*) FILTER (WHERE "autonomy" = 'WITH_GUIDANCE')::int AS "WITH_GUIDANCE",
             count(*) FILTER (WHERE "autonomy" = 'ALONE')::int AS "ALONE"
      FROM v`,
    db.$queryRaw<
      {
        code: string;
        name: string;
        contacts: number;
        served: number;
        services: number;
        service_median: number | null;
        service_p90: number | null;
        answered: number;
        overall_mean: number | null;
      }[]
    >`
      SELECT s."code", COALESCE(t."name", s."code") AS name,
             count(*)::int AS contacts,
             count(*) FILTER (WHERE v."status" = 'DONE' AND v."outcome" <> 'NO_SHOW')::int AS served,
             count(v.service)::int AS services,
             round(percentile_cont(0.5) WITHIN GROUP (ORDER BY v.service)::numeric, 1)::float8 AS service_median,
             round(percentile_cont(0.9) WITHIN GROUP (ORDER BY v.service)::numeric, 1)::float8 AS service_p90,
             count(sa."visitId")::int AS answered,
             round(avg(sa."overall"), 2)::float8 AS overall_mean
      FROM (
        SELECT "id", "serviceId", "status", "outcome",
               CASE WHEN "status" = 'DONE' THEN (extract(epoch FROM "endedAt" - "startedAt") / 60)::float8 END AS service
        FROM "Visit"
        WHERE "sedeId" = ${sedeId}::uuid AND "day" BETWEEN ${period.from}::date AND ${period.to}::date
      ) v
      JOIN "Service" s ON s."id" = v."serviceId"
      LEFT JOIN "SatisfactionAnswer" sa ON sa."visitId" = v."id"
      LEFT JOIN "ServiceTranslation" t ON t."serviceId" = s."id" AND t."locale" = ${locale}
      GROUP BY s."id", s."code", s."sortOrder", t."name"
      ORDER BY s."sortOrder", s."code"`,
    db.$queryRaw<{ day: string; contacts: number; served: number; wait_median: number | null }[]>`
      SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
             count(v."id")::int AS contacts,
             count(v."id") FILTER (WHERE v."status" = 'DONE' AND v."outcome" <> 'NO_SHOW')::int AS served,
             round(percentile_cont(0.5) WITHIN GROUP (ORDER BY (extract(epoch FROM v."calledAt" - v."arrivedAt") / 60)::float8)::numeric, 1)::float8 AS wait_median
      FROM generate_series(${period.from}::date, ${period.to}::date, interval '1 day') AS d(day)
      LEFT JOIN "Visit" v ON v."sedeId" = ${sedeId}::uuid AND v."day" = d.day::date
      GROUP BY d.day
      ORDER BY d.day`,
  ]);

  const a = appointments[0];
  const v = visits[0];
  const feedback = await loadFeedbackFigures(db, { sedeId, period, served: v.served, now });
  const pick = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, v[key]])) as Record<K, number>;
  return {
    period: { from: period.from, to: period.to },
    bookings: { total: a.total, byChannel: { ONLINE: a.online, PHONE: a.phone, WALK_IN: a.walk_in } },
    cancellations: a.cancelled,
    contacts: v.contacts,
    walkIns: v.walk_ins,
    served: v.served,
    waitMinutes: durations(v.waits, v.wait_median, v.wait_p90),
    serviceMinutes: durations(v.services, v.service_median, v.service_p90),
    services: services.map((row) => ({
      serviceCode: row.code,
      serviceName: row.name,
      contacts: row.contacts,
      served: row.served,
      serviceMinutes: durations(row.services, row.service_median, row.service_p90),
      satisfaction: { answered: row.answered, overallMean: row.overall_mean },
    })),
    noShows: { due: a.due, noShows: a.no_shows, rate: a.due > 0 ? a.no_shows / a.due : null, unrecorded: a.unrecorded },
    outcomes: pick(OUTCOMES),
    notPossibleReasons: pick(NOT_POSSIBLE_REASONS),
    autonomy: pick(AUTONOMY_LEVELS),
    days: days.map((row) => ({ day: row.day, contacts: row.contacts, served: row.served, medianWaitMinutes: row.wait_median })),
    satisfaction: feedback.satisfaction,
    complaints: feedback.complaints,
  };
}
