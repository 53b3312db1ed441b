// `npm test`: every check, in order, stopping at the first failure:
//   typecheck → lint → vitest (unit + integration on fresh databases) → next build → Playwright.
// With DATABASE_URL, tests create and drop their own databases (sportello_test_*, sportello_e2e_*)
// on that server and never touch its other databases; without it, an embedded PostgreSQL in a
// temporary folder serves the whole run. `npm test -- unit integration` runs only those steps;
// `npm test -- clocks` runs the unit and integration tests again with the application's clock moved
// (libfaketime) to 400 days ahead and to Europe/Rome's next change of clocks, PostgreSQL's left true.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import nextEnv from "@next/env";
import { Redis } from "ioredis";

import { createDb } from "@/lib/db";
import { seed } from "@/prisma/seed/seed";

import { createDatabase, dropDatabases, runScopedName, withDatabase } from "./lib/databases";
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres";
import { migrateDeploy } from "./lib/prisma-cli";
import { fakeClockEnv, findLibfaketime, shiftedClocks } from "./lib/shifted-clocks";

const STEPS = ["typecheck", "lint", "unit", "integration", "build", "e2e", "clocks"] as const;
type Step = (typeof STEPS)[number];
/** What a plain `npm test` runs; "clocks" needs libfaketime and is asked for by name (CI does). */
const DEFAULT_STEPS: Step[] = ["typecheck", "lint", "unit", "integration", "build", "e2e"];

const requested = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const unknown = requested.filter((arg) => !(STEPS as readonly string[]).includes(arg));
if (unknown.length) {
  console.error(`Unknown step(s): ${unknown.join(", ")}. Steps: ${STEPS.join(", ")}.`);
  process.exit(2);
}
const steps = new Set<Step>(requested.length ? (requested as Step[]) : DEFAULT_STEPS);

nextEnv.loadEnvConfig(process.cwd(), false);
process.env.NEXT_TELEMETRY_DISABLED = "1";

const bin = (pkg: string, file: string) => path.join("node_modules", pkg, file);

const timings: { label: string; seconds: number }[] = [];

function run(label: string, args: string[], env: Record<string, string | undefined> = {}): Promise<void> {
  const started = Date.now();
  console.log(`\n━━ ${label}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      timings.push({ label, seconds: Number(seconds) });
      if (code === 0) {
        console.log(`━━ ${label}: passed in ${seconds} s`);
        resolve();
      } else {
        reject(new Error(`${label} failed (${signal ?? `exit code ${code}`}) after ${seconds} s`));
      }
    });
  });
}

let embedded: EmbeddedServer | undefined;
let embeddedDir: string | undefined;
let adminUrl = process.env.DATABASE_URL;
let e2ePrefix: string | undefined;

async function database(): Promise<string> {
  if (!adminUrl) {
    embeddedDir = await mkdtemp(path.join(os.tmpdir(), "sportello-test-pg-"));
    console.log("━━ No DATABASE_URL: starting an embedded PostgreSQL for the tests…");
    embedded = await startEmbeddedPostgres({ dataDir: embeddedDir, persistent: false });
    adminUrl = embedded.serverUrl;
  }
  return adminUrl;
}

/** REDIS_URL, or a Redis on 127.0.0.1:6379 if one answers PING; undefined otherwise. */
async function reachableRedis(): Promise<string | undefined> {
  const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const client = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.ping();
    console.log(`━━ Redis answers at ${new URL(url).host}: the shared rate-limit tests run on it.`);
    return url;
  } catch {
    console.log("━━ No Redis answers: only the in-process and fallback rate-limit tests run.");
    return undefined;
  } finally {
    client.disconnect();
  }
}

async function cleanUp() {
  if (adminUrl && e2ePrefix) await dropDatabases(adminUrl, e2ePrefix).catch(() => {});
  if (embedded) await embedded.stop().catch(() => {});
  if (embeddedDir) await rm(embeddedDir, { recursive: true, force: true }).catch(() => {});
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n✗ ${signal}: cleaning up test databases…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/**
 * The Chromium of the end-to-end tests, checked before anything runs: a missing browser says so in
 * one line at once, not after the build.
 */
async function chromium(): Promise<string> {
  let executable: string;
  try {
    executable = (await import("@/tests/e2e/chromium")).chromiumPath();
    accessSync(executable, constants.X_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `No Chromium for the end-to-end tests (${reason}): run \`npm install\` (it brings @sparticuz/chromium, x86-64 Linux), or set CHROMIUM_PATH to a Chromium, e.g. Debian's: apt-get install chromium && export CHROMIUM_PATH=/usr/bin/chromium`,
    );
  }
  return executable;
}

