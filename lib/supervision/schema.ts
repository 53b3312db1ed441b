import { z } from "zod";

import { romeDayKey, romeMidnight } from "@/lib/calendar/time";

/** The longest period the figures cover at once: a year, leap day included. */
export const MAX_PERIOD_DAYS = 366;

/** Why a period in the address was refused: keys of `supervisionFigures.period.errors`. */
export type PeriodErrorKey = "repeated" | "month" | "from" | "to" | "incomplete" | "both" | "order" | "tooLong";

/** A period of Rome calendar days, both ends included ("YYYY-MM-DD"). */
export interface Period {
  kind: "month" | "range";
  from: string;
  to: string;
  /** The query string that names this period again, for links (CSV, activity, drill-down). */
  query: Record<string, string>;
}

export type PeriodParseResult = { success: true; period: Period } | { success: false; error: PeriodErrorKey };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Figures before the portal existed or far in the future are typing mistakes, not periods.
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

/** "2026-02-30" is not a day; "2026-02-28" is. */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isMonth(value: string): boolean {
  const match = MONTH.exec(value);
  return Boolean(match) && Number(match![1]) >= FIRST_YEAR && Number(match![1]) <= LAST_YEAR;
}

/** Calendar days from `from` to `to`, both included (date-only strings: no time zone involved). */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The last day of a month "YYYY-MM". */
function lastDayOfMonth(month: string): string {
  const [year, number] = month.split("-").map(Number);
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, "0")}`;
}

function monthPeriod(month: string): Period {
  return { kind: "month", from: `${month}-01`, to: lastDayOfMonth(month), query: { mese: month } };
}

/** An empty form field means the parameter is absent. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * The period of the address: `mese=YYYY-MM`, or `dal=YYYY-MM-DD&al=YYYY-MM-DD` (at most a year),
 * each from its own form. Unknown parameters are ignored.
 */
export const periodQuerySchema = z
  .object({
    mese: z.preprocess(blankToUndefined, z.string().trim().refine(isMonth, "month").optional()),
    dal: z.preprocess(blankToUndefined, z.string().trim().refine(isCalendarDay, "from").optional()),
    al: z.preprocess(blankToUndefined, z.string().trim().refine(isCalendarDay, "to").optional()),
  })
  .superRefine((query, context) => {
    if (query.mese && (query.dal || query.al)) context.addIssue({ code: "custom", message: "both" });
    else if (Boolean(query.dal) !== Boolean(query.al)) context.addIssue({ code: "custom", message: "incomplete" });
    else if (query.dal && query.al) {
      if (query.al < query.dal) context.addIssue({ code: "custom", message: "order" });
      else if (periodDays(query.dal, query.al) > MAX_PERIOD_DAYS) context.addIssue({ code: "custom", message: "tooLong" });
    }
  });

const ERROR_KEYS: readonly PeriodErrorKey[] = ["repeated", "month", "from", "to", "incomplete", "both", "order", "tooLong"];

/** The period asked for in the query string; the current Rome month when none is. */
export function parsePeriodQuery(params: Record<string, string | string[] | undefined>, now: Date): PeriodParseResult {
  if (Array.isArray(params.mese) || Array.isArray(params.dal) || Array.isArray(params.al)) return { success: false, error: "repeated" };
  const parsed = periodQuerySchema.safeParse({ mese: params.mese, dal: params.dal, al: params.al });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message as PeriodErrorKey | undefined;
    return { success: false, error: message && ERROR_KEYS.includes(message) ? message : "month" };
  }
  const { mese, dal, al } = parsed.data;
  if (dal && al) return { success: true, period: { kind: "range", from: dal, to: al, query: { dal, al } } };
  return { success: true, period: monthPeriod(mese ?? romeDayKey(now).slice(0, 7)) };
}

/** `URLSearchParams` of a query record, as "?…" (or "" when empty). */
export function queryString(query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return search ? `?${search}` : "";
}

/** The instants a period spans: from Rome's midnight of its first day to the midnight after its last. */
export function periodInstants(period: Pick<Period, "from" | "to">): { start: Date; end: Date } {
  const [fy, fm, fd] = period.from.split("-").map(Number);
  const [ty, tm, td] = period.to.split("-").map(Number);
  // romeMidnight normalizes day 32 into the next month, as Date does.
  return { start: romeMidnight(fy, fm, fd), end: romeMidnight(ty, tm, td + 1) };
}

export const volunteerIdSchema = z.uuid();
