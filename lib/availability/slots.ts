import { TZDate } from "@date-fns/tz";

import { ROME, addRomeDays, startOfRomeDay } from "@/lib/calendar/time";

export interface WeeklyInterval {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Europe/Rome wall-clock minutes from midnight. */
  opensMinute: number;
  closesMinute: number;
}

export interface TimeRange {
  startsAt: Date;
  endsAt: Date;
}

export interface AvailabilityInput {
  openingHours: WeeklyInterval[];
  slotMinutes: number;
  /** Citizens one slot takes (volunteers at the desk for that service). */
  capacity: number;
  /** Closures of any kind: national holidays, the patron saint's day, the desk's own. */
  closures: TimeRange[];
  /** Appointments that hold a place (not cancelled) for this desk and service. */
  booked: TimeRange[];
  now: Date;
  /** No slot starts sooner than this after `now`. */
  minNoticeMinutes: number;
  /** Days from today (Rome) that can be booked, today included. */
  horizonDays: number;
  /** At most this many appointments for the service at the desk on one day, if set. */
  dailyCap?: number;
}

export interface Slot extends TimeRange {
  /** Places still free in this slot. */
  remaining: number;
}

const MINUTE = 60_000;

const overlaps = (a: TimeRange, b: TimeRange) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

/**
 * The instant of a Rome wall-clock time, or null when that time does not exist (the hour skipped
 * when clocks go forward).
 */
function romeInstant(day: TZDate, minute: number): Date | null {
  const instant = new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), Math.floor(minute / 60), minute % 60, ROME);
  if (instant.getHours() * 60 + instant.getMinutes() !== minute % (24 * 60)) return null;
  return new Date(instant.getTime());
}

/**
 * Bookable slots of one service at one desk: slots laid on the weekly opening hours (wall clock in
 * Europe/Rome, so correct across daylight-saving changes), minus closures, minus the minimum notice,
 * beyond the horizon, full slots and days that reached the daily cap. In time order.
 */
export function availableSlots(input: AvailabilityInput): Slot[] {
  if (input.slotMinutes <= 0 || input.capacity <= 0 || input.horizonDays <= 0) return [];
  const earliest = new Date(input.now.getTime() + input.minNoticeMinutes * MINUTE);
  const today = startOfRomeDay(input.now);
  const slots: Slot[] = [];

  for (let offset = 0; offset < input.horizonDays; offset++) {
    const dayStart = addRomeDays(today, offset);
    const day = new TZDate(dayStart, ROME);
    const weekday = day.getDay() || 7;
    const dayEnd = addRomeDays(dayStart, 1);
    const bookedToday = input.booked.filter((b) => b.startsAt >= dayStart && b.startsAt < dayEnd);
    if (input.dailyCap !== undefined && bookedToday.length >= input.dailyCap) continue;

    const intervals = input.openingHours
      .filter((interval) => interval.weekday === weekday)
      .sort((a, b) => a.opensMinute - b.opensMinute);
    for (const interval of intervals) {
      for (let minute = interval.opensMinute; minute + input.slotMinutes <= interval.closesMinute; minute += input.slotMinutes) {
        const startsAt = romeInstant(day, minute);
        if (!startsAt || startsAt < earliest) continue;
        const slot = { startsAt, endsAt: new Date(startsAt.getTime() + input.slotMinutes * MINUTE) };
        if (input.closures.some((closure) => overlaps(slot, closure))) continue;
        const taken = bookedToday.filter((booking) => overlaps(slot, booking)).length;
        const remaining = input.capacity - taken;
        if (remaining > 0) slots.push({ ...slot, remaining });
      }
    }
  }
  return slots;
}
