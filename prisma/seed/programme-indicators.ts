import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Db } from "@/lib/db";
import { applyProgrammeIndicators } from "@/lib/programme-indicators/import";
import { parseProgrammeReport } from "@/lib/programme-indicators/parse";
import { decodeServiceMapsFile } from "@/lib/service-maps/read-file";

/** Where the programme report is kept beside the project. */
export const DEFAULT_PROGRAMME_REPORT_FILE = "../shared/seeds/003_8df21da1538a311c.txt";

export function programmeReportFilePath(override: string | undefined, projectRoot: string): string {
  return path.resolve(projectRoot, override && override.trim() !== "" ? override : DEFAULT_PROGRAMME_REPORT_FILE);
}

/**
 * Imports the programme report's citizen-service indicators into a database that has none. A missing
 * or unreadable file is reported, never thrown.
 */
export async function seedProgrammeIndicators(db: Db, file: string): Promise<string | null> {
  if (!existsSync(file)) return `Programme indicators: ${file} not found, none imported (set PROGRAMME_REPORT_FILE to import them).`;
  if ((await db.programme.count()) > 0) return null;
  const decoded = decodeServiceMapsFile(readFileSync(file));
  if (!decoded.ok) return `Programme indicators: ${file} is not a UTF-8 text file, none imported.`;
  const report = parseProgrammeReport(decoded.text);
  await applyProgrammeIndicators(db, report);
  const indicators = report.programmes.reduce((sum, programme) => sum + programme.indicators.length, 0);
  return `Programme indicators: ${indicators} indicators of ${report.programmes.length} programmes imported.`;
}
