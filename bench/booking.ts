// `npm run bench:booking`: online booking throughput and slot look-up latency on a production build.
//
//   npm run bench:booking                       copy the working tree to a temp folder, `next build` it, measure
//   npm run bench:booking -- --write            … and put the results in docs/benchmarks.md
//   npm run bench:booking -- --head             build the last commit instead of the working tree
//   npm run bench:booking -- --keep-app         keep the built copy (its folder is printed) …
//   npm run bench:booking -- --app DIR          … and measure it again without building
//   npm run bench:booking -- --runs 8:400       clients:bookings of each measured run (default 1:100,8:400,16:400)
//   npm run bench:booking -- --time-limit 180   seconds of traffic at most, over all phases (default 180)
//   npm run bench:booking -- --profile DIR      write a V8 CPU profile of the server to DIR (open it in Chrome DevTools)
//
// Traffic goes only to a `next start` on 127.0.0.1 that this script starts. The database is a fresh
// `sportello_bench_*` database, migrated and seeded, on the server of DATABASE_URL or, without it, on an
// embedded PostgreSQL in a temporary folder; it is dropped at the end. See docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { findOffer, loadOfferSlots, type Offer } from "@/lib/availability/load-slots";
import { romeClock, romeDayKey } from "@/lib/calendar/time";
import { createDb, type Db } from "@/lib/db";
import { seed } from "@/prisma/seed/seed";

import { createDatabase, dropDatabases, runScopedName, withClient, withDatabase } from "../scripts/lib/databases";
import { freePort, startEmbeddedPostgres, type EmbeddedServer } from "../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../scripts/lib/prisma-cli";
import { buildCopy, startServer, type AppServer } from "./lib/app-server";
import { alertText, formWith, toFormData, type FormEntries } from "./lib/no-js-form";
import { closedLoop, ms, since, summarize, type LatencySummary } from "./lib/stats";

const { values: args } = parseArgs({
  options: {
    app: { type: "string" },
    "keep-app": { type: "boolean", default: false },
    head: { type: "boolean", default: false },
    runs: { type: "string", default: "1:100,8:400,16:400" },
    warmup: { type: "string", default: "10" },
    lookups: { type: "string", default: "200" },
    "lookup-clients": { type: "string", default: "4" },
    "time-limit": { type: "string", default: "180" },
    profile: { type: "string" },
    write: { type: "boolean", default: false },
  },
});

const runs = args.runs.split(",").map((run) => {
  const [clients, bookings] = run.split(":").map(Number);
  if (!(clients >= 1 && clients <= 64 && bookings >= 1 && bookings <= 2000)) {
    throw new Error(`--runs: "${run}" is not clients:bookings with 1–64 clients and 1–2000 bookings`);
  }
  return { clients, bookings };
});
const warmupBookings = Number(args.warmup);
const lookupCalls = Number(args.lookups);
const lookupClients = Number(args["lookup-clients"]);
const timeLimitSeconds = Number(args["time-limit"]);
if (![warmupBookings, lookupCalls, lookupClients, timeLimitSeconds].every((n) => Number.isInteger(n) && n >= 0) || lookupClients < 1) {
  throw new Error("--warmup, --lookups, --lookup-clients and --time-limit take whole numbers");
}

const projectDir = process.cwd();
const REQUEST_TIMEOUT_MS = 30_000;
/** Slots closer than this to the start are skipped, so that every chosen slot stays bookable during the run. */
const SLOT_MARGIN_MS = 24 * 60 * 60_000;
const CALENDAR = { servizio: "SPID", sede: "138935" };

const say = (line: string) => console.log(`▸ ${line}`);
/** Written next to a build made by this script: what it was built from. */
const BUILD_INFO = "bench-build.json";

// ─── Clean-up of everything this run started ────────────────────────────────────────────────────────

let server: AppServer | undefined;
let embedded: EmbeddedServer | undefined;
let embeddedDir: string | undefined;
let adminUrl = process.env.DATABASE_URL;
let databaseName: string | undefined;
let builtAppDir: string | undefined;
let db: Db | undefined;

