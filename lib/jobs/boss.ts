import PgBoss from "pg-boss";

import type { Db } from "@/lib/db";

import { registerReminderJob } from "./reminder-job";
import { registerRetentionJob } from "./retention-job";

/** pg-boss keeps its tables in their own schema of the app's database, away from Prisma's migrations. */
export const JOBS_SCHEMA = "pgboss";

export interface Jobs {
  boss: PgBoss;
  /** Stops taking jobs, lets the running one finish (it stops after its current mail) and closes the pool. */
  stop(): Promise<void>;
}

export function createBoss(databaseUrl: string): PgBoss {
  return new PgBoss({ connectionString: databaseUrl, schema: JOBS_SCHEMA, application_name: "sportello-jobs", max: 3 });
}

/**
 * Starts pg-boss (creating or migrating its schema on first use) and the background jobs. Schedules and
 * queued jobs live in PostgreSQL, so they survive restarts, and each job goes to one worker even with
 * several app instances.
 */
export async function startJobs(deps: { databaseUrl: string; db: Db; baseUrl: string; retentionDays: number }): Promise<Jobs> {
  const boss = createBoss(deps.databaseUrl);
  const shutdown = new AbortController();
  // Without a listener pg-boss's errors (a lost connection, say) would crash the process.
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  await registerReminderJob(boss, { db: deps.db, baseUrl: deps.baseUrl, signal: shutdown.signal });
  await registerRetentionJob(boss, { db: deps.db, retentionDays: deps.retentionDays });
  return {
    boss,
    async stop() {
      shutdown.abort();
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}
