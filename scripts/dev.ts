// `npm run dev`: the portal on the database of DATABASE_URL or, when it is not set, on an embedded
// PostgreSQL whose data stays in .data/postgres between runs. Migrates, seeds an empty database,
// then runs `next dev`; Ctrl-C stops both.
import { spawn } from "node:child_process";
import path from "node:path";

import nextEnv from "@next/env";

import { createDb } from "@/lib/db";
import { serviceMapsFilePath } from "@/lib/service-maps/source-file";
import { DEMO_PASSWORD, demoUsers, seed } from "@/prisma/seed/seed";
import { programmeReportFilePath, seedProgrammeIndicators } from "@/prisma/seed/programme-indicators";
import { describeServiceMapsSeed, seedServiceMaps } from "@/prisma/seed/service-maps";

import { withDatabase } from "./lib/databases";
import { EMBEDDED_DATABASE, EMBEDDED_DATA_DIR } from "./lib/dev-database";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres";
import { migrateDeploy } from "./lib/prisma-cli";

nextEnv.loadEnvConfig(process.cwd(), true);
process.env.NEXT_TELEMETRY_DISABLED = "1";

const port = process.env.PORT ?? "3000";

let embedded: EmbeddedServer | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  console.log(`▸ No DATABASE_URL: starting the embedded PostgreSQL (data in ${path.relative(process.cwd(), EMBEDDED_DATA_DIR)}/)…`);
  embedded = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, persistent: true });
  await ensureDatabase(embedded.serverUrl, EMBEDDED_DATABASE);
  url = withDatabase(embedded.serverUrl, EMBEDDED_DATABASE);
} else {
  console.log("▸ Using the database of DATABASE_URL.");
}

let stopping = false;
async function stopDatabase() {
  if (!embedded) return;
  const server = embedded;
  embedded = undefined;
  // Ctrl-C reaches PostgreSQL too (same process group); if it is already gone, stop() would wait forever.
  await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
}

try {
  console.log("▸ Applying migrations…");
  await migrateDeploy(url);
  const db = createDb(url);
  try {
    const result = await seed(db, { demoUsers: process.env.NODE_ENV !== "production" });
    if (result.seeded) {
      console.log(`▸ Seeded ${result.sedi} desks. Demo staff (development only), password "${DEMO_PASSWORD}":`);
      for (const user of demoUsers) console.log(`    ${user.role.padEnd(9)} ${user.email}`);
    }
    const maps = describeServiceMapsSeed(await seedServiceMaps(db, serviceMapsFilePath(process.env.SERVICE_MAPS_FILE, process.cwd())));
    if (maps) console.log(`▸ ${maps}`);
    const programmes = await seedProgrammeIndicators(db, programmeReportFilePath(process.env.PROGRAMME_REPORT_FILE, process.cwd()));
    if (programmes) console.log(`▸ ${programmes}`);
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopDatabase();
  process.exit(1);
}

console.log(`▸ Starting Next.js on http://localhost:${port}`);
const next = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "dev", "-p", port], {
  env: { ...process.env, DATABASE_URL: url },
  stdio: "inherit",
});

const shutdown = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n▸ ${signal}: stopping Next.js${embedded ? " and PostgreSQL" : ""}…`);
  next.kill("SIGTERM");
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);

next.on("exit", async (code) => {
  await stopDatabase();
  process.exit(stopping ? 0 : (code ?? 1));
});