async function cleanUp() {
  await server?.stop().catch(() => {});
  await db?.$disconnect().catch(() => {});
  if (adminUrl && databaseName) await dropDatabases(adminUrl, databaseName).catch(() => {});
  await embedded?.stop().catch(() => {});
  if (embeddedDir) await rm(embeddedDir, { recursive: true, force: true }).catch(() => {});
  if (builtAppDir && !args["keep-app"]) await rm(builtAppDir, { recursive: true, force: true }).catch(() => {});
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n✗ ${signal}: stopping the server and dropping the benchmark database…`);
    void cleanUp().finally(() => process.exit(130));
  });
}
// Whatever happens (a hung build, a stuck server), the whole benchmark ends within 20 minutes.
setTimeout(() => {
  console.error("\n✗ The benchmark ran for 20 minutes: giving up.");
  void cleanUp().finally(() => process.exit(1));
}, 20 * 60_000).unref();

// ─── Slots ──────────────────────────────────────────────────────────────────────────────────────────

interface Target {
  offer: Offer;
  day: string;
  time: string;
}

/**
 * Distinct free slots over every offer (desk + service) of the seed, interleaved so that each run
 * spreads over all desks. Days that reach a daily cap are not over-filled.
 */
async function pickSlots(count: number): Promise<{ targets: Target[]; offers: number }> {
  const rows = await db!.sedeService.findMany({
    where: { active: true, sede: { active: true }, service: { active: true } },
    select: { sede: { select: { scuCode: true } }, service: { select: { code: true } } },
    orderBy: [{ sede: { scuCode: "asc" } }, { service: { code: "asc" } }],
  });
  const now = new Date();
  const perOffer: Target[][] = [];
  for (const row of rows) {
    const offer = await findOffer(db!, { scuCode: row.sede.scuCode, serviceCode: row.service.code });
    if (!offer) continue;
    const { free } = await loadOfferSlots(db!, offer, { now });
    const perDay = new Map<string, number>();
    const targets: Target[] = [];
    for (const slot of free) {
      if (slot.startsAt.getTime() < now.getTime() + SLOT_MARGIN_MS) continue;
      const day = romeDayKey(slot.startsAt);
      const taken = perDay.get(day) ?? 0;
      if (offer.dailyCap !== null && taken >= offer.dailyCap) continue;
      perDay.set(day, taken + 1);
      targets.push({ offer, day, time: romeClock(slot.startsAt) });
    }
    perOffer.push(targets);
  }
  const interleaved: Target[] = [];
  for (let i = 0; interleaved.length < count && perOffer.some((targets) => i < targets.length); i++) {
    for (const targets of perOffer) if (i < targets.length && interleaved.length < count) interleaved.push(targets[i]);
  }
  if (interleaved.length < count) throw new Error(`only ${interleaved.length} free slots for ${count} bookings`);
  return { targets: interleaved, offers: perOffer.length };
}

// ─── A citizen without JavaScript ───────────────────────────────────────────────────────────────────

let baseUrl = "";
let trafficDeadline = Number.POSITIVE_INFINITY;
let timedOut = false;
const overTime = () => {
  if (Date.now() > trafficDeadline) timedOut = true;
  return timedOut;
};

const wizardPath = (target: Target) =>
  `/prenota?${new URLSearchParams({ servizio: target.offer.serviceCode, sede: target.offer.scuCode, giorno: target.day, ora: target.time })}`;

let citizenCount = 0;
/** A new citizen: own address (as the reverse proxy reports it), name, e-mail, codice fiscale. */
function newCitizen(label: string) {
  const n = citizenCount++;
  // Names take letters only: the number becomes letters (0 → "A", 27 → "BB").
  const letters = n.toString(26).replace(/./g, (digit) => String.fromCharCode(65 + parseInt(digit, 26)));
  return {
    address: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    name: `Cittadina ${letters[0]}${letters.slice(1).toLowerCase()} Prova`,
    email: `bench-${label}-${n}@example.org`,
    fiscalCode: "RSSMRA85T10A562S",
  };
}
type Citizen = ReturnType<typeof newCitizen>;

/** What a browser sends along with a form or a link: same-origin navigation, HTML expected. */
function browserHeaders(citizen: Citizen, post: boolean): Record<string, string> {
  return {
    Accept: "text/html,application/xhtml+xml",
    "Accept-Language": "it-IT,it;q=0.9",
    "X-Forwarded-For": citizen.address,
    ...(post ? { Origin: baseUrl } : {}),
  };
}

async function request(url: string, init: RequestInit): Promise<{ status: number; location: string | null; body: string; ms: number }> {
  const start = performance.now();
  const response = await fetch(`${baseUrl}${url}`, { ...init, redirect: "manual", signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const body = await response.text();
  return { status: response.status, location: response.headers.get("location"), body, ms: since(start) };
}

/** The details the citizen types in the form's visible fields. */
function typedDetails(citizen: Citizen, offer: Offer): FormEntries {
  return [
    ["name", citizen.name],
    ["email", citizen.email],
    ["phone", ""],
    ...(offer.requiresFiscalCode ? ([["fiscalCode", citizen.fiscalCode]] as FormEntries) : []),
    ["consent", "on"],
  ];
}

/**
 * The whole no-JavaScript journey for one slot: open the details page, post the details ("review"),
 * post the summary form with its "confirm" button. Returns the summary form, the template of every
 * later confirmation.
 */
async function journey(target: Target, citizen: Citizen): Promise<{ summary: FormEntries; confirm: Awaited<ReturnType<typeof request>> }> {
  const url = wizardPath(target);
  const page = await request(url, { headers: browserHeaders(citizen, false) });
  const details = formWith(page.body, "idempotencyKey");
  if (page.status !== 200 || !details) throw new Error(`GET ${url}: status ${page.status}, no booking form. ${alertText(page.body)}`);
  if (!details.hidden.some(([name]) => name.startsWith("$ACTION_"))) {
    throw new Error(`GET ${url}: the booking form carries no $ACTION_ field; React's no-JS form encoding changed?`);
  }
  const review = await request(url, {
    method: "POST",
    headers: browserHeaders(citizen, true),
    body: toFormData([...details.hidden.filter(([name]) => !typedDetails(citizen, target.offer).some(([typed]) => typed === name)), ...typedDetails(citizen, target.offer)]),
  });
  const summary = formWith(review.body, "idempotencyKey");
  if (review.status !== 200 || !summary?.buttons.some(([name, value]) => name === "intent" && value === "confirm")) {
    throw new Error(`POST ${url} (review): status ${review.status}, no summary with a confirm button. ${alertText(review.body)}`);
  }
  const confirm = await request(url, { method: "POST", headers: browserHeaders(citizen, true), body: toFormData([...summary.hidden, ["intent", "confirm"]]) });
  return { summary: summary.hidden, confirm };
}

