import { addDays, calendarDays, isDayKey, isNationalHoliday, weekStartOf, type CalendarDay, type DayKey } from "./rules-calendar";
import {
  creditedMinutes,
  SERVICE_DAY_KINDS,
  standardDayMinutes,
  validateEntry,
  WORKED_KINDS,
  type DayEntry,
  type EntryProblemCode,
  type ProjectRules,
} from "./rules-entry";

export { creditedMinutes, MAX_DAILY_SERVICE_MINUTES, standardDayMinutes, validateEntry } from "./rules-entry";
export type { DayEntry, EntryKind, EntryProblem, EntryProblemCode, ProjectRules } from "./rules-entry";

/*
 * The SCU volunteer hours rules over a year of service, as pure functions of the timesheet: no clock
 * (the caller says which day is `today`), no database. They warn before a rule is broken, not only after.
 *
 * How the timesheet is read
 * - Every entry inside the enrolment counts, planned ones after `today` included (a permit is booked
 *   ahead, and spends the allowance when booked).
 * - A week is ISO (Monday–Sunday, Rome days). The project's "service weekdays" are the first
 *   `serviceDaysPerWeek` days of it: Monday–Friday for 5, Monday–Saturday for 6.
 * - A week's expected days are its service weekdays inside the enrolment that are not national
 *   holidays. The weekly minimum is scaled by them: minimum × expectedDays / serviceDaysPerWeek, so a
 *   first week starting on Wednesday (5-day project) expects 3/5 of it, a week with 2 June 4/5.
 * - The days-per-week limit protects rest days, so only the enrolment cuts it, in proportion to the
 *   calendar days enrolled: ceil(serviceDaysPerWeek × enrolledDays / 7). A holiday does not: serving
 *   on one is its own warning.
 * - An open service day is an expected day, from `today` on, with no entry yet: what the volunteer
 *   can still serve. Today is open until its entry is recorded.
 * - Permit and sick days count as the project's standard day (rules-entry.ts), so a week of absences
 *   meets the minimum; unpaid leave counts nothing and does not lower the minimum.
 *
 * Findings: `rule` groups them, `code` is the stable key of the message (the UI localizes
 * `timesheets.findings.<rule>.<code>` with `values`, all whole numbers, durations in minutes).
 * | rule            | code                  | level     | at        | values
 * | entry           | <EntryProblemCode>    | violation | day       | see rules-entry.ts
 * | entry           | duplicate_day         | violation | day       | {}
 * | entry           | outside_enrolment     | violation | day       | {}
 * | holiday_service | service_on_holiday    | warning   | day, week | minutes
 * | weekly_minimum  | under_minimum         | violation | week      | minutes, minimumMinutes
 * | weekly_minimum  | minimum_at_risk       | warning   | week      | minutes, minimumMinutes, remainingServiceDays, reachableMinutes
 * | days_per_week   | too_many_days         | violation | week      | serviceDays, maxDays
 * | days_per_week   | limit_reached         | warning   | week      | serviceDays, maxDays, remainingDays
 * | weekly_average  | below_average         | warning   |           | averageMinutes, weeklyAverageMinutes, thresholdMinutes, weeks
 * | annual          | pace_above_target     | warning   |           | pace values + targetWeeklyPace
 * | annual          | pace_unreachable      | violation |           | pace values + maxWeeklyPace
 * | annual          | hours_missing         | violation |           | creditedMinutes, annualMinutes, remainingMinutes
 * | permits         | allowance_nearly_used | warning   |           | usedDays, allowedDays, leftDays
 * | permits         | allowance_exceeded    | violation |           | usedDays, allowedDays, excessDays
 * | sickness        | (as permits)          |           |           |
 * Pace values: creditedMinutes, annualMinutes, remainingMinutes, remainingServiceDays, requiredWeeklyPace.
 */

/** Paid permit days of a 12-month SCU enrolment (DPCM 14 January 2019 on entities and volunteers). */
export const PERMIT_DAYS_PER_YEAR = 20;
/** Paid sick days of a 12-month enrolment; more must be recorded as unpaid. */
export const SICKNESS_DAYS_PER_YEAR = 15;
/** An allowance warns once this many days or fewer are left. */
export const ALLOWANCE_WARNING_DAYS_LEFT = 2;
/**
 * The fastest weekly pace we call reachable: 36 h, the full-time week of the municipal staff the
 * volunteers serve beside (CCNL Funzioni locali). The SCU has no overtime, so asking a volunteer for
 * more than a full-time employee's week is not a plan.
 */
