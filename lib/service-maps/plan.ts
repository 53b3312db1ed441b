import { createHash } from "node:crypto";

import type { ParsedMap, ParsedTable } from "./types";

/**
 * A map as stored, in the parser's shape: what the plan compares a parsed map with. `contentHash` is
 * the hash of everything the parser gave, file lines included, so an equal hash means nothing to write.
 */
export interface StoredMapHead {
  id: string;
  slug: string;
  title: string | null;
  contentHash: string;
}

export interface CellChange {
  table: ParsedTable["kind"];
  row: string;
  /** The column's header ("31/12/2024") or its 1-based number. */
  column: string;
  before: string | null;
  after: string | null;
}

export interface MapChange {
  slug: string;
  title: string | null;
  /** Map fields whose value changed: title, head, management, staff. */
  fields: { field: string; before: string | null; after: string | null }[];
  cells: CellChange[];
  rowsAdded: string[];
  rowsRemoved: string[];
  /** True when only the map's place in the file (lines, order) changed. */
  movedOnly: boolean;
}

export interface ImportPlan {
  added: { slug: string; title: string | null }[];
  removed: { slug: string; title: string | null }[];
  changed: MapChange[];
  unchanged: number;
  hasChanges: boolean;
  /** Hash of the maps as stored: an apply for this plan is refused if it differs by then. */
  stateToken: string;
}

/** The hash of a parsed map: stable JSON of every field, in a fixed key order. */
export function mapHash(map: ParsedMap): string {
  return contentHash(map);
}

/** SHA-256 of the stable JSON of any parsed value (keys sorted): equal content, equal hash. */
export function contentHash(value: unknown): string {
  return createHash("sha256").update(stableJson(value)).digest("hex");
}

/** The hash of the stored maps' slugs and hashes: changes whenever any map does. */
export function stateToken(stored: { slug: string; contentHash: string }[]): string {
  const lines = stored.map((map) => `${map.slug}:${map.contentHash}`).sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Which maps are added, removed, changed or the same, by slug (their public URL). */
export function classifyMaps(parsed: ParsedMap[], stored: StoredMapHead[]) {
  const storedBySlug = new Map(stored.map((map) => [map.slug, map]));
  const parsedSlugs = new Set(parsed.map((map) => map.slug));
  const added: ParsedMap[] = [];
  const differing: { parsed: ParsedMap; stored: StoredMapHead; hash: string }[] = [];
  const same: ParsedMap[] = [];
  for (const map of parsed) {
    const hash = mapHash(map);
    const existing = storedBySlug.get(map.slug);
    if (!existing) added.push(map);
    else if (existing.contentHash === hash) same.push(map);
    else differing.push({ parsed: map, stored: existing, hash });
  }
  const removed = stored.filter((map) => !parsedSlugs.has(map.slug));
  return { added, differing, same, removed };
}

/** What differs between a stored map (read back into the parser's shape) and the parsed one. */
export function diffMap(before: ParsedMap, after: ParsedMap): MapChange {
  const fields: MapChange["fields"] = [];
  const field = (name: string, a: string | null, b: string | null) => {
    if (a !== b) fields.push({ field: name, before: a, after: b });
  };
  field("title", before.title, after.title);
  field("head", before.headRaw, after.headRaw);
  field("management", before.managementForms.join("+") || null, after.managementForms.join("+") || null);
  field("managementNote", before.managementNote, after.managementNote);
  field("staff", before.staffRaw, after.staffRaw);

  const cells: CellChange[] = [];
  const rowsAdded: string[] = [];
  const rowsRemoved: string[] = [];
  const beforeRows = keyedRows(before.tables);
  const afterRows = keyedRows(after.tables);
  for (const [key, row] of afterRows) {
    const old = beforeRows.get(key);
    if (!old) {
      rowsAdded.push(`${row.table.kind}: ${row.label}`);
      continue;
    }
    const width = Math.max(old.cells.length, row.cells.length);
    for (let column = 0; column < width; column++) {
      const a = old.cells[column]?.raw ?? null;
      const b = row.cells[column]?.raw ?? null;
      if (a !== b) {
        cells.push({
          table: row.table.kind,
          row: row.label,
          column: row.cells[column]?.columnLabel ?? old.cells[column]?.columnLabel ?? String(column + 1),
          before: a,
          after: b,
        });
      }
    }
  }
  for (const [key, row] of beforeRows) if (!afterRows.has(key)) rowsRemoved.push(`${row.table.kind}: ${row.label}`);
  const tablesSame =
    stableJson(before.tables.map(tableShape)) === stableJson(after.tables.map(tableShape));
  return {
    slug: after.slug,
    title: after.title,
    fields,
    cells,
    rowsAdded,
    rowsRemoved,
    movedOnly: fields.length === 0 && tablesSame,
  };
}

/** A table without its place in the file. */
function tableShape(table: ParsedTable) {
  return {
    kind: table.kind,
    title: table.title,
    columns: table.columns,
    years: table.years,
    headersInferred: table.headersInferred,
    footnotes: table.footnotes.map(({ marker, text }) => ({ marker, text })),
    rows: table.rows.map(({ label, labelRaw, footnoteMarker, cells }) => ({ label, labelRaw, footnoteMarker, cells })),
  };
}

/** Rows keyed by table kind and occurrence, label and occurrence: repeated labels stay apart. */
function keyedRows(tables: ParsedTable[]) {
  const keyed = new Map<string, ParsedTable["rows"][number] & { table: ParsedTable }>();
  const tableCount = new Map<string, number>();
  for (const table of tables) {
    const tableIndex = tableCount.get(table.kind) ?? 0;
    tableCount.set(table.kind, tableIndex + 1);
    const labelCount = new Map<string, number>();
    for (const row of table.rows) {
      const labelIndex = labelCount.get(row.label) ?? 0;
      labelCount.set(row.label, labelIndex + 1);
      keyed.set(`${table.kind}#${tableIndex}/${row.label}#${labelIndex}`, { ...row, table });
    }
  }
  return keyed;
}
