import type { DbClient } from "@/lib/db";

import type { CellStatus, CellUnit } from "./parse-number";
import type { StoredMapHead } from "./plan";
import type { Footnote, ManagementForm, ParsedMap, TableKind } from "./types";

/** Every stored map's slug, title and hash: enough to plan an import. */
export async function storedMapHeads(db: DbClient): Promise<StoredMapHead[]> {
  return db.serviceMap.findMany({ select: { id: true, slug: true, title: true, contentHash: true }, orderBy: { position: "asc" } });
}

/** Stored maps read back into the parser's shape, to show what an import would change in them. */
export async function storedMaps(db: DbClient, ids: string[]): Promise<ParsedMap[]> {
  if (ids.length === 0) return [];
  const maps = await db.serviceMap.findMany({
    where: { id: { in: ids } },
    include: {
      office: true,
      tables: {
        orderBy: { position: "asc" },
        include: { rows: { orderBy: { position: "asc" }, include: { cells: { orderBy: { column: "asc" } } } } },
      },
    },
  });
  return maps.map((map) => ({
    slug: map.slug,
    title: map.title,
    headRaw: map.headRaw,
    office: map.office ? { slug: map.office.slug, head: map.office.head } : null,
    position: map.position,
    firstLine: map.firstLine,
    lastLine: map.lastLine,
    managementForms: map.managementForms as ManagementForm[],
    managementNote: map.managementNote,
    staffRaw: map.staffRaw,
    staffValue: map.staffValue?.toString() ?? null,
    staffStatus: map.staffStatus as CellStatus | null,
    tables: map.tables.map((table) => ({
      kind: table.kind as TableKind,
      position: table.position,
      title: table.title,
      columns: table.columns,
      years: table.years,
      headersInferred: table.headersInferred,
      footnotes: table.footnotes as unknown as Footnote[],
      firstLine: table.firstLine,
      lastLine: table.lastLine,
      rows: table.rows.map((row) => ({
        position: row.position,
        label: row.label,
        labelRaw: row.labelRaw,
        lines: row.lines,
        footnoteMarker: row.footnoteMarker,
        cells: row.cells.map((cell) => ({
          column: cell.column,
          columnLabel: cell.columnLabel,
          year: cell.year,
          raw: cell.raw,
          value: cell.value?.toString() ?? null,
          unit: cell.unit as CellUnit | null,
          status: cell.status as CellStatus,
          footnoteMarker: cell.footnoteMarker,
        })),
      })),
    })),
  }));
}