export const MAX_WEEKLY_PACE_MINUTES = 36 * 60;
/**
 * Without a weekly average, the pace warns above the plain pace (annual hours over the enrolment's
 * expected weeks) plus 10%: a little slack absorbs a short week, more means falling behind.
 */
export const PACE_WARNING_RATIO = 1.1;
/** The average of the finished weeks warns when more than 10% under the project's weekly average, */
export const WEEKLY_AVERAGE_TOLERANCE = 0.1;
/** once 4 weeks are finished: before that one short week is noise, and the weekly minimum speaks for it. */
export const WEEKLY_AVERAGE_MIN_WEEKS = 4;

export interface Enrolment {
  startsOn: DayKey;
  endsOn: DayKey;
}

/** Paid absence days of the enrolment; shorter projects state fewer (the contract says how many). */
export interface Allowances {
  permitDays: number;
  sicknessDays: number;
}

export interface WeekSummary {
  /** Monday. */
  weekStart: DayKey;
  /** Credited minutes of the week's entries inside the enrolment. */
  minutes: number;
  /** Days with a SERVICE, TRAINING, PERMIT or SICKNESS entry. */
  serviceDays: number;
  /** Days of the week inside the enrolment: 7 unless `partial`. */
  enrolledDays: number;
  /** Service weekdays inside the enrolment that are not national holidays. */
  expectedDays: number;
  /** The weekly minimum scaled by expectedDays; null when the project has none. */
  expectedMinimum: number | null;
  /** Most service days allowed this week. */
  maxDays: number;
  /** The enrolment starts or ends within the week. */
  partial: boolean;
  /** National holidays that took a service weekday of the enrolment off the expected days. */
  holidays: DayKey[];
}

type PaceValues = {
  creditedMinutes: number;
  annualMinutes: number;
  remainingMinutes: number;
  remainingServiceDays: number;
  requiredWeeklyPace: number;
};
type AllowanceRule = "permits" | "sickness";

export type Finding =
  | { rule: "entry"; code: EntryProblemCode | "duplicate_day" | "outside_enrolment"; level: "violation"; day: string; values: Record<string, number> }
  | { rule: "holiday_service"; code: "service_on_holiday"; level: "warning"; day: DayKey; weekStart: DayKey; values: { minutes: number } }
  | { rule: "weekly_minimum"; code: "under_minimum"; level: "violation"; weekStart: DayKey; values: { minutes: number; minimumMinutes: number } }
  | {
      rule: "weekly_minimum";
      code: "minimum_at_risk";
      level: "warning";
      weekStart: DayKey;
      values: { minutes: number; minimumMinutes: number; remainingServiceDays: number; reachableMinutes: number };
    }
  | { rule: "days_per_week"; code: "too_many_days"; level: "violation"; weekStart: DayKey; values: { serviceDays: number; maxDays: number } }
  | {
      rule: "days_per_week";
      code: "limit_reached";
      level: "warning";
      weekStart: DayKey;
      values: { serviceDays: number; maxDays: number; remainingDays: number };
    }
  | {
      rule: "weekly_average";
      code: "below_average";
      level: "warning";
      values: { averageMinutes: number; weeklyAverageMinutes: number; thresholdMinutes: number; weeks: number };
    }
  | { rule: "annual"; code: "pace_above_target"; level: "warning"; values: PaceValues & { targetWeeklyPace: number } }
  | { rule: "annual"; code: "pace_unreachable"; level: "violation"; values: PaceValues & { maxWeeklyPace: number } }
  | { rule: "annual"; code: "hours_missing"; level: "violation"; values: { creditedMinutes: number; annualMinutes: number; remainingMinutes: number } }
  | { rule: AllowanceRule; code: "allowance_nearly_used"; level: "warning"; values: { usedDays: number; allowedDays: number; leftDays: number } }
  | { rule: AllowanceRule; code: "allowance_exceeded"; level: "violation"; values: { usedDays: number; allowedDays: number; excessDays: number } };

