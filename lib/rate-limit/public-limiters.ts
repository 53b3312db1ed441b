import { Redis } from "ioredis";

import { env } from "@/lib/env";

import { createLimiter, type Limiter } from "./limiter";
import { PUBLIC_LIMITS } from "./rules";

type LimitName = keyof typeof PUBLIC_LIMITS;

const globalForLimits = globalThis as typeof globalThis & {
  sportelloLimiters?: Map<LimitName, Limiter>;
  sportelloRedis?: Redis;
};

function redis(): Redis | undefined {
  const url = env().REDIS_URL;
  if (!url) return undefined;
  // Fail fast when Redis is down: the limiter then counts in memory (its insurance limiter).
  globalForLimits.sportelloRedis ??= new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  return globalForLimits.sportelloRedis;
}

/** The app's limiter for a public action: shared through Redis when REDIS_URL is set. */
export function publicLimiter(name: LimitName): Limiter {
  globalForLimits.sportelloLimiters ??= new Map();
  let limiter = globalForLimits.sportelloLimiters.get(name);
  if (!limiter) {
    limiter = createLimiter(PUBLIC_LIMITS[name], { redis: redis() });
    globalForLimits.sportelloLimiters.set(name, limiter);
  }
  return limiter;
}
