import { env } from "@/lib/env";

// In development a fixed secret keeps sessions across restarts; production refuses to start without
// AUTH_SECRET (lib/env.ts).
const DEVELOPMENT_SECRET = "sportello-digitale-development-secret-not-for-production";

/** The key that signs staff sessions and citizens' booking cookies. */
export function appSecret(): string | undefined {
  return env().AUTH_SECRET ?? (env().NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET);
}
