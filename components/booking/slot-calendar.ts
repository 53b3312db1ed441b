import type { Slot } from "@/lib/availability/slots";
import { romeDayKey } from "@/lib/calendar/time";

import type { CalendarDay } from "./MonthCalendar";

/** Free slots by Rome day: what the calendar marks and the time list shows. */
export function slotsByDay(slots: Slot[]): Map<string, Slot[]> {
  const days = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = romeDayKey(slot.startsAt);
    days.set(key, [...(days.get(key) ?? []), slot]);
  }
  return days;
}

/** The months ("YYYY-MM") from the first to the last free day, every month in between included. */
export function monthsSpanned(days: string[]): string[] {
  if (days.length === 0) return [];
  const sorted = [...days].sort();
  const months: string[] = [];
  let [year, month] = sorted[0].split("-").map(Number);
  const last = sorted.at(-1)!.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) return months;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

export function calendarDays(byDay: Map<string, Slot[]>, month: string): CalendarDay[] {
  return [...byDay.entries()]
    .filter(([key]) => key.startsWith(`${month}-`))
    .map(([key, slots]) => ({ key, freeSlots: slots.length }));
}

