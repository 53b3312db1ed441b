import { addDays, weekStartOf } from "./rules-calendar";

// Timesheets are about Rome calendar days ("YYYY-MM-DD"), not instants; the calendar arithmetic is
// in rules-calendar.ts, done in Rome's zone whatever the server's.

/** The Monday of the ISO week of `day`. */
export const mondayOf = weekStartOf;

/** The seven days of the week starting on Monday `weekStart`. */
export const weekDays = (weekStart: string) => Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));

/** The Monday `weeks` weeks after Monday `weekStart` (before, when negative). */
export const shiftWeek = (weekStart: string, weeks: number) => addDays(weekStart, weeks * 7);

/** A DATE column's value (UTC midnight) as the day it names. */
export const dayOfDate = (date: Date) => date.toISOString().slice(0, 10);

/** The day as PostgreSQL's DATE reads it. */
export const dateOfDay = (day: string) => new Date(`${day}T00:00:00Z`);
