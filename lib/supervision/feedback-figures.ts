import type { DbClient } from "@/lib/db";

import { periodInstants, type Period } from "./schema";

export const RATING_VALUES = [1, 2, 3, 4, 5] as const;
export const SATISFACTION_ITEMS = ["clarity", "waiting", "courtesy"] as const;
export const MANAGE_ALONE_ANSWERS = ["YES", "NO", "NOT_SURE"] as const;
export const COMPLAINT_KINDS = ["COMPLAINT", "REPORT", "PRAISE"] as const;

export interface SatisfactionFigures {
  /** Questionnaires answered about the period's contacts (by the contact's Rome day). */
  answered: number;
  /** Answers ÷ contacts served in the period; null when none was served. */
  responseRate: number | null;
  /** Mean overall satisfaction (1–5) to two decimals; null without answers. */
  overallMean: number | null;
  /** How many answered 1, 2, … 5. */
  overall: Record<`${(typeof RATING_VALUES)[number]}`, number>;
  /** Each specific item: how many rated it, and the mean of those ratings. */
  items: Record<(typeof SATISFACTION_ITEMS)[number], { count: number; mean: number | null }>;
  manageAlone: Record<(typeof MANAGE_ALONE_ANSWERS)[number], number>;
  /** Share of answers saying "yes, alone next time"; null without answers. */
  manageAloneShare: number | null;
}

export interface ComplaintFigures {
  /** Received in the period (by their Rome day), about this desk. */
  received: number;
  byKind: Record<(typeof COMPLAINT_KINDS)[number], number>;
  answered: number;
  closed: number;
  /** Received in the period and still unanswered past their deadline. */
  overdue: number;
  /** Median days from receipt to answer, of those answered, to one decimal; null when none. */
  medianDaysToAnswer: number | null;
}

/**
 * The satisfaction questionnaires and the complaints of a desk over a period, counted by
 * PostgreSQL. Answers count with their contact's Rome day, so the response rate divides like by
 * like; complaints with the Rome day they were received.
 */
export async function loadFeedbackFigures(
  db: DbClient,
  input: { sedeId: string; period: Pick<Period, "from" | "to">; served: number; now: Date },
): Promise<{ satisfaction: SatisfactionFigures; complaints: ComplaintFigures }> {
  const { sedeId, period, now } = input;
  const { start, end } = periodInstants(period);
  const [answers, complaints] = await Promise.all([
    db.$queryRaw<Record<string, number | null>[]>`
      SELECT count(*)::int AS answered,
             round(avg(a."overall"), 2)::float8 AS overall_mean,
             count(*) FILTER (WHERE a."overall" = 1)::int AS "1",
             count(*) FILTER (WHERE a."overall" = 2)::int AS "2",
             count(*) FILTER (WHERE a."overall" = 3)::int AS "3",
             count(*) FILTER (WHERE a."overall" = 4)::int AS "4",
             count(*) FILTER (WHERE a."overall" = 5)::int AS "5",
             count(a."clarity")::int AS clarity_count, round(avg(a."clarity"), 2)::float8 AS clarity_mean,
             count(a."waiting")::int AS waiting_count, round(avg(a."waiting"), 2)::float8 AS waiting_mean,
             count(a."courtesy")::int AS courtesy_count, round(avg(a."courtesy"), 2)::float8 AS courtesy_mean,
             count(*) FILTER (WHERE a."manageAlone" = 'YES')::int AS "YES",
             count(*) FILTER (WHERE a."manageAlone" = 'NO')::int AS "NO",
             count(*) FILTER (WHERE a."manageAlone" = 'NOT_SURE')::int AS "NOT_SURE"
      FROM "SatisfactionAnswer" a
      JOIN "Visit" v ON v."id" = a."visitId"
      WHERE v."sedeId" = ${sedeId}::uuid AND v."day" BETWEEN ${period.from}::date AND ${period.to}::date`,
    db.$queryRaw<Record<string, number | null>[]>`
      SELECT count(*)::int AS received,
             count(*) FILTER (WHERE "kind" = 'COMPLAINT')::int AS "COMPLAINT",
             count(*) FILTER (WHERE "kind" = 'REPORT')::int AS "REPORT",
             count(*) FILTER (WHERE "kind" = 'PRAISE')::int AS "PRAISE",
             count(*) FILTER (WHERE "status" = 'ANSWERED')::int AS answered,
             count(*) FILTER (WHERE "status" = 'CLOSED')::int AS closed,
             count(*) FILTER (WHERE "status" IN ('RECEIVED', 'IN_PROGRESS') AND "dueAt" < ${now}::timestamptz)::int AS overdue,
             round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "answeredAt" - "receivedAt") / 86400)::numeric, 1)::float8 AS median_days
      FROM "Complaint"
      WHERE "sedeId" = ${sedeId}::uuid AND "receivedAt" >= ${start}::timestamptz AND "receivedAt" < ${end}::timestamptz`,
  ]);
  const a = answers[0];
  const c = complaints[0];
  const n = (key: string, row: Record<string, number | null>) => row[key] ?? 0;
  const answered = n("answered", a);
  return {
    satisfaction: {
      answered,
      responseRate: input.served > 0 ? answered / input.served : null,
      overallMean: a.overall_mean,
      overall: { "1": n("1", a), "2": n("2", a), "3": n("3", a), "4": n("4", a), "5": n("5", a) },
      items: {
        clarity: { count: n("clarity_count", a), mean: a.clarity_mean },
        waiting: { count: n("waiting_count", a), mean: a.waiting_mean },
        courtesy: { count: n("courtesy_count", a), mean: a.courtesy_mean },
      },
      manageAlone: { YES: n("YES", a), NO: n("NO", a), NOT_SURE: n("NOT_SURE", a) },
      manageAloneShare: answered > 0 ? n("YES", a) / answered : null,
    },
    complaints: {
      received: n("received", c),
      byKind: { COMPLAINT: n("COMPLAINT", c), REPORT: n("REPORT", c), PRAISE: n("PRAISE", c) },
      answered: n("answered", c),
      closed: n("closed", c),
      overdue: n("overdue", c),
      medianDaysToAnswer: c.median_days,
    },
  };
}
