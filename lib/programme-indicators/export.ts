import { csvDocument, type CsvField } from "@/lib/service-maps/csv";

import type { ProgrammeView } from "./read";

/** The CSV's columns, in order: codes and the report's own text, never translated labels. */
export const PROGRAMME_CSV_HEADER = ["programme", "programme_title", "indicator_position", "indicator", "objective", "column", "kind", "year", "raw", "value", "status", "unit"] as const;

/**
 * The programmes' indicators as CSV in long form: one line per cell (programme code and title,
 * indicator position and name, operational objective, the report's column header, TARGET or ACTUAL,
 * year, raw text, value with a dot for decimals, status, unit); an indicator with no cell as one line
 * with the cell's fields empty. Mission, head and notes are in the JSON. BOM, CRLF, RFC 4180 quoting
 * (lib/service-maps/csv.ts).
 */
export function programmesCsv(programmes: ProgrammeView[]): string {
  const lines: CsvField[][] = [[...PROGRAMME_CSV_HEADER]];
  for (const programme of programmes) {
    for (const indicator of programme.indicators) {
      const head = [programme.code, programme.title, indicator.position, indicator.name, indicator.objective];
      if (indicator.cells.length === 0) lines.push([...head, null, null, null, null, null, null, null]);
      for (const cell of indicator.cells) lines.push([...head, cell.columnLabel, cell.kind, cell.year, cell.raw, cell.value, cell.status, cell.unit]);
    }
  }
  return csvDocument(lines);
}

/** The programmes as JSON: the same content as the page and the CSV, the report's text untouched. */
export function programmesJson(programmes: ProgrammeView[]): string {
  return `${JSON.stringify({ programmes }, null, 2)}\n`;
}

/** The downloads' file name. */
export function programmesFilename(extension: "csv" | "json"): string {
  return `programmi-indicatori.${extension}`;
}