export interface Totals {
  /** Credited minutes of every entry inside the enrolment. */
  minutes: number;
  permitDays: number;
  sicknessDays: number;
  /** Minutes still missing to the annual total (0 once reached). */
  remainingMinutes: number;
  /** Open service days left in the enrolment. */
  remainingServiceDays: number;
  /** Minutes per full week needed on the open days to reach the annual total; null when none are left. */
  requiredWeeklyPace: number | null;
  /** Average of the finished weeks, a short week weighed by its expected days; null before the first ends. */
  averageWeekly: number | null;
}

export interface RulesInput {
  entries: DayEntry[];
  rules: ProjectRules;
  enrolment: Enrolment;
  /** The Rome day the check is made on. */
  today: DayKey;
  allowances?: Allowances;
}

export interface RulesReport {
  totals: Totals;
  weeks: WeekSummary[];
  /** Entries by day, then weeks in order, then the whole enrolment's. */
  findings: Finding[];
}

function assertInput(rules: ProjectRules, enrolment: Enrolment): void {
  const positive = (value: number | null) => value === null || (Number.isInteger(value) && value > 0);
  const { serviceDaysPerWeek: days } = rules;
  if (!positive(rules.annualServiceMinutes) || !positive(rules.weeklyAverageMinutes) || !positive(rules.weeklyMinimumMinutes)) {
    throw new RangeError("Project hours must be positive whole minutes");
  }
  if (!Number.isInteger(days) || days < 1 || days > 7) throw new RangeError(`Not a number of service days per week: ${days}`);
  if (!isDayKey(enrolment.startsOn) || !isDayKey(enrolment.endsOn) || enrolment.endsOn < enrolment.startsOn) {
    throw new RangeError(`Not an enrolment: ${enrolment.startsOn}..${enrolment.endsOn}`);
  }
}

/** The entries that count, one per day, and those that do not, with why. */
interface Ledger {
  byDay: Map<DayKey, DayEntry>;
  rejected: { entry: DayEntry; code: "invalid_day" | "duplicate_day" | "outside_enrolment" }[];
}

function ledgerOf(entries: DayEntry[], enrolment: Enrolment): Ledger {
  const ledger: Ledger = { byDay: new Map(), rejected: [] };
  for (const entry of entries) {
    if (!isDayKey(entry.day)) ledger.rejected.push({ entry, code: "invalid_day" });
    else if (entry.day < enrolment.startsOn || entry.day > enrolment.endsOn) ledger.rejected.push({ entry, code: "outside_enrolment" });
    // The database keeps one entry per day; a second one here is a caller's bug, counted once.
    else if (ledger.byDay.has(entry.day)) ledger.rejected.push({ entry, code: "duplicate_day" });
    else ledger.byDay.set(entry.day, entry);
  }
  return ledger;
}

/** What every rule looks at: the project, the enrolment's entries and its whole weeks, day by day. */
interface Context {
  rules: ProjectRules;
  enrolment: Enrolment;
  ledger: Ledger;
  /** From the Monday of the first week to the Sunday of the last. */
  span: readonly CalendarDay[];
  position: Map<DayKey, number>;
}

function contextOf(entries: DayEntry[], rules: ProjectRules, enrolment: Enrolment): Context {
  assertInput(rules, enrolment);
  const span = calendarDays(weekStartOf(enrolment.startsOn), addDays(weekStartOf(enrolment.endsOn), 6));
  const position = new Map(span.map((calendarDay, i) => [calendarDay.day, i]));
  return { rules, enrolment, ledger: ledgerOf(entries, enrolment), span, position };
}

/** The Sunday of the week starting on `weekStart`, a Monday of the span. */
const sundayOf = (context: Context, weekStart: DayKey) => context.span[(context.position.get(weekStart) ?? 0) + 6].day;

const minDay = (a: DayKey, b: DayKey) => (a < b ? a : b);
const maxDay = (a: DayKey, b: DayKey) => (a > b ? a : b);

