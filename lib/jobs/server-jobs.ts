import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { configuredBaseUrl } from "@/lib/mail/link-base-url";

import { startJobs, type Jobs } from "./boss";

// On globalThis: a development server that re-evaluates modules must not start a second pg-boss.
const globalForJobs = globalThis as typeof globalThis & { sportelloJobs?: Promise<Jobs | null> };

/** Starts the background jobs in this server process unless JOBS=off, and stops them on SIGTERM/SIGINT. */
export function startServerJobs(): Promise<Jobs | null> {
  globalForJobs.sportelloJobs ??= (async () => {
    const config = env();
    if (config.JOBS === "off") return null;
    const jobs = await startJobs({
      databaseUrl: config.DATABASE_URL,
      db: db(),
      baseUrl: configuredBaseUrl(config),
      retentionDays: config.PERSONAL_DATA_RETENTION_DAYS,
    });
    // Next.js closes its server on the same signals and then exits; stopping pg-boss alongside lets a
    // running reminder batch hand back the claims it has not sent yet.
    const stop = () => void jobs.stop().catch((error: unknown) => console.error(`[jobs] stop: ${String(error)}`));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
    return jobs;
  })();
  return globalForJobs.sportelloJobs;
}
