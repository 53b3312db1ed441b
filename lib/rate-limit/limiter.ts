import { createHash } from "node:crypto";

import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface LimitRule {
  /** Names the counter family, e.g. "booking". */
  name: string;
  /** How many actions a key may take per window. */
  points: number;
  windowSeconds: number;
}

export type LimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface Limiter {
  /** Counts one action by `key` (a client address, an e-mail…) and says whether it may go ahead. */
  consume(key: string): Promise<LimitResult>;
}

// Counters are keyed by a hash: Redis and memory never hold the address or e-mail itself.
const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

/**
 * A limiter for public actions. In-process by default; with a Redis client, shared by every app
 * instance, and falling back to an in-process count if Redis stops answering (so a Redis outage
 * degrades to per-instance limits instead of refusing every citizen).
 */
export function createLimiter(rule: LimitRule, options: { redis?: Redis } = {}): Limiter {
  const settings = { keyPrefix: `sportello:${rule.name}`, points: rule.points, duration: rule.windowSeconds };
  const limiter: RateLimiterAbstract = options.redis
    ? new RateLimiterRedis({ ...settings, storeClient: options.redis, insuranceLimiter: new RateLimiterMemory(settings) })
    : new RateLimiterMemory(settings);

  return {
    async consume(key) {
      try {
        const result = await limiter.consume(hashKey(key));
        return { allowed: true, remaining: result.remainingPoints };
      } catch (error) {
        if (error instanceof RateLimiterRes) {
          return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
        }
        throw error;
      }
    },
  };
}
