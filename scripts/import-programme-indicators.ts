// `npm run import:programme-indicators -- <file> [--dry-run]`: imports the indicators of the programme
// report's citizen-service programmes into DATABASE_URL; --dry-run prints what would change only.
import { readFileSync } from "node:fs";

import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { applyProgrammeIndicators, previewProgrammeIndicators } from "@/lib/programme-indicators/import";
import { parseProgrammeReport } from "@/lib/programme-indicators/parse";
import { summarizeReport } from "@/lib/programme-indicators/summary";
import { decodeServiceMapsFile } from "@/lib/service-maps/read-file";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const file = args.find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run import:programme-indicators -- <file> [--dry-run]");
  process.exit(2);
}
const decoded = decodeServiceMapsFile(readFileSync(file));
if (!decoded.ok) {
  console.error(`Not imported: ${decoded.error}.`);
  process.exit(1);
}
const report = parseProgrammeReport(decoded.text);
const summary = summarizeReport(report);
console.log(`Report: ${summary.lineCount} lines, ${summary.programmesInReport} programmes.`);
console.log(`Citizen-service programmes: ${summary.programmes.join(", ")}; indicators: ${summary.indicators}; cells: ${summary.cells} — ${Object.entries(summary.cellsByStatus).map(([status, count]) => `${status} ${count}`).join(", ")}.`);
console.log(`Left out: ${summary.programmesLeftOut} other programmes with ${summary.indicatorsLeftOut} indicators; unread indicator lines: ${summary.unreadIndicatorLines}.`);
for (const line of report.unreadIndicatorLines) console.log(`  line ${line.line}: ${JSON.stringify(line.text.slice(0, 60))}`);

const db = createDb(env().DATABASE_URL);
try {
  const result = dryRun ? await previewProgrammeIndicators(db, report) : await applyProgrammeIndicators(db, report);
  console.log(`Programmes: ${result.added.length} added, ${result.updated.length} changed, ${result.removed.length} removed, ${result.unchanged} unchanged.`);
  console.log(dryRun ? "Dry run: nothing written." : result.changed ? "Applied in one transaction." : "No change: the database already holds this content.");
} finally {
  await db.$disconnect();
}
