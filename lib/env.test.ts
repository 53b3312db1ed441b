import { describe, expect, it } from "vitest";

import { parseEnv } from "./env";

const DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/sportello";
const PUBLIC_URL = "https://sportello.example.org";

describe("parseEnv", () => {
  it("accepts a development environment with only a database", () => {
    expect(parseEnv({ DATABASE_URL })).toMatchObject({ NODE_ENV: "development", DATABASE_URL });
  });

  it("treats empty variables as unset", () => {
    expect(parseEnv({ DATABASE_URL, SMTP_URL: "", AUTH_SECRET: "" }).SMTP_URL).toBeUndefined();
  });

  it("says clearly what is missing or wrong", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL is not set/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/postgresql:\/\/ URL/);
    expect(() => parseEnv({ DATABASE_URL, SMTP_URL: "http://mail" })).toThrow(/SMTP_URL/);
  });

  it("requires a long AUTH_SECRET in production", () => {
    expect(() => parseEnv({ DATABASE_URL, NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
    expect(() => parseEnv({ DATABASE_URL, NODE_ENV: "production", AUTH_SECRET: "short" })).toThrow(/at least 32/);
    const production = { DATABASE_URL, PUBLIC_URL, NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) };
    expect(parseEnv({ ...production, SMTP_URL: "smtp://mail.example.org:587" }).NODE_ENV).toBe("production");
    expect(() => parseEnv({ ...production, PUBLIC_URL: undefined, MAIL_OUTBOX: "true" })).toThrow(/PUBLIC_URL is required/);
  });

  it("requires a mail server in production, unless the outbox is chosen on purpose", () => {
    const production = { DATABASE_URL, PUBLIC_URL, NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) };
    expect(() => parseEnv(production)).toThrow(/SMTP_URL is required in production/);
    expect(parseEnv({ ...production, MAIL_OUTBOX: "true" }).MAIL_OUTBOX).toBe("true");
  });

  it("runs background jobs unless JOBS=off", () => {
    expect(parseEnv({ DATABASE_URL }).JOBS).toBe("on");
    expect(parseEnv({ DATABASE_URL, JOBS: "off" }).JOBS).toBe("off");
    expect(() => parseEnv({ DATABASE_URL, JOBS: "no" })).toThrow(/JOBS must be "on" or "off"/);
    expect(() => parseEnv({ DATABASE_URL, PORT: "port" })).toThrow(/PORT must be a port number/);
  });

  it("keeps personal data 365 days unless PERSONAL_DATA_RETENTION_DAYS says otherwise, within 30–3650", () => {
    expect(parseEnv({ DATABASE_URL }).PERSONAL_DATA_RETENTION_DAYS).toBe(365);
    expect(parseEnv({ DATABASE_URL, PERSONAL_DATA_RETENTION_DAYS: "" }).PERSONAL_DATA_RETENTION_DAYS).toBe(365);
    expect(parseEnv({ DATABASE_URL, PERSONAL_DATA_RETENTION_DAYS: "30" }).PERSONAL_DATA_RETENTION_DAYS).toBe(30);
    expect(parseEnv({ DATABASE_URL, PERSONAL_DATA_RETENTION_DAYS: "3650" }).PERSONAL_DATA_RETENTION_DAYS).toBe(3650);
    for (const wrong of ["29", "3651", "0", "-30", "90.5", "1e3", "un anno"]) {
      expect(() => parseEnv({ DATABASE_URL, PERSONAL_DATA_RETENTION_DAYS: wrong })).toThrow(
        /PERSONAL_DATA_RETENTION_DAYS must be a whole number of days from 30 to 3650/,
      );
    }
  });
});