/**
 * The summary form a citizen would post for `target`: the template's fields (React's action fields
 * first) with this booking's slot, details and a new idempotency key, as the page would render them.
 * React's `$ACTION_n:1` carries the form's previous state (the summary and its values); the action
 * ignores it, but it is rewritten too so that each request is what a browser would send.
 */
function confirmForm(template: FormEntries, target: Target, citizen: Citizen): FormEntries {
  const details = Object.fromEntries(typedDetails(citizen, target.offer));
  const fields: Record<string, string> = {
    serviceCode: target.offer.serviceCode,
    scuCode: target.offer.scuCode,
    day: target.day,
    time: target.time,
    idempotencyKey: randomBytes(18).toString("base64url"),
    name: details.name,
    email: details.email,
    phone: "",
    fiscalCode: details.fiscalCode ?? "",
    consent: "on",
  };
  const entries: FormEntries = [];
  for (const [name, value] of template) {
    if (/^\$ACTION_\d+:1$/.test(name)) {
      const state = JSON.parse(value) as [{ data?: { values?: Record<string, unknown> } } | null];
      if (state[0]?.data?.values) {
        state[0].data.values = { name: fields.name, email: fields.email, phone: "", fiscalCode: fields.fiscalCode, consent: true };
      }
      entries.push([name, JSON.stringify(state)]);
    } else if (name === "fiscalCode") {
      // Only the services that need a codice fiscale have the field.
      if (target.offer.requiresFiscalCode) entries.push([name, fields.fiscalCode]);
    } else {
      entries.push([name, name in fields ? fields[name] : value]);
      if (name === "phone" && target.offer.requiresFiscalCode && !template.some(([other]) => other === "fiscalCode")) {
        entries.push(["fiscalCode", fields.fiscalCode]);
      }
    }
  }
  entries.push(["intent", "confirm"]);
  return entries;
}

