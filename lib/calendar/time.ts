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

/** The start of the Rome calendar day that contains `instant`. */
export function startOfRomeDay(instant: Date): TZDate {
  const local = new TZDate(instant, ROME);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), ROME);
}

/** The start of the Rome calendar day `days` after the one that contains `day` (DST-safe). */
export function addRomeDays(day: Date, days: number): TZDate {
  const local = new TZDate(day, ROME);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + days, ROME);
}
