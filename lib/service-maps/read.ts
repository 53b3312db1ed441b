import type { DbClient } from "@/lib/db";

// The public pages' reads of the imported maps. Everything returned is plain JSON (numbers, strings,
// ISO dates), so that it can sit in Next's data cache as it is (lib/service-maps/cached.ts).

export type MapCellStatus = "NUMBER" | "NOT_AVAILABLE" | "NOT_APPLICABLE" | "TEXT" | "EMPTY";
export type MapCellUnit = "COUNT" | "PERCENT" | "EURO";
export type MapTableKind =
  | "CORE_ELEMENTS"
  | "ACCESSORY_ELEMENTS"
  | "OUTPUTS"
  | "SEGMENTATION_CRITERIA"
  | "USER_SEGMENTS"
  | "USERS_FOLLOWED"
  | "MANAGEMENT"
  | "STAFF"
  | "INVOLVED_SEGMENTS"
  | "DELIVERY_SITES";

export interface MapCell {
  column: number;
  columnLabel: string | null;
  year: number | null;
  raw: string;
  value: number | null;
  unit: MapCellUnit | null;
  status: MapCellStatus;
  footnoteMarker: string | null;
}

export interface MapRow {
  /** "<table position>-<row position>": stable within the map, used to place live values. */
  key: string;
  label: string;
  labelRaw: string;
  footnoteMarker: string | null;
  /** One per value column, in column order (a column the file left out is an EMPTY cell). */
  cells: MapCell[];
}

export interface MapFootnote {
  marker: string;
  text: string;
}

export interface MapTable {
  kind: MapTableKind;
  position: number;
  title: string;
  columns: string[];
  years: number[];
  footnotes: MapFootnote[];
  rows: MapRow[];
}

export interface MapOffice {
  slug: string;
  head: string;
}

export interface ServiceMapView {
  slug: string;
  title: string | null;
  position: number;
  office: MapOffice | null;
  headRaw: string | null;
  managementForms: ("DIRECT" | "OUTSOURCED" | "MIXED")[];
  managementNote: string | null;
  staff: { raw: string; value: number | null; status: MapCellStatus } | null;
  tables: MapTable[];
  /** ISO instant of the import that last changed the map. */
  importedAt: string;
}

export interface MapIndexEntry {
  slug: string;
  title: string | null;
  position: number;
  office: MapOffice | null;
  /** Row labels of the yearly tables (outputs, users followed): what the index search reads. */
  indicators: string[];
  /** First and last year of the outputs' columns, when they have years. */
  years: { from: number; to: number } | null;
}

export interface MapIndex {
  maps: MapIndexEntry[];
  /** Offices with at least one map, by head. */
  offices: (MapOffice & { maps: number })[];
}

const YEARLY: MapTableKind[] = ["OUTPUTS", "USERS_FOLLOWED"];

/**
 * The latest import that changed something (a re-import of the same content writes none): the
 * revision the cached reads are keyed on, null before the first import.
 */
export async function latestImportRevision(db: DbClient): Promise<string | null> {
  const latest = await db.serviceMapImport.findFirst({ orderBy: [{ importedAt: "desc" }, { id: "desc" }], select: { id: true } });
  return latest?.id ?? null;
}

export async function readMapIndex(db: DbClient): Promise<MapIndex> {
  const maps = await db.serviceMap.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      title: true,
      position: true,
      office: { select: { slug: true, head: true } },
      tables: {
        where: { kind: { in: YEARLY } },
        orderBy: { position: "asc" },
        select: { kind: true, years: true, rows: { orderBy: { position: "asc" }, select: { label: true } } },
      },
    },
  });
  const offices = new Map<string, MapOffice & { maps: number }>();
  for (const map of maps) {
    if (!map.office) continue;
    const office = offices.get(map.office.slug) ?? { ...map.office, maps: 0 };
    office.maps += 1;
    offices.set(office.slug, office);
  }
  return {
    maps: maps.map((map) => {
      const outputYears = map.tables.find((table) => table.kind === "OUTPUTS")?.years ?? [];
      return {
        slug: map.slug,
        title: map.title,
        position: map.position,
        office: map.office,
        indicators: map.tables.flatMap((table) => table.rows.map((row) => row.label)).filter((label) => label !== ""),
        years: outputYears.length ? { from: Math.min(...outputYears), to: Math.max(...outputYears) } : null,
      };
    }),
    offices: [...offices.values()].sort((a, b) => a.head.localeCompare(b.head, "it")),
  };
}

function footnotesOf(json: unknown): MapFootnote[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item) =>
    item && typeof item === "object" && typeof item.marker === "string" && typeof item.text === "string" ? [{ marker: item.marker, text: item.text }] : [],
  );
}

const toNumber = (value: { toString(): string } | null): number | null => (value === null ? null : Number(value.toString()));

export async function readMap(db: DbClient, slug: string): Promise<ServiceMapView | null> {
  const map = await db.serviceMap.findUnique({
    where: { slug },
    include: {
      office: { select: { slug: true, head: true } },
      lastImport: { select: { importedAt: true } },
      tables: {
        orderBy: { position: "asc" },
        include: { rows: { orderBy: { position: "asc" }, include: { cells: { orderBy: { column: "asc" } } } } },
      },
    },
  });
  if (!map) return null;
  return {
    slug: map.slug,
    title: map.title,
    position: map.position,
    office: map.office,
    headRaw: map.headRaw,
    managementForms: map.managementForms,
    managementNote: map.managementNote,
    staff: map.staffRaw === null || map.staffStatus === null ? null : { raw: map.staffRaw, value: toNumber(map.staffValue), status: map.staffStatus },
    importedAt: map.lastImport.importedAt.toISOString(),
    tables: map.tables.map((table) => ({
      kind: table.kind,
      position: table.position,
      title: table.title,
      columns: table.columns,
      years: table.years,
      footnotes: footnotesOf(table.footnotes),
      rows: table.rows.map((row) => {
        const byColumn = new Map(row.cells.map((cell) => [cell.column, cell]));
        const width = Math.max(table.columns.length, ...row.cells.map((cell) => cell.column + 1));
        return {
          key: `${table.position}-${row.position}`,
          label: row.label,
          labelRaw: row.labelRaw,
          footnoteMarker: row.footnoteMarker,
          cells: Array.from({ length: width }, (_, column): MapCell => {
            const cell = byColumn.get(column);
            if (!cell) return { column, columnLabel: table.columns[column] ?? null, year: table.years[column] ?? null, raw: "", value: null, unit: null, status: "EMPTY", footnoteMarker: null };
            return {
              column,
              columnLabel: cell.columnLabel,
              year: cell.year,
              raw: cell.raw,
              value: toNumber(cell.value),
              unit: cell.unit,
              status: cell.status,
              footnoteMarker: cell.footnoteMarker,
            };
          }),
        };
      }),
    })),
  };
}