/** The enrolled days from `from` to `to`, both included. */
function enrolledBetween(context: Context, from: DayKey, to: DayKey): readonly CalendarDay[] {
  const first = context.position.get(maxDay(from, context.enrolment.startsOn));
  const last = context.position.get(minDay(to, context.enrolment.endsOn));
  if (first === undefined || last === undefined || first > last) return [];
  return context.span.slice(first, last + 1);
}

/** A service weekday of the project (Monday–Friday for 5 days) that is not a national holiday. */
const isExpected = (calendarDay: CalendarDay, rules: ProjectRules) => calendarDay.weekday <= rules.serviceDaysPerWeek && !calendarDay.nationalHoliday;

/** Expected days from `from` to `to` that have no entry yet. */
function openServiceDays(context: Context, from: DayKey, to: DayKey): number {
  return enrolledBetween(context, from, to).filter((calendarDay) => isExpected(calendarDay, context.rules) && !context.ledger.byDay.has(calendarDay.day)).length;
}

function summarizeWeek(context: Context, weekStart: DayKey): WeekSummary {
  const { rules, ledger } = context;
  const summary: WeekSummary = {
    weekStart,
    minutes: 0,
    serviceDays: 0,
    enrolledDays: 0,
    expectedDays: 0,
    expectedMinimum: null,
    maxDays: 0,
    partial: false,
    holidays: [],
  };
  for (const calendarDay of enrolledBetween(context, weekStart, sundayOf(context, weekStart))) {
    summary.enrolledDays++;
    const entry = ledger.byDay.get(calendarDay.day);
    if (entry) {
      summary.minutes += creditedMinutes(entry, rules);
      if (SERVICE_DAY_KINDS.includes(entry.kind)) summary.serviceDays++;
    }
    if (isExpected(calendarDay, rules)) summary.expectedDays++;
    else if (calendarDay.weekday <= rules.serviceDaysPerWeek) summary.holidays.push(calendarDay.day);
  }
  const perWeek = rules.serviceDaysPerWeek;
  if (rules.weeklyMinimumMinutes !== null) {
    summary.expectedMinimum = Math.round((rules.weeklyMinimumMinutes * summary.expectedDays) / perWeek);
  }
  summary.maxDays = Math.ceil((perWeek * summary.enrolledDays) / 7);
  summary.partial = summary.enrolledDays < 7;
  return summary;
}

function weeksOf(context: Context): WeekSummary[] {
  const weeks: WeekSummary[] = [];
  for (let i = 0; i < context.span.length; i += 7) weeks.push(summarizeWeek(context, context.span[i].day));
  return weeks;
}

/**
 * Every ISO week of the enrolment, first and last possibly partial. Entries outside the enrolment,
 * with no real day, or repeating a day are left out (checkRules reports them).
 */
export function summarizeWeeks(entries: DayEntry[], rules: ProjectRules, enrolment: Enrolment): WeekSummary[] {
  return weeksOf(contextOf(entries, rules, enrolment));
}

function entryFindings(context: Context): Finding[] {
  const { ledger, rules } = context;
  const findings: Extract<Finding, { day: string }>[] = ledger.rejected.map(({ entry, code }) => ({ rule: "entry", code, level: "violation", day: entry.day, values: {} }));
  for (const entry of ledger.byDay.values()) {
    for (const problem of validateEntry(entry)) {
      findings.push({ rule: "entry", code: problem.code, level: "violation", day: entry.day, values: problem.values });
    }
    // A warning, not an error: desks open on holidays for events, and the OLP decides.
    if (WORKED_KINDS.includes(entry.kind) && isNationalHoliday(entry.day)) {
      const values = { minutes: creditedMinutes(entry, rules) };
      findings.push({ rule: "holiday_service", code: "service_on_holiday", level: "warning", day: entry.day, weekStart: weekStartOf(entry.day), values });
    }
  }
  return findings.sort((a, b) => a.day.localeCompare(b.day));
}

type Phase = "past" | "current" | "future";

/** Whether the enrolled part of the week is over, under way or to come on `today`. */
function phaseOf(context: Context, week: WeekSummary, today: DayKey): Phase {
  const { enrolment } = context;
  if (minDay(sundayOf(context, week.weekStart), enrolment.endsOn) < today) return "past";
  if (maxDay(week.weekStart, enrolment.startsOn) > today) return "future";
  return "current";
}

