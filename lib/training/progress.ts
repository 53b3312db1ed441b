import { differenceInCalendarDays, format, parseISO, subMonths } from "date-fns";

import { addDays, type DayKey } from "@/lib/timesheets/rules-calendar";

// Training progress of one volunteer: pure, so that the volunteer's page, the OLP's table and the tests
// compute the same thing. Days are Rome calendar days ("YYYY-MM-DD"); durations whole minutes.

export const TRAINING_KINDS = ["GENERAL", "SPECIFIC", "TUTORING_GROUP", "TUTORING_INDIVIDUAL"] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

/** A line of the progress table: tutoring as a whole, then its collective and individual parts. */
export const PROGRESS_LINES = ["GENERAL", "SPECIFIC", "TUTORING", "TUTORING_GROUP", "TUTORING_INDIVIDUAL"] as const;
export type ProgressLine = (typeof PROGRESS_LINES)[number];

/**
 * General training is due within the first 180 days of service, specific training within the first 90:
 * the national SCU rules on volunteers' training (the Cremona project document states the hours, not
 * the deadlines). A project that takes the rules' other option for specific training (70 % in 90 days,
 * the rest by day 270) would change SPECIFIC_TRAINING_DEADLINE_DAYS here.
 */
export const GENERAL_TRAINING_DEADLINE_DAYS = 180;
export const SPECIFIC_TRAINING_DEADLINE_DAYS = 90;
/** Tutoring takes place in the last three months of service (Cremona project document). */
export const TUTORING_WINDOW_MONTHS = 3;
/** A deadline this close, with time still missing, is worth a warning. */
export const DEADLINE_WARNING_DAYS = 21;

export interface TrainingTargets {
  generalMinutes: number | null;
  specificMinutes: number | null;
  tutoringMinutes: number | null;
  tutoringGroupMinutes: number | null;
  tutoringIndividualMinutes: number | null;
}

export interface AttendedSession {
  kind: TrainingKind;
  day: DayKey;
  /** The minutes the volunteer attended. */
  minutes: number;
}

export interface ProgressRow {
  line: ProgressLine;
  attendedMinutes: number;
  /** Null when the project states no target for this line. */
  targetMinutes: number | null;
  /** Whole percent of the target reached (may pass 100); null without a target. */
  percent: number | null;
  /** Minutes still missing (0 once reached); null without a target. */
  remainingMinutes: number | null;
  /** Last day to reach the target; null when the rules set none. */
  deadline: DayKey | null;
}

export type TrainingWarning =
  | { code: "deadline_near"; line: ProgressLine; deadline: DayKey; daysLeft: number; remainingMinutes: number }
  | { code: "deadline_passed"; line: ProgressLine; deadline: DayKey; remainingMinutes: number }
  | { code: "tutoring_outside_window"; day: DayKey; from: DayKey; to: DayKey };

export interface TrainingProgress {
  rows: ProgressRow[];
  warnings: TrainingWarning[];
  tutoringWindow: { from: DayKey; to: DayKey };
}

const TUTORING: readonly TrainingKind[] = ["TUTORING_GROUP", "TUTORING_INDIVIDUAL"];

/** The last three months of service: from the day three months before the day after the last one. */
export function tutoringWindow(enrolment: { startsOn: DayKey; endsOn: DayKey }): { from: DayKey; to: DayKey } {
  // Calendar days carry no zone: plain date arithmetic on them cannot cross a DST change.
  const from = format(subMonths(parseISO(addDays(enrolment.endsOn, 1)), TUTORING_WINDOW_MONTHS), "yyyy-MM-dd");
  return { from: from < enrolment.startsOn ? enrolment.startsOn : from, to: enrolment.endsOn };
}

const daysBetween = (from: DayKey, to: DayKey) => differenceInCalendarDays(parseISO(to), parseISO(from));

function row(line: ProgressLine, attendedMinutes: number, targetMinutes: number | null, deadline: DayKey | null): ProgressRow {
  const target = targetMinutes && targetMinutes > 0 ? targetMinutes : null;
  return {
    line,
    attendedMinutes,
    targetMinutes: target,
    percent: target === null ? null : Math.floor((attendedMinutes * 100) / target),
    remainingMinutes: target === null ? null : Math.max(0, target - attendedMinutes),
    deadline,
  };
}

/** Attended minutes per kind against the project's targets, with the warnings worth showing today. */
export function trainingProgress(input: {
  enrolment: { startsOn: DayKey; endsOn: DayKey };
  targets: TrainingTargets;
  attended: readonly AttendedSession[];
  today: DayKey;
}): TrainingProgress {
  const { enrolment, targets, attended, today } = input;
  const sum = (kinds: readonly TrainingKind[]) => attended.filter((session) => kinds.includes(session.kind)).reduce((total, session) => total + session.minutes, 0);
  const window = tutoringWindow(enrolment);
  const serviceDay = (days: number) => {
    const day = addDays(enrolment.startsOn, days - 1);
    return day > enrolment.endsOn ? enrolment.endsOn : day;
  };

  const rows = [
    row("GENERAL", sum(["GENERAL"]), targets.generalMinutes, serviceDay(GENERAL_TRAINING_DEADLINE_DAYS)),
    row("SPECIFIC", sum(["SPECIFIC"]), targets.specificMinutes, serviceDay(SPECIFIC_TRAINING_DEADLINE_DAYS)),
    row("TUTORING", sum(TUTORING), targets.tutoringMinutes, enrolment.endsOn),
  ];
  // The split lines only where the project states the split or something was attended.
  for (const [line, target] of [
    ["TUTORING_GROUP", targets.tutoringGroupMinutes],
    ["TUTORING_INDIVIDUAL", targets.tutoringIndividualMinutes],
  ] as const) {
    const minutes = sum([line]);
    if (target !== null || minutes > 0) rows.push(row(line, minutes, target, enrolment.endsOn));
  }

  const warnings: TrainingWarning[] = [];
  if (today >= enrolment.startsOn) {
    for (const item of rows) {
      if (item.remainingMinutes === null || item.remainingMinutes === 0 || item.deadline === null) continue;
      // Tutoring's parts are covered by the tutoring line's warning.
      if (item.line === "TUTORING_GROUP" || item.line === "TUTORING_INDIVIDUAL") continue;
      const daysLeft = daysBetween(today, item.deadline);
      if (daysLeft < 0) warnings.push({ code: "deadline_passed", line: item.line, deadline: item.deadline, remainingMinutes: item.remainingMinutes });
      else if (daysLeft <= DEADLINE_WARNING_DAYS) {
        warnings.push({ code: "deadline_near", line: item.line, deadline: item.deadline, daysLeft, remainingMinutes: item.remainingMinutes });
      }
    }
  }
  for (const session of [...attended].sort((a, b) => a.day.localeCompare(b.day))) {
    if (TUTORING.includes(session.kind) && (session.day < window.from || session.day > window.to)) {
      warnings.push({ code: "tutoring_outside_window", day: session.day, from: window.from, to: window.to });
    }
  }
  return { rows, warnings, tutoringWindow: window };
}
