import type PgBoss from "pg-boss";

import { ROME } from "@/lib/calendar/time";
import type { Db } from "@/lib/db";
import { purgePersonalData } from "@/lib/privacy/retention";

export const RETENTION_QUEUE = "personal-data-retention";
/** Every night at 03:15, Rome time: desks are closed and no reminder run is due. */
export const RETENTION_CRON = "15 3 * * *";

/** Creates the queue (once), schedules it (an upsert: every start keeps one schedule) and works it. */
export async function registerRetentionJob(boss: PgBoss, deps: { db: Db; retentionDays: number }): Promise<void> {
  // "stately": at most one run queued and one running, so nights missed while the app was down do
  // not pile up (one run catches up on all of them). A failed run is tried again twice, a quarter of
  // an hour apart, rather than waiting a whole day.
  await boss.createQueue(RETENTION_QUEUE, {
    name: RETENTION_QUEUE,
    policy: "stately",
    retryLimit: 2,
    retryDelay: 15 * 60,
    expireInSeconds: 30 * 60,
  });
  await boss.schedule(RETENTION_QUEUE, RETENTION_CRON, {}, { tz: ROME });
  await boss.work(RETENTION_QUEUE, async () => {
    const counts = await purgePersonalData(deps.db, { now: new Date(), retentionDays: deps.retentionDays });
    // Counts only: no appointment, name or address in the logs.
    console.info(
      `[jobs] personal-data purge (${deps.retentionDays} days): ${counts.appointments} appointments, ${counts.visits} visits, ${counts.mails} outbox mails, ${counts.complaints} complaints, ${counts.comments} questionnaire comments, ${counts.codes} expired questionnaire codes`,
    );
    return counts;
  });
}