/**
 * Weekly minimum and days per week. A finished week under its minimum is a violation. The week
 * under way warns when even a standard day on each of its open service days (as many as the days
 * limit still allows) would leave it under: with a 20 h minimum and 5 h days, 8 h by Thursday
 * morning warns (8 + 2 × 5 = 18 h), 15 h does not. Reaching the days limit warns while days of the
 * week remain, so that none of them is served.
 */
function weekFindings(context: Context, week: WeekSummary, phase: Phase, today: DayKey): Finding[] {
  const findings: Finding[] = [];
  const { weekStart, minutes, expectedMinimum: minimumMinutes, serviceDays, maxDays } = week;
  const sunday = sundayOf(context, weekStart);

  if (minimumMinutes !== null && minimumMinutes > 0 && minutes < minimumMinutes) {
    if (phase === "past") {
      findings.push({ rule: "weekly_minimum", code: "under_minimum", level: "violation", weekStart, values: { minutes, minimumMinutes } });
    } else if (phase === "current") {
      const open = openServiceDays(context, today, sunday);
      const remainingServiceDays = Math.min(open, Math.max(0, maxDays - serviceDays));
      const reachableMinutes = minutes + remainingServiceDays * standardDayMinutes(context.rules);
      if (reachableMinutes < minimumMinutes) {
        const values = { minutes, minimumMinutes, remainingServiceDays, reachableMinutes };
        findings.push({ rule: "weekly_minimum", code: "minimum_at_risk", level: "warning", weekStart, values });
      }
    }
  }

  if (serviceDays > maxDays) {
    findings.push({ rule: "days_per_week", code: "too_many_days", level: "violation", weekStart, values: { serviceDays, maxDays } });
  } else if (phase === "current" && serviceDays === maxDays) {
    const remainingDays = enrolledBetween(context, today, sunday).filter((calendarDay) => !context.ledger.byDay.has(calendarDay.day)).length;
    if (remainingDays > 0) {
      findings.push({ rule: "days_per_week", code: "limit_reached", level: "warning", weekStart, values: { serviceDays, maxDays, remainingDays } });
    }
  }
  return findings;
}

/** The average of the finished weeks, each weighed by its expected days, so a holiday week of 4 × 5 h counts as 25 h. */
function averageOf(weeks: WeekSummary[], rules: ProjectRules): { averageWeekly: number | null; weeks: number } {
  const expectedDays = weeks.reduce((sum, week) => sum + week.expectedDays, 0);
  const minutes = weeks.reduce((sum, week) => sum + week.minutes, 0);
  const counted = weeks.filter((week) => week.expectedDays > 0).length;
  if (expectedDays === 0) return { averageWeekly: null, weeks: 0 };
  return { averageWeekly: Math.round((minutes * rules.serviceDaysPerWeek) / expectedDays), weeks: counted };
}

function averageFindings(average: { averageWeekly: number | null; weeks: number }, rules: ProjectRules): Finding[] {
  const { averageWeekly, weeks } = average;
  const weeklyAverageMinutes = rules.weeklyAverageMinutes;
  if (weeklyAverageMinutes === null || averageWeekly === null || weeks < WEEKLY_AVERAGE_MIN_WEEKS) return [];
  const thresholdMinutes = Math.round(weeklyAverageMinutes * (1 - WEEKLY_AVERAGE_TOLERANCE));
  if (averageWeekly >= thresholdMinutes) return [];
  const values = { averageMinutes: averageWeekly, weeklyAverageMinutes, thresholdMinutes, weeks };
  return [{ rule: "weekly_average", code: "below_average", level: "warning", values }];
}

/**
 * The annual total. The pace is the minutes per full week needed on the open service days left:
 * remaining minutes × serviceDaysPerWeek / open days. It warns above the project's weekly average
 * (or, without one, above the plain pace × PACE_WARNING_RATIO) and is a violation above
 * MAX_WEEKLY_PACE_MINUTES, or when minutes are missing and no open day is left.
 */
