import { TZDate } from "@date-fns/tz";

import { ROME, addRomeDays, startOfRomeDay } from "@/lib/calendar/time";

export type ClosureSpan =
  | { kind: "day"; day: Date }
  | { kind: "days"; first: Date; last: Date }
  /** Part of one day; a missing bound is that day's start or end. Minutes from Rome midnight. */
  | { kind: "partOfDay"; day: Date; from?: number; until?: number }
  | { kind: "range"; start: Date; end: Date };

function minuteOfRomeDay(instant: Date): number {
  const local = new TZDate(instant, ROME);
  return local.getHours() * 60 + local.getMinutes();
}

/**
 * How to say when a closure happens. Whole-day closures end at the next midnight, which people do
 * not count: 24 Dec 00:00 → 27 Dec 00:00 is "24–26 December", and 24 Dec 13:00 → 25 Dec 00:00 is
 * "24 December, from 13:00".
 */
export function closureSpan(startsAt: Date, endsAt: Date): ClosureSpan {
  const startDay = startOfRomeDay(startsAt);
  const endDay = startOfRomeDay(endsAt);
  const startsAtMidnight = startDay.getTime() === startsAt.getTime();
  const endsAtMidnight = endDay.getTime() === endsAt.getTime();

  if (startsAtMidnight && endsAtMidnight) {
    const last = addRomeDays(endsAt, -1);
    if (last.getTime() <= startsAt.getTime()) return { kind: "day", day: startsAt };
    return { kind: "days", first: startsAt, last };
  }
  const sameDay = startDay.getTime() === endDay.getTime();
  const endsThatMidnight = endsAtMidnight && addRomeDays(startDay, 1).getTime() === endsAt.getTime();
  if (sameDay || endsThatMidnight) {
    return {
      kind: "partOfDay",
      day: startDay,
      from: startsAtMidnight ? undefined : minuteOfRomeDay(startsAt),
      until: endsThatMidnight ? undefined : minuteOfRomeDay(endsAt),
    };
  }
  return { kind: "range", start: startsAt, end: endsAt };
}