// ─── Measurements ───────────────────────────────────────────────────────────────────────────────────

interface BookingRun {
  clients: number;
  planned: number;
  booked: number;
  errors: string[];
  wallMs: number;
  latency: LatencySummary;
  serverCpuSeconds: number | null;
  stored: number;
}

async function countAppointments(emailPrefix?: string): Promise<number> {
  const where = emailPrefix ? { email: { startsWith: emailPrefix } } : {};
  return db!.appointment.count({ where });
}

async function bookingRun(label: string, clients: number, targets: Target[], template: FormEntries): Promise<BookingRun> {
  const latencies: number[] = [];
  const errors: string[] = [];
  const cpuBefore = await server!.cpuSeconds();
  const { started, wallMs } = await closedLoop(
    targets.length,
    clients,
    async (index) => {
      const target = targets[index];
      const citizen = newCitizen(label);
      try {
        const answer = await request(wizardPath(target), {
          method: "POST",
          headers: browserHeaders(citizen, true),
          body: toFormData(confirmForm(template, target, citizen)),
        });
        if (answer.status === 303 && answer.location === "/prenotazione?esito=prenotata") latencies.push(answer.ms);
        else errors.push(`${target.offer.scuCode} ${target.offer.serviceCode} ${target.day} ${target.time}: ${answer.status} ${answer.location ?? ""} ${alertText(answer.body)}`.trim());
      } catch (error) {
        errors.push(`${target.offer.scuCode} ${target.offer.serviceCode} ${target.day} ${target.time}: ${error instanceof Error ? error.message : error}`);
      }
    },
    overTime,
  );
  const cpuAfter = await server!.cpuSeconds();
  if (started < targets.length) errors.push(`time limit reached: ${targets.length - started} bookings not sent`);
  return {
    clients,
    planned: targets.length,
    booked: latencies.length,
    errors,
    wallMs,
    latency: summarize(latencies),
    serverCpuSeconds: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
    stored: await countAppointments(`bench-${label}-`),
  };
}

interface LookupResult {
  what: string;
  clients: number;
  errors: number;
  perSecond: number;
  latency: LatencySummary;
}

async function timedCalls(what: string, calls: number, clients: number, call: () => Promise<boolean>): Promise<LookupResult> {
  const latencies: number[] = [];
  let errors = 0;
  const { started, wallMs } = await closedLoop(
    calls,
    clients,
    async () => {
      const start = performance.now();
      const ok = await call().catch(() => false);
      if (ok) latencies.push(since(start));
      else errors++;
    },
    overTime,
  );
  return { what, clients, errors: errors + (calls - started), perSecond: (latencies.length / wallMs) * 1000, latency: summarize(latencies) };
}

// ─── Machine ────────────────────────────────────────────────────────────────────────────────────────

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: projectDir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

/** What the build in `appDir` was made from, as recorded by this script when it built it. */
async function describeBuild(appDir: string): Promise<string> {
  const file = path.join(appDir, BUILD_INFO);
  if (!existsSync(file)) return "a build not made by this script (commit unknown)";
  const info = JSON.parse(await readFile(file, "utf8")) as { source: "head" | "worktree"; commit: string; dirty: boolean };
  if (info.source === "head") return `commit ${info.commit}`;
  return info.dirty ? `the working tree of commit ${info.commit} with uncommitted changes` : `commit ${info.commit}`;
}

