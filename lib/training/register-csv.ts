import { csvCell } from "@/lib/timesheets/export-csv";

import type { RegisterSheet } from "./register-sheet";

/**
 * The register as CSV (semicolon-separated, with a BOM, like the month sheet): the sessions with their
 * attendance, then the totals against the targets. No signature columns: a CSV is not signed.
 */
export function registerCsv(sheet: RegisterSheet): string {
  const lines = [[sheet.title], ...sheet.subtitle.map((line) => [line]), [], sheet.header, ...sheet.rows.map((row) => row.cells), [], [sheet.totalsTitle], sheet.totalsHeader, ...sheet.totalsRows];
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
