import type { MonthSheet } from "./month-sheet";

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so that spreadsheets never run it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",;\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The month sheet as CSV (semicolon-separated, as Italian spreadsheets expect), with a BOM for Excel. */
export function monthSheetCsv(sheet: MonthSheet): string {
  const lines = [[sheet.title], [sheet.volunteer], [sheet.project], [], sheet.header, ...sheet.rows, sheet.footer];
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(";")).join("\r\n")}\r\n`;
}