async function machine(databaseUrl: string, appDir: string) {
  const cpus = os.cpus();
  const postgres = await withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    const settings = await client.query<{ name: string; value: string }>(
      "SELECT name, current_setting(name) AS value FROM pg_settings WHERE name IN ('shared_buffers', 'synchronous_commit', 'fsync', 'max_connections') ORDER BY name",
    );
    return { version: rows[0].server_version, settings: settings.rows.map((row) => `${row.name}=${row.value}`).join(", ") };
  });
  return {
    cpu: `${cpus[0]?.model ?? "unknown"} × ${cpus.length}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    postgres: `${postgres.version} (${embedded ? "embedded-postgres, same machine" : "server of DATABASE_URL"}; ${postgres.settings})`,
    built: await describeBuild(appDir),
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  };
}

const load = () => os.loadavg().map((n) => n.toFixed(2)).join(", ");

// ─── Report ─────────────────────────────────────────────────────────────────────────────────────────

function report(input: {
  runs: BookingRun[];
  lookups: LookupResult[];
  machine: Awaited<ReturnType<typeof machine>>;
  offers: number;
  calendarBookings: number;
  totalStored: number;
  outbox: number;
  loadBefore: string;
  loadAfter: string;
}): string {
  const lines = [
    `Measured ${input.machine.date} on a production build of ${input.machine.built}.`,
    "",
    `**Booking** — confirm POSTs of the no-JavaScript summary form (multipart, React's \`$ACTION_…\` fields), each to a distinct slot over ${input.offers} desk+service offers, each from its own client address; closed loop (a client sends its next booking when the previous one is answered).`,
    "",
    "| Clients | Bookings | Errors | Bookings/s | p50 ms | p95 ms | p99 ms | max ms | Server CPU ms/booking |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...input.runs.map((run) => {
      const cpu = run.serverCpuSeconds !== null && run.booked ? ((run.serverCpuSeconds * 1000) / run.booked).toFixed(0) : "–";
      return `| ${run.clients} | ${run.booked} / ${run.planned} | ${run.errors.length} | ${((run.booked / run.wallMs) * 1000).toFixed(1)} | ${ms(run.latency.p50)} | ${ms(run.latency.p95)} | ${ms(run.latency.p99)} | ${ms(run.latency.max)} | ${cpu} |`;
    }),
    "",
    `Rows in "Appointment" after the runs: ${input.totalStored} (the runs' bookings plus the warm-up); confirmation mails in the outbox: ${input.outbox}.`,
    "",
    `**Slot look-up** — SPID at desk ${CALENDAR.sede}, which then held ${input.calendarBookings} live bookings (${input.totalStored} in the database).`,
    "",
    "| What | Clients | Calls | Errors | Calls/s | p50 ms | p95 ms | p99 ms | max ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...input.lookups.map(
      (row) =>
        `| ${row.what} | ${row.clients} | ${row.latency.count} | ${row.errors} | ${row.perSecond.toFixed(1)} | ${ms(row.latency.p50)} | ${ms(row.latency.p95)} | ${ms(row.latency.p99)} | ${ms(row.latency.max)} |`,
    ),
    "",
    "**Machine**",
    "",
    `- CPU: ${input.machine.cpu}; memory ${input.machine.memory}; ${input.machine.os}`,
    `- Node.js ${input.machine.node}; PostgreSQL ${input.machine.postgres}`,
    `- Load average (1, 5, 15 min) before: ${input.loadBefore}; after: ${input.loadAfter}. The benchmark client, the Next.js server and PostgreSQL share these cores.`,
  ];
  return lines.join("\n");
}

const MARK_START = "<!-- bench:booking:start -->";
const MARK_END = "<!-- bench:booking:end -->";

async function writeDoc(results: string) {
  const file = path.join(projectDir, "docs", "benchmarks.md");
  const current = existsSync(file) ? await readFile(file, "utf8") : `# Benchmarks\n\n## Online booking\n\n${MARK_START}\n${MARK_END}\n`;
  const start = current.indexOf(MARK_START);
  const end = current.indexOf(MARK_END);
  if (start < 0 || end < start) throw new Error(`${file} has no ${MARK_START} … ${MARK_END} block to refresh`);
  await writeFile(file, `${current.slice(0, start + MARK_START.length)}\n${results}\n${current.slice(end)}`);
  say(`results written to ${path.relative(projectDir, file)}`);
}

