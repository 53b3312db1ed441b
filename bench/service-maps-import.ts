// `npm run bench:service-maps`: parse + import of the municipality's whole service-maps file into a fresh
// database, several runs; median and max wall time. `-- --write` puts the results in docs/benchmarks.md.
//
//   npm run bench:service-maps                       7 runs on the file of SERVICE_MAPS_FILE or ../shared/seeds/002_…
//   npm run bench:service-maps -- --runs 15 --write
//
// Needs DATABASE_URL (a server where it may create and drop `sportello_bench_*` databases).
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { createDb } from "@/lib/db";
import { applyImport } from "@/lib/service-maps/import";
import { parseServiceMaps } from "@/lib/service-maps/parse";
import { decodeServiceMapsFile } from "@/lib/service-maps/read-file";
import { serviceMapsFilePath } from "@/lib/service-maps/source-file";
import { summarize } from "@/lib/service-maps/summary";

import { createDatabase, dropDatabases, runScopedName, withDatabase } from "../scripts/lib/databases";
import { migrateDeploy } from "../scripts/lib/prisma-cli";

const { values: args } = parseArgs({ options: { runs: { type: "string", default: "7" }, write: { type: "boolean", default: false } } });
const runs = Number(args.runs);
if (!(Number.isInteger(runs) && runs >= 1 && runs <= 50)) throw new Error("--runs: a whole number from 1 to 50");
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) {
  console.error("bench:service-maps needs DATABASE_URL (it creates and drops sportello_bench_* databases there).");
  process.exit(2);
}
const projectDir = path.resolve(import.meta.dirname, "..");
const file = serviceMapsFilePath(process.env.SERVICE_MAPS_FILE, projectDir);
const bytes = readFileSync(file);

const prefix = runScopedName("sportello_bench_sm");
const template = `${prefix}_template`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

try {
  await createDatabase(adminUrl, template);
  await migrateDeploy(withDatabase(adminUrl, template), { quiet: true });
  const parseTimes: number[] = [];
  const importTimes: number[] = [];
  const againTimes: number[] = [];
  let summary = "";
  for (let run = 0; run < runs; run++) {
    const name = `${prefix}_${run}`;
    await createDatabase(adminUrl, name, template);
    const db = createDb(withDatabase(adminUrl, name));
    try {
      await db.$queryRaw`SELECT 1`; // the pool's first connection is not the import's cost
      const started = performance.now();
      const decoded = decodeServiceMapsFile(bytes);
      if (!decoded.ok) throw new Error(`the file is not importable: ${decoded.error}`);
      const parsed = parseServiceMaps(decoded.text);
      const parsedAt = performance.now();
      const result = await applyImport(db, parsed, { fileName: path.basename(file), sha256: decoded.sha256 });
      const done = performance.now();
      if (!(result.ok && result.changed)) throw new Error("the first import changed nothing");
      const again = await applyImport(db, parsed, { fileName: path.basename(file), sha256: decoded.sha256 });
      const againDone = performance.now();
      if (!(again.ok && !again.changed)) throw new Error("the second import changed something");
      parseTimes.push(parsedAt - started);
      importTimes.push(done - started);
      againTimes.push(againDone - done);
      const s = summarize(parsed);
      summary = `${s.lineCount} lines, ${s.maps} maps, ${s.tables} tables, ${s.rows} rows, ${s.cells} cells`;
      console.log(`run ${run + 1}: parse ${parseTimes.at(-1)!.toFixed(0)} ms, parse + import ${importTimes.at(-1)!.toFixed(0)} ms, re-import (no change) ${againTimes.at(-1)!.toFixed(0)} ms`);
    } finally {
      await db.$disconnect();
    }
  }
  const row = (label: string, values: number[]) => `| ${label} | ${median(values).toFixed(0)} | ${Math.max(...values).toFixed(0)} |`;
  const text = [
    `Run of ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ` +
      `PostgreSQL on 127.0.0.1; ${runs} runs, each into a fresh migrated database; file: ${summary}.`,
    "",
    "| Step | Median (ms) | Max (ms) |",
    "|---|---|---|",
    row("Parse (decode, hash, parse)", parseTimes),
    row("Parse + import (one transaction)", importTimes),
    row("Re-import of the same file (no change, no write)", againTimes),
  ].join("\n");
  console.log(`\n${text}`);
  if (args.write) await writeSection(text);
} finally {
  await dropDatabases(adminUrl, prefix);
}

async function writeSection(results: string) {
  const docFile = path.join(projectDir, "docs", "benchmarks.md");
  const start = "<!-- service-maps-bench:start -->";
  const end = "<!-- service-maps-bench:end -->";
  const current = await readFile(docFile, "utf8");
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md has no ${start} … ${end} section`);
  await writeFile(docFile, `${current.slice(0, from + start.length)}\n${results}\n${current.slice(to)}`);
  console.log("docs/benchmarks.md updated.");
}
