import { tz } from "@date-fns/tz";
import { addDays as addCalendarDays, eachDayOfInterval, format, getISODay, isValid, parseISO, startOfISOWeek } from "date-fns";

import { nationalHolidays } from "@/lib/calendar/closures";
import { ROME, romeDayKey } from "@/lib/calendar/time";

/**
 * A Rome calendar day as "YYYY-MM-DD": the shape of timesheet days and enrolment bounds. Keys of the
 * same shape sort as text in calendar order, so comparisons below use `<` on strings.
 */
export type DayKey = string;

// Calendar arithmetic in Rome's zone, whatever the server's: a day never becomes 23 or 25 hours long
// under us, and the process TZ cannot shift a key to the day before.
const inRome = { in: tz(ROME) };
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

function toDate(day: DayKey): Date {
  const date = parseISO(day, inRome);
  if (!DAY_KEY.test(day) || !isValid(date)) throw new RangeError(`Not a calendar day: ${day}`);
  return date;
}

// The dates come from `inRome` operations, so they are TZDates and `format` prints Rome's day.
const toKey = (date: Date): DayKey => format(date, "yyyy-MM-dd");

/** Whether `value` is a real calendar day written "YYYY-MM-DD" (so not "2026-02-30"). */
export function isDayKey(value: string): boolean {
  // Whether a day exists does not depend on the zone: parsing without one is 20 times cheaper.
  return DAY_KEY.test(value) && isValid(parseISO(value));
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: DayKey, days: number): DayKey {
  return toKey(addCalendarDays(toDate(day), days, inRome));
}

/** The Monday of the ISO week (Monday–Sunday) that contains `day`. */
export function weekStartOf(day: DayKey): DayKey {
  return toKey(startOfISOWeek(toDate(day), inRome));
}

/** 1 for Monday … 7 for Sunday. */
export function isoWeekday(day: DayKey): number {
  return getISODay(toDate(day), inRome);
}

const holidaysByYear = new Map<number, ReadonlySet<DayKey>>();

/** The days of Italy's national public holidays in `year` (Sundays included, e.g. Easter). */
export function nationalHolidayDays(year: number): ReadonlySet<DayKey> {
  let days = holidaysByYear.get(year);
  if (!days) {
    // Memoized: the rules ask for every day of an enrolment, and date-holidays computes a whole year.
    days = new Set(nationalHolidays(year, "it").map((holiday) => romeDayKey(holiday.startsAt)));
    holidaysByYear.set(year, days);
  }
  return days;
}

export function isNationalHoliday(day: DayKey): boolean {
  return nationalHolidayDays(Number(day.slice(0, 4))).has(day);
}

export interface CalendarDay {
  day: DayKey;
  /** 1 for Monday … 7 for Sunday. */
  weekday: number;
  nationalHoliday: boolean;
}

const calendars = new Map<string, readonly CalendarDay[]>();
const CALENDARS_KEPT = 16;

/**
 * Every day from `from` to `to`, both included. Kept for the last few spans computed: a cohort of
 * volunteers shares its enrolment dates, and walking a year through the time zone costs ~10 ms.
 */
export function calendarDays(from: DayKey, to: DayKey): readonly CalendarDay[] {
  const key = `${from}/${to}`;
  let days = calendars.get(key);
  if (!days) {
    const start = toDate(from);
    const end = toDate(to);
    days =
      end < start
        ? []
        : eachDayOfInterval({ start, end }, inRome).map((date) => {
            const day = toKey(date);
            return Object.freeze({ day, weekday: getISODay(date), nationalHoliday: isNationalHoliday(day) });
          });
    Object.freeze(days);
    if (calendars.size >= CALENDARS_KEPT) calendars.delete(calendars.keys().next().value as string);
    calendars.set(key, days);
  }
  return days;
}
