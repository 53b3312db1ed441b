import { TZDate } from "@date-fns/tz";

/** Every wall-clock time of the portal: desks' hours, days and slots. */
export const ROME = "Europe/Rome";

export const MINUTES_PER_DAY = 24 * 60;

/** 570 → "09:30". */
export function formatMinuteOfDay(minute: number): string {
  if (!Number.isInteger(minute) || minute < 0 || minute > MINUTES_PER_DAY) {
    throw new RangeError(`Not a minute of the day: ${minute}`);
  }
  const hours = Math.floor(minute / 60);
  return `${String(hours).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** The instant of Rome's midnight starting the given calendar day (month 1–12). */
export function romeMidnight(year: number, month: number, day: number): Date {
  // A plain Date: TZDate would print itself with an offset and surprise serializers.
  return new Date(new TZDate(year, month - 1, day, ROME).getTime());
}

/** The start of the Rome calendar day that contains `instant`. */
export function startOfRomeDay(instant: Date): Date {
  const local = new TZDate(instant, ROME);
  return romeMidnight(local.getFullYear(), local.getMonth() + 1, local.getDate());
}

/** The start of the Rome calendar day `days` after the one that contains `day` (DST-safe). */
export function addRomeDays(day: Date, days: number): Date {
  const local = new TZDate(day, ROME);
  return romeMidnight(local.getFullYear(), local.getMonth() + 1, local.getDate() + days);
}

/** The Rome calendar year of `instant`. */
export function romeYear(instant: Date): number {
  return new TZDate(instant, ROME).getFullYear();
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The Rome calendar day of `instant` as "YYYY-MM-DD", for URLs and grouping. */
export function romeDayKey(instant: Date): string {
  const local = new TZDate(instant, ROME);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The Rome wall-clock time of `instant` as "HH:MM". */
export function romeClock(instant: Date): string {
  const local = new TZDate(instant, ROME);
  return `${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/**
 * The instant of a Rome day ("YYYY-MM-DD") and wall-clock time ("HH:MM"), or null when that time does
 * not exist on that day (the hour skipped when clocks go forward).
 */
export function romeInstant(day: string, clock: string): Date | null {
  const [y, m, d] = day.split("-").map(Number);
  const [hours, minutes] = clock.split(":").map(Number);
  const local = new TZDate(y, m - 1, d, hours, minutes, ROME);
  if (romeDayKey(local) !== day || romeClock(local) !== clock) return null;
  return new Date(local.getTime());
}

/** The Rome day of `instant` as PostgreSQL's DATE reads it (UTC midnight of that calendar day). */
export function romeDay(instant: Date): Date {
  return new Date(`${romeDayKey(instant)}T00:00:00Z`);
}
