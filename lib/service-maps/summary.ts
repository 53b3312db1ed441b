import type { CellStatus } from "./parse-number";
import type { ParsedFile, SkipReason } from "./types";

export const CELL_STATUSES: CellStatus[] = ["NUMBER", "NOT_AVAILABLE", "NOT_APPLICABLE", "TEXT", "EMPTY"];

/** What a parsed file holds, counted: what the CLI prints and the import keeps. */
export interface FileSummary {
  lineCount: number;
  maps: number;
  offices: number;
  tables: number;
  rows: number;
  /** Rows of the yearly tables (outputs and users followed): the figures a page charts. */
  indicators: number;
  cells: number;
  cellsByStatus: Record<CellStatus, number>;
  blankLines: number;
  skippedLines: number;
  skippedByReason: Partial<Record<SkipReason, number>>;
}

export function summarize(parsed: ParsedFile): FileSummary {
  const cellsByStatus = Object.fromEntries(CELL_STATUSES.map((status) => [status, 0])) as Record<CellStatus, number>;
  let tables = 0;
  let rows = 0;
  let indicators = 0;
  let cells = 0;
  for (const map of parsed.maps) {
    for (const table of map.tables) {
      tables++;
      rows += table.rows.length;
      if (table.kind === "OUTPUTS" || table.kind === "USERS_FOLLOWED") indicators += table.rows.length;
      for (const row of table.rows) {
        for (const cell of row.cells) {
          cells++;
          cellsByStatus[cell.status]++;
        }
      }
    }
  }
  const skippedByReason: Partial<Record<SkipReason, number>> = {};
  for (const line of parsed.skipped) skippedByReason[line.reason] = (skippedByReason[line.reason] ?? 0) + 1;
  return {
    lineCount: parsed.lineCount,
    maps: parsed.maps.length,
    offices: new Set(parsed.maps.flatMap((map) => (map.office ? [map.office.slug] : []))).size,
    tables,
    rows,
    indicators,
    cells,
    cellsByStatus,
    blankLines: parsed.uses.filter((use) => use.kind === "blank").length,
    skippedLines: parsed.skipped.length,
    skippedByReason,
  };
}
