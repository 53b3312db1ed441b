// The clocks `npm test -- clocks` runs the unit and integration tests at, computed from the day of the
// run so that the check moves with time: a year and more ahead (every fixed date in a test has then
// passed, and so has a new year) and the next night Europe/Rome changes its clocks.
import { existsSync } from "node:fs";

import { TZDate } from "@date-fns/tz";

import { ROME } from "@/lib/calendar/time";

export const DAYS_AHEAD = 400;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Seconds before the change the DST run starts at: the change then happens while the tests run. */
export const BEFORE_CHANGE_MS = 60_000;

export interface ShiftedClock {
  name: string;
  /** The instant the tests' clock starts at; it runs on from there. */
  start: Date;
}

const romeOffset = (instant: number) => new TZDate(instant, ROME).getTimezoneOffset();

/** The first instant after `from` at which Europe/Rome's offset from UTC changes (to the minute). */
export function nextClockChange(from: Date): Date {
  const offset = romeOffset(from.getTime());
  // Rome changes on a whole minute (01:00 UTC), twice a year: walk whole hours to the hour that holds
  // the next change, then its minutes.
  const first = Math.floor(from.getTime() / MINUTE) * MINUTE;
  let hour = first;
  while (romeOffset(hour + HOUR) === offset) {
    hour += HOUR;
    if (hour - first > 366 * 24 * HOUR) throw new Error("Europe/Rome changes no clock within a year");
  }
  let change = hour + MINUTE;
  while (romeOffset(change) === offset) change += MINUTE;
  return new Date(change);
}

/** The two clocks of the shifted runs, for a run starting at `now`. */
export function shiftedClocks(now: Date): ShiftedClock[] {
  return [
    { name: `+${DAYS_AHEAD} days`, start: new Date(now.getTime() + DAYS_AHEAD * 24 * HOUR) },
    { name: "Europe/Rome's next clock change", start: new Date(nextClockChange(now).getTime() - BEFORE_CHANGE_MS) },
  ];
}

const LIBFAKETIME_PATHS = [
  "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
  "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
  "/usr/lib/faketime/libfaketime.so.1",
  "/usr/local/lib/faketime/libfaketime.so.1",
];

/** libfaketime (Debian package `faketime`), or LIBFAKETIME's path; null when there is none. */
export function findLibfaketime(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.LIBFAKETIME ? [env.LIBFAKETIME] : LIBFAKETIME_PATHS;
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

/**
 * The environment that starts a process's clock at `start`. Only the wall clock moves: the monotonic
 * clock stays true, so timers and timeouts keep their length. Children inherit it (LD_PRELOAD).
 */
export function fakeClockEnv(library: string, start: Date): Record<string, string> {
  return {
    LD_PRELOAD: library,
    // "@" + epoch seconds: the clock starts there and runs; %s reads it whatever the time zone.
    FAKETIME: `@${Math.floor(start.getTime() / 1000)}`,
    FAKETIME_FMT: "%s",
    FAKETIME_DONT_FAKE_MONOTONIC: "1",
  };
}
