import { createHash } from "node:crypto";

import type { DbClient } from "@/lib/db";

// Sign-in lock-out with back-off. Counted in PostgreSQL so that every app instance shares it and
// concurrent attempts cannot slip past the count.
export const THROTTLE_RULES = {
  /** 10 wrong passwords in a row lock the account. */
  ACCOUNT: { maxFailures: 10, windowMinutes: 24 * 60, baseLockMinutes: 15 },
  /** Many accounts tried from one address lock that address. */
  IP: { maxFailures: 50, windowMinutes: 15, baseLockMinutes: 15 },
} as const;
/** Each further lock-out doubles, up to a day. */
export const MAX_LOCK_MINUTES = 24 * 60;

export type Scope = keyof typeof THROTTLE_RULES;

/** Hash of an e-mail or address: the table never holds the value itself. */
export function throttleKey(value: string): string {
  return createHash("sha256").update(value.trim().toLowerCase()).digest("hex");
}

/** When the latest of the given keys' locks ends, or null when none is locked at `now`. */
export async function lockedUntil(db: DbClient, keys: { scope: Scope; key: string }[], now: Date): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({
    where: { OR: keys.map(({ scope, key }) => ({ scope, keyHash: key })), lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const ends = rows.map((row) => row.lockedUntil!.getTime());
  return ends.length ? new Date(Math.max(...ends)) : null;
}

/** Counts one failure; returns the end of the lock it caused, if it reached the limit. */
export async function recordFailure(db: DbClient, scope: Scope, key: string, now: Date): Promise<Date | null> {
  const { maxFailures, windowMinutes, baseLockMinutes } = THROTTLE_RULES[scope];
  // One statement, so that concurrent failures are counted exactly and each limit reached locks once.
  // In SET, every column on the right is the row's value before this update.
  const [row] = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "SignInThrottle" AS t (scope, "keyHash", failures, "windowStartedAt", lockouts, "updatedAt")
    VALUES (${scope}::"ThrottleScope", ${key}, 1, ${now}, 0, ${now})
    ON CONFLICT (scope, "keyHash") DO UPDATE SET
      failures = CASE
        WHEN t."windowStartedAt" < ${now}::timestamptz - make_interval(mins => ${windowMinutes}) THEN 1
        WHEN t.failures + 1 >= ${maxFailures} THEN 0
        ELSE t.failures + 1 END,
      lockouts = CASE
        WHEN t."windowStartedAt" >= ${now}::timestamptz - make_interval(mins => ${windowMinutes})
         AND t.failures + 1 >= ${maxFailures} THEN t.lockouts + 1
        ELSE t.lockouts END,
      "lockedUntil" = CASE
        WHEN t."windowStartedAt" >= ${now}::timestamptz - make_interval(mins => ${windowMinutes})
         AND t.failures + 1 >= ${maxFailures}
        THEN ${now}::timestamptz + make_interval(mins => LEAST(${baseLockMinutes} * power(2, t.lockouts)::int, ${MAX_LOCK_MINUTES}))
        ELSE t."lockedUntil" END,
      "windowStartedAt" = CASE
        WHEN t."windowStartedAt" < ${now}::timestamptz - make_interval(mins => ${windowMinutes})
          OR t.failures + 1 >= ${maxFailures} THEN ${now}
        ELSE t."windowStartedAt" END,
      "updatedAt" = ${now}
    RETURNING failures, "lockedUntil"`;
  // Only the attempt that reached the limit resets the count to zero.
  return row.failures === 0 ? row.lockedUntil : null;
}

/** A successful sign-in forgets the account's failures and its back-off. */
export async function clearAccount(db: DbClient, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { scope: "ACCOUNT", keyHash: key } });
}
