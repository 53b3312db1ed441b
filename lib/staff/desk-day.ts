import { TZDate } from "@date-fns/tz";

import { ROME } from "@/lib/calendar/time";
import type { AppointmentStatus } from "@/lib/generated/prisma/client";

/** Every appointment status, in the order a day runs through them. */
export const APPOINTMENT_STATUSES = [
  "BOOKED",
  "ARRIVED",
  "IN_PROGRESS",
  "DONE",
  "NO_SHOW",
  "CANCELLED",
] as const satisfies readonly AppointmentStatus[];

export interface OpeningInterval {
  /** Minutes from Rome's midnight. */
  opens: number;
  closes: number;
}

/** ISO weekday (1 = Monday … 7 = Sunday) and wall-clock minute of `instant` in Rome. */
export function romeClock(instant: Date): { weekday: number; minute: number } {
  const local = new TZDate(instant, ROME);
  return { weekday: local.getDay() || 7, minute: local.getHours() * 60 + local.getMinutes() };
}

/** Whether a desk with these hours today and these closures is open at `instant`. */
export function isOpenAt(
  intervals: OpeningInterval[],
  closures: { startsAt: Date; endsAt: Date }[],
  instant: Date,
): boolean {
  const { minute } = romeClock(instant);
  const withinHours = intervals.some(({ opens, closes }) => opens <= minute && minute < closes);
  const closed = closures.some(({ startsAt, endsAt }) => startsAt <= instant && instant < endsAt);
  return withinHours && !closed;
}

export interface AppointmentCounts {
  total: number;
  byStatus: Record<AppointmentStatus, number>;
}

/** Totals per status from grouped rows; every status is present, at zero when none. */
export function countAppointments(rows: { status: AppointmentStatus; count: number }[]): AppointmentCounts {
  const byStatus = Object.fromEntries(APPOINTMENT_STATUSES.map((status) => [status, 0])) as Record<AppointmentStatus, number>;
  for (const { status, count } of rows) byStatus[status] += count;
  return { total: rows.reduce((sum, { count }) => sum + count, 0), byStatus };
}
