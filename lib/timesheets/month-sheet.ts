import { endOfMonth, format, parseISO } from "date-fns";

import type { DbClient } from "@/lib/db";
import { formatMinuteOfDay } from "@/lib/calendar/time";

import { mondayOf } from "./dates";
import type { VolunteerEnrolment } from "./enrolment";
import { creditedMinutes } from "./rules";
import { loadDays, loadWeeks, openWeek } from "./sheet";
import type { Kind } from "./schema";

export interface MonthSheetLabels {
  title: string;
  columns: { day: string; kind: string; start: string; end: string; break: string; hours: string; activities: string; week: string };
  kinds: Record<Kind, string>;
  statuses: Record<"OPEN" | "SUBMITTED" | "RETURNED" | "APPROVED", string>;
  total: string;
  weekday: (day: string) => string;
}

export interface MonthSheet {
  title: string;
  volunteer: string;
  project: string;
  header: string[];
  rows: string[][];
  totalMinutes: number;
  footer: string[];
}

/** "7:45" for 465 minutes: how hours are written on a timesheet. */
export const hoursText = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * The month's timesheet as a table (one row per recorded day, with its week's state) and its
 * total, in the labels' language: what the printable page, the CSV and the PDF all show.
 */
export async function monthSheet(db: DbClient, input: { enrolment: VolunteerEnrolment; month: string; labels: MonthSheetLabels }): Promise<MonthSheet> {
  const { enrolment, labels } = input;
  const from = `${input.month}-01`;
  const to = format(endOfMonth(parseISO(from)), "yyyy-MM-dd");
  const [days, weeks] = await Promise.all([loadDays(db, { userId: enrolment.userId, from, to }), loadWeeks(db, { userId: enrolment.userId, from, to })]);
  let totalMinutes = 0;
  const rows = days.map((day) => {
    const minutes = creditedMinutes(day, enrolment.rules);
    totalMinutes += minutes;
    const week = weeks.get(mondayOf(day.day)) ?? openWeek(mondayOf(day.day));
    return [
      `${labels.weekday(day.day)} ${day.day}`,
      labels.kinds[day.kind],
      day.startMinute === null ? "" : formatMinuteOfDay(day.startMinute),
      day.endMinute === null ? "" : formatMinuteOfDay(day.endMinute),
      day.breakMinutes ? String(day.breakMinutes) : "",
      hoursText(minutes),
      day.activityCodes.join(" "),
      labels.statuses[week.status],
    ];
  });
  const c = labels.columns;
  return {
    title: labels.title,
    volunteer: enrolment.name,
    project: `${enrolment.project.title}`,
    header: [c.day, c.kind, c.start, c.end, c.break, c.hours, c.activities, c.week],
    rows,
    totalMinutes,
    footer: [labels.total, "", "", "", "", hoursText(totalMinutes), "", ""],
  };
}