function libfaketime(): string {
  const library = findLibfaketime();
  if (!library) throw new Error("The clocks step needs libfaketime: apt-get install faketime (Debian), or set LIBFAKETIME to its libfaketime.so.1");
  return library;
}

/** Proves libfaketime moves a child's clock to `start`: a library that loads but fakes nothing would let the shifted runs pass on today's date. */
async function expectClock(library: string, start: Date): Promise<void> {
  const seen = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", "process.stdout.write(String(Date.now()))"], {
      env: { ...process.env, ...fakeClockEnv(library, start) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("close", () => resolve(Number(output)));
  });
  if (!(Math.abs(seen - start.getTime()) < 60_000)) {
    throw new Error(`libfaketime (${library}) did not move the clock to ${start.toISOString()}: a child process read ${Number.isFinite(seen) ? new Date(seen).toISOString() : "nothing"}`);
  }
}

const started = Date.now();
let failed = false;
try {
  const browser = steps.has("e2e") ? await chromium() : undefined;
  const faketime = steps.has("clocks") ? libfaketime() : undefined;
  if (steps.has("typecheck")) await run("typecheck", [bin("typescript", "bin/tsc"), "--noEmit"]);
  if (steps.has("lint")) await run("lint", [bin("eslint", "bin/eslint.js"), "--max-warnings", "0", "."]);

  const vitestProjects = (["unit", "integration"] as const).filter((step) => steps.has(step));
  if (vitestProjects.length) {
    const env = steps.has("integration")
      ? { DATABASE_URL: await database(), TEST_REDIS_URL: await reachableRedis() }
      : {};
    await run(
      `vitest (${vitestProjects.join(" + ")})`,
      [bin("vitest", "vitest.mjs"), "run", ...vitestProjects.flatMap((project) => ["--project", project])],
      env,
    );
  }

  if (steps.has("build")) await run("next build", [bin("next", "dist/bin/next"), "build"]);

  if (steps.has("e2e")) {
    const server = await database();
    e2ePrefix = runScopedName("sportello_e2e");
    await createDatabase(server, e2ePrefix);
    const url = withDatabase(server, e2ePrefix);
    await migrateDeploy(url);
    const db = createDb(url);
    try {
      await seed(db, { demoUsers: true });
    } finally {
      await db.$disconnect();
    }
    const logDir = await mkdtemp(path.join(os.tmpdir(), "sportello-e2e-"));
    try {
      await run("playwright (Chromium)", [bin("@playwright/test", "cli.js"), "test"], {
        E2E_DATABASE_URL: url,
        E2E_PORT: String(await freePort()),
        E2E_SERVER_LOG: path.join(logDir, "server.log"),
        CHROMIUM_PATH: browser,
      });
    } finally {
      await rm(logDir, { recursive: true, force: true });
    }
  }

  if (faketime) {
    // PostgreSQL keeps the true clock (this process started it, without libfaketime): a rule that
    // compares the application's `now` with the database's `now()` fails here.
    const env = { DATABASE_URL: await database(), TEST_REDIS_URL: await reachableRedis() };
    for (const clock of shiftedClocks(new Date())) {
      await expectClock(faketime, clock.start);
      await run(
        `vitest (unit + integration), clock at ${clock.start.toISOString()} (${clock.name})`,
        [bin("vitest", "vitest.mjs"), "run", "--project", "unit", "--project", "integration"],
        { ...env, ...fakeClockEnv(faketime, clock.start) },
      );
    }
  }
} catch (error) {
  failed = true;
  console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
} finally {
  await cleanUp();
}
if (timings.length) {
  console.log("\nSteps:");
  for (const { label, seconds } of timings) console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${label}`);
}
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(failed ? `\n✗ npm test failed after ${minutes} min` : `\n✓ npm test passed in ${minutes} min`);
process.exit(failed ? 1 : 0);
