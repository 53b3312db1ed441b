import type PgBoss from "pg-boss";

import { sendDueReminders } from "@/lib/booking/reminders";
import { ROME } from "@/lib/calendar/time";
import type { DbClient } from "@/lib/db";

export const REMINDER_QUEUE = "booking-reminders";
/**
 * Every ten minutes from 08:00 to 20:50, Rome time: citizens get tomorrow's reminder during the day,
 * never at night, and a booking made today for tomorrow is reminded within minutes.
 */
export const REMINDER_CRON = "*/10 8-20 * * *";

/** Creates the queue (once), schedules it (an upsert: every start keeps one schedule) and works it. */
export async function registerReminderJob(
  boss: PgBoss,
  deps: { db: DbClient; baseUrl: string; signal: AbortSignal },
): Promise<void> {
  // "stately": at most one run queued and one running, so runs missed while the app was down do not
  // pile up; retries are pointless, the next run is ten minutes away.
  await boss.createQueue(REMINDER_QUEUE, { name: REMINDER_QUEUE, policy: "stately", retryLimit: 0, expireInSeconds: 15 * 60 });
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: ROME });
  await boss.work(REMINDER_QUEUE, async () => {
    const run = await sendDueReminders(deps.db, { now: new Date(), baseUrl: deps.baseUrl, signal: deps.signal });
    // Counts only: no appointment, name or address in the logs.
    if (run.sent || run.released) console.info(`[jobs] reminders: ${run.sent} sent, ${run.released} left for the next run`);
    return run;
  });
}
