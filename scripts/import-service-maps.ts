// `npm run import:service-maps -- <file> [--dry-run]`: imports the municipality's service maps into
// DATABASE_URL and prints what the file holds and what changed. --dry-run prints the preview only.
import { readFileSync } from "node:fs";
import path from "node:path";

import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { applyImport, previewImport } from "@/lib/service-maps/import";
import { parseServiceMaps } from "@/lib/service-maps/parse";
import { decodeServiceMapsFile } from "@/lib/service-maps/read-file";
import { formatPlan, formatSummary } from "@/lib/service-maps/report";
import { summarize } from "@/lib/service-maps/summary";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const file = args.find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run import:service-maps -- <file> [--dry-run]");
  process.exit(2);
}

let bytes: Buffer;
try {
  bytes = readFileSync(file);
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const decoded = decodeServiceMapsFile(bytes);
if (!decoded.ok) {
  const why = { EMPTY: "the file is empty", TOO_LARGE: "the file is too large", NOT_UTF8: "the file is not UTF-8 text", NO_MAPS: "no map in the file" };
  console.error(`Not imported: ${why[decoded.error]}.`);
  process.exit(1);
}
const started = performance.now();
const parsed = parseServiceMaps(decoded.text);
if (parsed.maps.length === 0) {
  console.error("Not imported: no map in the file.");
  process.exit(1);
}
console.log(formatSummary(summarize(parsed), parsed.skipped));

const db = createDb(env().DATABASE_URL);
try {
  if (dryRun) {
    console.log(formatPlan(await previewImport(db, parsed)));
    console.log("Dry run: nothing written.");
  } else {
    const result = await applyImport(db, parsed, { fileName: path.basename(file), sha256: decoded.sha256 });
    console.log(formatPlan(result.plan));
    if (result.ok && result.changed) {
      console.log(`Applied in one transaction (import ${result.importId}, ${Math.round(performance.now() - started)} ms).`);
      // revalidatePath works only inside Next: a running server shows the new maps on its next render
      // of the pages (they are rendered per request), or after a restart where they are cached.
      console.log("Public pages: a running server picks the maps up on its next request to /mappe-servizi.");
    } else {
      console.log("No change: the database already holds this content.");
    }
  }
} finally {
  await db.$disconnect();
}
