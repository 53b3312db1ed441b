import { csvDocument, type CsvField } from "./csv";
import type { MapCell, ServiceMapView } from "./read";

/** The CSV's columns, in order: codes and raw text, never translated labels. */
export const CSV_HEADER = ["map", "table", "table_position", "row", "column", "year", "raw", "value", "status", "unit"] as const;

type Cell = CsvField;

function cellLine(map: ServiceMapView, table: ServiceMapView["tables"][number], label: string, cell: MapCell | null): Cell[] {
  if (!cell) return [map.slug, table.kind, table.position, label, null, null, null, null, null, null];
  return [map.slug, table.kind, table.position, label, cell.columnLabel ?? table.columns[cell.column] ?? null, cell.year, cell.raw, cell.value, cell.status, cell.unit];
}

/**
 * A map as CSV in long form: one line per cell (map slug, table kind and position, row label, column
 * header, year, raw text, value with a dot for decimals, status, unit), a row without value columns
 * (a criterion, a site without notes) as one line with the cell's fields empty. The map's staff figure
 * is the `STAFF` line (lib/service-maps/csv.ts: BOM, CRLF, quoting).
 */
export function mapCsv(map: ServiceMapView): string {
  const lines: Cell[][] = [[...CSV_HEADER]];
  for (const table of map.tables) {
    for (const row of table.rows) {
      if (row.cells.length === 0) lines.push(cellLine(map, table, row.label, null));
      for (const cell of row.cells) lines.push(cellLine(map, table, row.label, cell));
    }
  }
  if (map.staff && !map.tables.some((table) => table.kind === "STAFF")) {
    lines.push([map.slug, "STAFF", null, "Personale", null, null, map.staff.raw, map.staff.value, map.staff.status, map.staff.status === "NUMBER" ? "COUNT" : null]);
  }
  return csvDocument(lines);
}

/** The map as JSON: the same content as the page and the CSV, raw text untouched. */
export function mapJson(map: ServiceMapView): string {
  return `${JSON.stringify(
    {
      slug: map.slug,
      title: map.title,
      head: map.headRaw,
      office: map.office,
      managementForms: map.managementForms,
      managementNote: map.managementNote,
      staff: map.staff,
      importedAt: map.importedAt,
      tables: map.tables,
    },
    null,
    2,
  )}\n`;
}

/** "mappa-anagrafe.csv": the slug is already safe in a header (lower-case letters, digits, hyphens). */
export function exportFilename(map: { slug: string }, extension: "csv" | "json"): string {
  return `mappa-${map.slug}.${extension}`;
}
