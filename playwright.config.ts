import { randomBytes } from "node:crypto";

import { defineConfig, devices } from "@playwright/test";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/e2e/chromium";
import { START_MS, STEP_MS } from "./tests/e2e/fixtures";

// Run through `npm test`, which provides the database (E2E_DATABASE_URL) and builds the app first.
const port = Number(process.env.E2E_PORT ?? 3200);
const baseURL = `http://127.0.0.1:${port}`;
const serverCommand = `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`;
// `npm test` keeps the server's output in a file, so that a test can prove no secret is logged.
const serverLog = process.env.E2E_SERVER_LOG;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // E2E_REPORT=<file.json> also writes the JSON report (durations and each test's steps, docs/e2e.md).
  reporter: process.env.E2E_REPORT ? [["list"], ["json", { outputFile: process.env.E2E_REPORT }]] : [["list"]],
  // Each test's budget grows with its steps (tests/e2e/fixtures.ts); this is the hooks' and the start's.
  timeout: START_MS,
  // Waiting for what a step shows, or for the step itself, never takes longer than a step may.
  expect: { timeout: STEP_MS },
  use: {
    actionTimeout: STEP_MS,
    navigationTimeout: STEP_MS,
    baseURL,
    locale: "it-IT",
    timezoneId: "Europe/Rome",
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    command: serverLog ? `${serverCommand} 2>&1 | tee "${serverLog}"` : serverCommand,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      // A production build refuses to start without one.
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      // Mail stays in the outbox table, where the tests read it.
      MAIL_OUTBOX: "true",
      PUBLIC_URL: baseURL,
      // No day-before reminders landing in the outbox while a test reads its newest mail; the jobs are
      // covered by tests/integration/jobs.test.ts and reminders.test.ts.
      JOBS: "off",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
