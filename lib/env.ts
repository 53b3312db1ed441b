import { z } from "zod";

const RETENTION_DAYS_MESSAGE = "PERSONAL_DATA_RETENTION_DAYS must be a whole number of days from 30 to 3650, e.g. 365";

// The one reader of process.env: a wrong or missing variable stops start-up with a clear message
// instead of failing on first use.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set: `npm run dev` and `npm test` set it for you." })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
    MAIL_FROM: z.string().min(3).default("Sportello Digitale <noreply@sportello.localhost>"),
    /** "true" keeps mail in the outbox table even in production (end-to-end tests, demos). */
    MAIL_OUTBOX: z.enum(["true", "false"]).default("false"),
    /** Public address of the portal, for links in e-mails, e.g. https://sportello.comune.example.it */
    PUBLIC_URL: z.url("PUBLIC_URL must be a URL such as https://sportello.example.org").optional(),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// or rediss:// URL").optional(),
    /** Port of the development server, for mailed links when PUBLIC_URL is not set. */
    PORT: z.string().regex(/^\d{1,5}$/, "PORT must be a port number such as 3000").optional(),
    /**
     * "off" starts no background jobs (day-before reminders, personal-data purge) in this process: for
     * extra app instances, or when another process runs them. pg-boss hands each job to one worker
     * whichever instance runs it.
     */
    JOBS: z.enum(["on", "off"], { error: 'JOBS must be "on" or "off"' }).default("on"),
    /**
     * Days after an appointment ends (or a visit's day) before the nightly purge wipes the citizen's
     * personal data (lib/privacy/retention.ts). Default: one year.
     */
    PERSONAL_DATA_RETENTION_DAYS: z
      .string()
      .regex(/^\d+$/, RETENTION_DAYS_MESSAGE)
      .transform(Number)
      .pipe(z.number().int().min(30, RETENTION_DAYS_MESSAGE).max(3650, RETENTION_DAYS_MESSAGE))
      .default(365),
  })
  .refine((env) => env.NODE_ENV !== "production" || env.AUTH_SECRET, {
    message: "AUTH_SECRET is required in production (generate one with `openssl rand -base64 48`)",
    path: ["AUTH_SECRET"],
  })
  // Mailed links must never take their host from a request header an attacker can choose.
  .refine((env) => env.NODE_ENV !== "production" || env.PUBLIC_URL, {
    message: "PUBLIC_URL is required in production, e.g. https://sportello.comune.example.it",
    path: ["PUBLIC_URL"],
  })
  .refine((env) => env.NODE_ENV !== "production" || env.SMTP_URL || env.MAIL_OUTBOX === "true", {
    message: "SMTP_URL is required in production (or MAIL_OUTBOX=true to keep mail in the outbox page)",
    path: ["SMTP_URL"],
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(
    // Empty strings in .env files mean "not set".
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
  );
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