function annualCheck(context: Context, weeks: WeekSummary[], creditedTotal: number, today: DayKey) {
  const { rules, enrolment } = context;
  const perWeek = rules.serviceDaysPerWeek;
  const annualMinutes = rules.annualServiceMinutes;
  const remainingMinutes = Math.max(0, annualMinutes - creditedTotal);
  const remainingServiceDays = openServiceDays(context, today, enrolment.endsOn);
  const findings: Finding[] = [];
  if (remainingMinutes === 0) return { remainingMinutes, remainingServiceDays, requiredWeeklyPace: 0, findings };
  if (remainingServiceDays === 0) {
    findings.push({ rule: "annual", code: "hours_missing", level: "violation", values: { creditedMinutes: creditedTotal, annualMinutes, remainingMinutes } });
    return { remainingMinutes, remainingServiceDays, requiredWeeklyPace: null, findings };
  }

  const requiredWeeklyPace = Math.ceil((remainingMinutes * perWeek) / remainingServiceDays);
  const pace = { creditedMinutes: creditedTotal, annualMinutes, remainingMinutes, remainingServiceDays, requiredWeeklyPace };
  const expectedDays = Math.max(1, weeks.reduce((sum, week) => sum + week.expectedDays, 0));
  const targetWeeklyPace = rules.weeklyAverageMinutes ?? Math.round(Math.ceil((annualMinutes * perWeek) / expectedDays) * PACE_WARNING_RATIO);
  if (requiredWeeklyPace > MAX_WEEKLY_PACE_MINUTES) {
    findings.push({ rule: "annual", code: "pace_unreachable", level: "violation", values: { ...pace, maxWeeklyPace: MAX_WEEKLY_PACE_MINUTES } });
  } else if (requiredWeeklyPace > targetWeeklyPace) {
    findings.push({ rule: "annual", code: "pace_above_target", level: "warning", values: { ...pace, targetWeeklyPace } });
  }
  return { remainingMinutes, remainingServiceDays, requiredWeeklyPace, findings };
}

function allowanceFindings(rule: AllowanceRule, usedDays: number, allowedDays: number): Finding[] {
  if (usedDays > allowedDays) {
    return [{ rule, code: "allowance_exceeded", level: "violation", values: { usedDays, allowedDays, excessDays: usedDays - allowedDays } }];
  }
  const leftDays = allowedDays - usedDays;
  if (usedDays > 0 && leftDays <= ALLOWANCE_WARNING_DAYS_LEFT) {
    return [{ rule, code: "allowance_nearly_used", level: "warning", values: { usedDays, allowedDays, leftDays } }];
  }
  return [];
}

/** The volunteer's standing on `today`: totals, the weeks of the enrolment and what needs attention. */
export function checkRules(input: RulesInput): RulesReport {
  const { rules, enrolment, today } = input;
  const context = contextOf(input.entries, rules, enrolment);
  if (!isDayKey(today)) throw new RangeError(`Not a calendar day: ${today}`);
  const allowances = input.allowances ?? { permitDays: PERMIT_DAYS_PER_YEAR, sicknessDays: SICKNESS_DAYS_PER_YEAR };

  const weeks = weeksOf(context);
  const phases = weeks.map((week) => phaseOf(context, week, today));
  const minutes = weeks.reduce((sum, week) => sum + week.minutes, 0);
  const kinds = [...context.ledger.byDay.values()].map((entry) => entry.kind);
  const permitDays = kinds.filter((kind) => kind === "PERMIT").length;
  const sicknessDays = kinds.filter((kind) => kind === "SICKNESS").length;

  const average = averageOf(
    weeks.filter((_, i) => phases[i] === "past"),
    rules,
  );
  const annual = annualCheck(context, weeks, minutes, today);
  const findings: Finding[] = [
    ...entryFindings(context),
    ...weeks.flatMap((week, i) => weekFindings(context, week, phases[i], today)),
    ...averageFindings(average, rules),
    ...annual.findings,
    ...allowanceFindings("permits", permitDays, allowances.permitDays),
    ...allowanceFindings("sickness", sicknessDays, allowances.sicknessDays),
  ];

  return {
    totals: {
      minutes,
      permitDays,
      sicknessDays,
      remainingMinutes: annual.remainingMinutes,
      remainingServiceDays: annual.remainingServiceDays,
      requiredWeeklyPace: annual.requiredWeeklyPace,
      averageWeekly: average.averageWeekly,
    },
    weeks,
    findings,
  };
}