// ─── Main ───────────────────────────────────────────────────────────────────────────────────────────

let failed = false;
try {
  const loadBefore = load();
  say(`load average now: ${loadBefore} (${os.cpus().length} CPUs)`);

  let appDir = args.app ? path.resolve(args.app) : undefined;
  if (!appDir) {
    builtAppDir = await mkdtemp(path.join(os.tmpdir(), "sportello-bench-app-"));
    appDir = builtAppDir;
    const source = args.head ? "head" : "worktree";
    const info = { source, commit: git(["rev-parse", "--short", "HEAD"]) || "unknown", dirty: git(["status", "--porcelain"]) !== "" };
    await buildCopy(projectDir, appDir, source, say);
    await writeFile(path.join(appDir, BUILD_INFO), JSON.stringify(info));
  }

  if (!adminUrl) {
    embeddedDir = await mkdtemp(path.join(os.tmpdir(), "sportello-bench-pg-"));
    say("no DATABASE_URL: starting an embedded PostgreSQL…");
    embedded = await startEmbeddedPostgres({ dataDir: embeddedDir, persistent: false });
    adminUrl = embedded.serverUrl;
  }
  databaseName = runScopedName("sportello_bench");
  await createDatabase(adminUrl, databaseName);
  const databaseUrl = withDatabase(adminUrl, databaseName);
  say(`database ${databaseName}: migrating and seeding…`);
  await migrateDeploy(databaseUrl);
  db = createDb(databaseUrl);
  await seed(db, { demoUsers: false });

  const planned = runs.reduce((sum, run) => sum + run.bookings, 0);
  const { targets, offers } = await pickSlots(Math.max(1, warmupBookings) + planned);
  say(`${targets.length} distinct free slots picked over ${offers} offers`);

  server = await startServer({
    appDir,
    port: await freePort(),
    databaseUrl,
    nodeArgs: args.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(args.profile)}`] : [],
  });
  baseUrl = server.baseUrl;
  say(`next start on ${baseUrl} (pid ${server.pid}, log ${server.logFile})`);
  trafficDeadline = Date.now() + timeLimitSeconds * 1000;

  // Warm-up, not measured: full no-JS journeys (details page, review, confirm), which also prove that
  // the confirmation template below books exactly as the real form does.
  let template: FormEntries | undefined;
  const warmup = targets.slice(0, Math.max(1, warmupBookings));
  await closedLoop(
    warmup.length,
    2,
    async (index) => {
      const { summary, confirm } = await journey(warmup[index], newCitizen("warmup"));
      if (confirm.status !== 303) throw new Error(`warm-up booking: status ${confirm.status}. ${alertText(confirm.body)}`);
      template ??= summary;
    },
    overTime,
  );
  if (!template) throw new Error("no warm-up booking went through");
  const warmupStored = await countAppointments("bench-warmup-");
  if (warmupStored !== warmup.length) throw new Error(`warm-up: ${warmup.length} journeys but ${warmupStored} appointments stored`);
  say(`warm-up: ${warmup.length} bookings through the whole no-JS journey`);

  const results: BookingRun[] = [];
  let offset = warmup.length;
  for (const run of runs) {
    if (overTime()) break;
    const label = `c${run.clients}x${run.bookings}`;
    const result = await bookingRun(label, run.clients, targets.slice(offset, offset + run.bookings), template);
    offset += run.bookings;
    results.push(result);
    say(
      `${run.clients} client(s): ${result.booked}/${result.planned} booked in ${(result.wallMs / 1000).toFixed(1)} s = ${((result.booked / result.wallMs) * 1000).toFixed(1)}/s, ` +
        `p50 ${ms(result.latency.p50)} ms, p95 ${ms(result.latency.p95)} ms, p99 ${ms(result.latency.p99)} ms; ${result.errors.length} errors; ${result.stored} rows stored`,
    );
    for (const error of result.errors.slice(0, 10)) console.error(`  ✗ ${error}`);
    if (result.errors.length > 10) console.error(`  ✗ … and ${result.errors.length - 10} more`);
  }

  // Slot look-up, with the database holding every booking above.
  const calendarOffer = (await findOffer(db, { scuCode: CALENDAR.sede, serviceCode: CALENDAR.servizio }))!;
  const calendarBookings = await db.appointment.count({ where: { sedeId: calendarOffer.sedeId, serviceId: calendarOffer.serviceId, status: { not: "CANCELLED" } } });
  const lookups: LookupResult[] = [];
  const libCall = async () => (await loadOfferSlots(db!, calendarOffer, { now: new Date() })).free.length > 0;
  for (let i = 0; i < 20; i++) await libCall();
  lookups.push(await timedCalls("`loadOfferSlots()` in the benchmark process", lookupCalls, 1, libCall));
  const calendarPath = `/prenota?${new URLSearchParams(CALENDAR)}`;
  const visitor = newCitizen("calendar");
  const pageCall = async () => {
    const answer = await request(calendarPath, { headers: browserHeaders(visitor, false) });
    return answer.status === 200 && answer.body.includes("giorno=");
  };
  for (let i = 0; i < 10; i++) await pageCall();
  lookups.push(await timedCalls(`GET \`${calendarPath}\``, lookupCalls, 1, pageCall));
  lookups.push(await timedCalls(`GET \`${calendarPath}\``, lookupCalls, lookupClients, pageCall));
  for (const row of lookups) {
    say(`${row.what}, ${row.clients} client(s): p50 ${ms(row.latency.p50)} ms, p95 ${ms(row.latency.p95)} ms, p99 ${ms(row.latency.p99)} ms, ${row.perSecond.toFixed(1)}/s, ${row.errors} errors`);
  }

  // Confirmation mails are written after the response (after()): give the last ones a moment.
  const totalStored = await countAppointments();
  let outbox = 0;
  for (let i = 0; i < 20 && (outbox = await db.outboxMessage.count()) < totalStored; i++) await new Promise((resolve) => setTimeout(resolve, 250));

  const serverErrors = (await readFile(server.logFile, "utf8")).split("\n").filter((line) => /error|failed/i.test(line));
  const text = report({ runs: results, lookups, machine: await machine(databaseUrl, appDir), offers, calendarBookings, totalStored, outbox, loadBefore, loadAfter: load() });
  console.log(`\n${text}\n`);

  const booked = results.reduce((sum, run) => sum + run.booked, 0);
  const problems = [
    ...(timedOut ? [`the time limit of ${timeLimitSeconds} s cut the traffic short`] : []),
    ...results.filter((run) => run.errors.length).map((run) => `${run.errors.length} errors with ${run.clients} client(s)`),
    ...results.filter((run) => run.stored !== run.booked).map((run) => `${run.clients} client(s): ${run.booked} answers 303 but ${run.stored} rows stored`),
    ...(totalStored !== booked + warmup.length ? [`${totalStored} rows in "Appointment", expected ${booked + warmup.length}`] : []),
    ...(outbox !== totalStored ? [`${outbox} mails in the outbox for ${totalStored} bookings`] : []),
    ...lookups.filter((row) => row.errors).map((row) => `${row.errors} failed look-ups (${row.what}, ${row.clients} clients)`),
    ...(serverErrors.length ? [`the server logged ${serverErrors.length} error line(s), e.g. ${serverErrors[0]}`] : []),
  ];
  if (problems.length) {
    failed = true;
    for (const problem of problems) console.error(`✗ ${problem}`);
    if (args.write) console.error("✗ docs/benchmarks.md left as it was: only a clean run is written there");
  } else if (args.write) {
    await writeDoc(text);
  }
  if (args["keep-app"] && builtAppDir) say(`built app kept in ${builtAppDir}: re-run with --app ${builtAppDir}`);
} catch (error) {
  failed = true;
  console.error(`\n✗ ${error instanceof Error ? error.message : error}`);
} finally {
  await cleanUp();
}
process.exit(failed ? 1 : 0);
