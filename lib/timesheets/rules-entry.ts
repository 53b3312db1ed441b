import { isDayKey, type DayKey } from "./rules-calendar";

// One day of a volunteer's timesheet and what it is worth under the project's rules. Pure: no clock,
// no database. Minutes are Rome wall-clock minutes of the day (0–1440), so a DST change (at 02:00–03:00
// on a Sunday) never alters a day's service time.

export type EntryKind = "SERVICE" | "TRAINING" | "PERMIT" | "SICKNESS" | "UNPAID";

export interface DayEntry {
  day: DayKey;
  kind: EntryKind;
  /** SERVICE and TRAINING only: wall-clock minute of the day, 570 = 09:30. */
  startMinute?: number | null;
  /** SERVICE and TRAINING only; 1440 is midnight at the end of the day (no service across midnight). */
  endMinute?: number | null;
  breakMinutes?: number | null;
}

/** A project's hours rules, as stated in its SCU document; all durations in minutes. */
export interface ProjectRules {
  /** e.g. 1145 h = 68 700. */
  annualServiceMinutes: number;
  /** e.g. 25 h = 1500; null when the project states only an annual total. */
  weeklyAverageMinutes: number | null;
  /** e.g. 20 h = 1200, or 12 h = 720; null when none. */
  weeklyMinimumMinutes: number | null;
  /** 5 or 6: the SCU allows either. */
  serviceDaysPerWeek: number;
}

/**
 * Longest service day we accept, 10 h. The SCU has no overtime for volunteers and allows longer days
 * only exceptionally (an event); beyond 10 h of work a day is almost surely a typing error.
 */
export const MAX_DAILY_SERVICE_MINUTES = 10 * 60;

const MINUTES_PER_DAY = 24 * 60;

/** Kinds that are time at the desk or in training, with start, end and break. */
export const WORKED_KINDS: readonly EntryKind[] = ["SERVICE", "TRAINING"];
/** Kinds that fill a service day: they count towards the service days of a week. */
export const SERVICE_DAY_KINDS: readonly EntryKind[] = ["SERVICE", "TRAINING", "PERMIT", "SICKNESS"];

/**
 * Problems of a single entry. Stable codes, for localized messages; `values` holds their numbers:
 * - `invalid_day`: the day is not a "YYYY-MM-DD" calendar day. {}
 * - `missing_times`: service or training without start or end. {}
 * - `invalid_minute`: a time or break that is not a whole minute of the day. {}
 * - `end_before_start`: end at or before start. { startMinute, endMinute }
 * - `negative_break`: { breakMinutes }
 * - `break_too_long`: the break fills the whole span. { breakMinutes, spanMinutes }
 * - `too_long`: more than MAX_DAILY_SERVICE_MINUTES of work. { minutes, limit }
 * - `unexpected_times`: an absence that carries times or a break. {}
 */
export type EntryProblemCode =
  | "invalid_day"
  | "missing_times"
  | "invalid_minute"
  | "end_before_start"
  | "negative_break"
  | "break_too_long"
  | "too_long"
  | "unexpected_times";

export interface EntryProblem {
  code: EntryProblemCode;
  values: Record<string, number>;
}

const isWorked = (kind: EntryKind) => WORKED_KINDS.includes(kind);
const isMinuteOfDay = (value: number) => Number.isInteger(value) && value >= 0 && value <= MINUTES_PER_DAY;
const present = (value: number | null | undefined): value is number => value !== null && value !== undefined;

type WorkedTime = { ok: true; minutes: number } | { ok: false; problem: EntryProblem };

/** The worked minutes of a service or training entry, or what keeps them from being counted. */
function workedTime(entry: DayEntry): WorkedTime {
  const { startMinute: start, endMinute: end } = entry;
  const breakMinutes = entry.breakMinutes ?? 0;
  const refuse = (code: EntryProblemCode, values: Record<string, number> = {}): WorkedTime => ({ ok: false, problem: { code, values } });
  if (!present(start) || !present(end)) return refuse("missing_times");
  if (!isMinuteOfDay(start) || !isMinuteOfDay(end) || !Number.isInteger(breakMinutes)) return refuse("invalid_minute");
  if (breakMinutes < 0) return refuse("negative_break", { breakMinutes });
  if (end <= start) return refuse("end_before_start", { startMinute: start, endMinute: end });
  if (breakMinutes >= end - start) return refuse("break_too_long", { breakMinutes, spanMinutes: end - start });
  return { ok: true, minutes: end - start - breakMinutes };
}

/** The problems of `entry`, none when it is well formed. A `too_long` day still counts its minutes. */
export function validateEntry(entry: DayEntry): EntryProblem[] {
  const problems: EntryProblem[] = [];
  if (!isDayKey(entry.day)) problems.push({ code: "invalid_day", values: {} });
  if (!isWorked(entry.kind)) {
    const hasTimes = present(entry.startMinute) || present(entry.endMinute) || (entry.breakMinutes ?? 0) !== 0;
    if (hasTimes) problems.push({ code: "unexpected_times", values: {} });
    return problems;
  }
  const worked = workedTime(entry);
  if (!worked.ok) problems.push(worked.problem);
  else if (worked.minutes > MAX_DAILY_SERVICE_MINUTES) {
    problems.push({ code: "too_long", values: { minutes: worked.minutes, limit: MAX_DAILY_SERVICE_MINUTES } });
  }
  return problems;
}

/**
 * The minutes a paid absence is worth: the project's standard day, its weekly average over its
 * service days (25 h / 5 = 5 h), or, without an average, its annual hours spread over 52 weeks
 * (1400 h / 52 / 6 ≈ 4 h 29 min).
 */
export function standardDayMinutes(rules: ProjectRules): number {
  const weekly = rules.weeklyAverageMinutes ?? rules.annualServiceMinutes / 52;
  return Math.round(weekly / rules.serviceDaysPerWeek);
}

/**
 * The service minutes an entry is worth: worked time for service and training (training is service
 * time), the standard day for a permit or sick day, nothing for unpaid leave. A malformed worked
 * entry is worth nothing until corrected (validateEntry says why).
 */
export function creditedMinutes(entry: DayEntry, rules: ProjectRules): number {
  switch (entry.kind) {
    case "SERVICE":
    case "TRAINING": {
      const worked = workedTime(entry);
      return worked.ok ? worked.minutes : 0;
    }
    case "PERMIT":
    case "SICKNESS":
      return standardDayMinutes(rules);
    case "UNPAID":
      return 0;
  }
}
