import { randomUUID } from "node:crypto";

import type { Db, DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { classifyMaps, diffMap, mapHash, stateToken, type ImportPlan, type MapChange } from "./plan";
import { storedMapHeads, storedMaps } from "./stored";
import { summarize, type FileSummary } from "./summary";
import type { ParsedFile, ParsedMap } from "./types";

export interface ImportSource {
  fileName: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
}

/** What applying `parsed` would change, computed against the maps as stored now. Writes nothing. */
export async function previewImport(db: DbClient, parsed: ParsedFile): Promise<ImportPlan> {
  const stored = await storedMapHeads(db);
  return planAgainst(db, parsed, stored);
}

async function planAgainst(db: DbClient, parsed: ParsedFile, stored: Awaited<ReturnType<typeof storedMapHeads>>): Promise<ImportPlan> {
  const { added, differing, same, removed } = classifyMaps(parsed.maps, stored);
  const before = new Map((await storedMaps(db, differing.map((item) => item.stored.id))).map((map) => [map.slug, map]));
  const changed: MapChange[] = differing.map((item) => diffMap(before.get(item.parsed.slug)!, item.parsed));
  return {
    added: added.map(({ slug, title }) => ({ slug, title })),
    removed: removed.map(({ slug, title }) => ({ slug, title })),
    changed,
    unchanged: same.length,
    hasChanges: added.length + removed.length + changed.length > 0,
    stateToken: stateToken(stored),
  };
}

export type ApplyResult =
  | { ok: true; changed: false; plan: ImportPlan }
  | { ok: true; changed: true; plan: ImportPlan; importId: string; summary: FileSummary }
  /** The maps changed since the preview this apply was confirmed on. */
  | { ok: false; reason: "STALE"; plan: ImportPlan };

// Large enough that a temporary position never meets a real one (a file holds a few hundred maps).
const POSITION_SHIFT = 1_000_000;

/**
 * Applies `parsed` in one transaction: maps added, changed maps rewritten in place (same id and slug,
 * so their public URL stays), maps no longer in the file deleted. The same content again writes
 * nothing at all. With `expectedState` (the preview's `stateToken`), refuses if the maps changed since.
 */
export async function applyImport(
  db: Db,
  parsed: ParsedFile,
  input: ImportSource & { userId?: string | null; expectedState?: string },
): Promise<ApplyResult> {
  return db.$transaction(
    async (tx) => {
      // One import at a time: the second waits, then plans against what the first wrote.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('service-maps-import'))`;
      const stored = await storedMapHeads(tx);
      const plan = await planAgainst(tx, parsed, stored);
      if (input.expectedState !== undefined && input.expectedState !== plan.stateToken) return { ok: false, reason: "STALE", plan };
      if (!plan.hasChanges) return { ok: true, changed: false, plan };

      const summary = summarize(parsed);
      const importId = randomUUID();
      await tx.serviceMapImport.create({
        data: {
          id: importId,
          fileName: input.fileName,
          sha256: input.sha256,
          lineCount: parsed.lineCount,
          importedById: input.userId ?? null,
          summary: {
            ...summary,
            mapsAdded: plan.added.length,
            mapsChanged: plan.changed.length,
            mapsRemoved: plan.removed.length,
            mapsUnchanged: plan.unchanged,
          } as unknown as Prisma.InputJsonValue,
          skippedLines: parsed.skipped as unknown as Prisma.InputJsonValue,
        },
      });

      const storedBySlug = new Map(stored.map((map) => [map.slug, map]));
      const removedIds = plan.removed.map((map) => storedBySlug.get(map.slug)!.id);
      if (removedIds.length > 0) await tx.serviceMap.deleteMany({ where: { id: { in: removedIds } } });

      const officeIds = await ensureOffices(tx, parsed.maps);
      const rewrite = new Set([...plan.added, ...plan.changed].map((map) => map.slug));
      const toWrite = parsed.maps.filter((map) => rewrite.has(map.slug));
      const keptIds = toWrite.flatMap((map) => storedBySlug.get(map.slug)?.id ?? []);
      // Positions are unique. An unchanged map kept its position (the hash covers it) and removed maps are
      // gone, so only the rewritten ones can collide among themselves: move them aside first.
      if (keptIds.length > 0) {
        await tx.$executeRaw`UPDATE "ServiceMap" SET "position" = "position" + ${POSITION_SHIFT} WHERE "id" = ANY(${keptIds}::uuid[])`;
        await tx.serviceMapTable.deleteMany({ where: { mapId: { in: keptIds } } });
      }
      const ids = new Map(toWrite.map((map) => [map.slug, storedBySlug.get(map.slug)?.id ?? randomUUID()]));
      const created: Prisma.ServiceMapCreateManyInput[] = [];
      for (const map of toWrite) {
        const data = {
          title: map.title,
          officeId: map.office ? officeIds.get(map.office.slug)! : null,
          headRaw: map.headRaw,
          position: map.position,
          firstLine: map.firstLine,
          lastLine: map.lastLine,
          managementForms: map.managementForms,
          managementNote: map.managementNote,
          staffRaw: map.staffRaw,
          staffValue: map.staffValue,
          staffStatus: map.staffStatus,
          contentHash: mapHash(map),
          lastImportId: importId,
        };
        const existing = storedBySlug.get(map.slug);
        if (existing) await tx.serviceMap.update({ where: { id: existing.id }, data });
        else created.push({ id: ids.get(map.slug)!, slug: map.slug, ...data });
      }
      if (created.length > 0) await tx.serviceMap.createMany({ data: created });
      await insertTables(tx, toWrite, ids);
      await tx.serviceMapOffice.deleteMany({ where: { maps: { none: {} } } });
      return { ok: true, changed: true, plan, importId, summary };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** The offices the maps name, created when missing (head spelling updated), by slug. */
async function ensureOffices(tx: Prisma.TransactionClient, maps: ParsedMap[]): Promise<Map<string, string>> {
  const wanted = new Map(maps.flatMap((map) => (map.office ? [[map.office.slug, map.office.head] as const] : [])));
  const existing = await tx.serviceMapOffice.findMany({ where: { slug: { in: [...wanted.keys()] } } });
  const ids = new Map(existing.map((office) => [office.slug, office.id]));
  for (const office of existing) {
    const head = wanted.get(office.slug)!;
    if (office.head !== head) await tx.serviceMapOffice.update({ where: { id: office.id }, data: { head } });
  }
  const missing = [...wanted].filter(([slug]) => !ids.has(slug)).map(([slug, head]) => ({ id: randomUUID(), slug, head }));
  if (missing.length > 0) await tx.serviceMapOffice.createMany({ data: missing });
  for (const office of missing) ids.set(office.slug, office.id);
  return ids;
}

/** A PostgreSQL array literal, for arrays that travel inside an array parameter (one per row). */
function arrayLiteral(values: (string | number)[]): string {
  return `{${values.map((value) => (typeof value === "number" ? String(value) : `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`)).join(",")}}`;
}

/**
 * The maps' tables, rows and cells, one INSERT … SELECT FROM unnest(…) each: thousands of cells in
 * one statement (Prisma's createMany was most of the import's time).
 */
async function insertTables(tx: Prisma.TransactionClient, maps: ParsedMap[], mapIds: Map<string, string>) {
  const t = { id: [] as string[], mapId: [] as string[], kind: [] as string[], position: [] as number[], title: [] as string[], columns: [] as string[], years: [] as string[], inferred: [] as boolean[], footnotes: [] as string[], first: [] as number[], last: [] as number[] };
  const r = { id: [] as string[], tableId: [] as string[], position: [] as number[], label: [] as string[], labelRaw: [] as string[], lines: [] as string[], marker: [] as (string | null)[] };
  const c = { rowId: [] as string[], column: [] as number[], label: [] as (string | null)[], year: [] as (number | null)[], raw: [] as string[], value: [] as (string | null)[], unit: [] as (string | null)[], status: [] as string[], marker: [] as (string | null)[] };
  for (const map of maps) {
    for (const table of map.tables) {
      const tableId = randomUUID();
      t.id.push(tableId);
      t.mapId.push(mapIds.get(map.slug)!);
      t.kind.push(table.kind);
      t.position.push(table.position);
      t.title.push(table.title);
      t.columns.push(arrayLiteral(table.columns));
      t.years.push(arrayLiteral(table.years));
      t.inferred.push(table.headersInferred);
      t.footnotes.push(JSON.stringify(table.footnotes));
      t.first.push(table.firstLine);
      t.last.push(table.lastLine);
      for (const row of table.rows) {
        const rowId = randomUUID();
        r.id.push(rowId);
        r.tableId.push(tableId);
        r.position.push(row.position);
        r.label.push(row.label);
        r.labelRaw.push(row.labelRaw);
        r.lines.push(arrayLiteral(row.lines));
        r.marker.push(row.footnoteMarker);
        for (const cell of row.cells) {
          c.rowId.push(rowId);
          c.column.push(cell.column);
          c.label.push(cell.columnLabel);
          c.year.push(cell.year);
          c.raw.push(cell.raw);
          c.value.push(cell.value);
          c.unit.push(cell.unit);
          c.status.push(cell.status);
          c.marker.push(cell.footnoteMarker);
        }
      }
    }
  }
  if (t.id.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ServiceMapTable" ("id", "mapId", "kind", "position", "title", "columns", "years", "headersInferred", "footnotes", "firstLine", "lastLine")
    SELECT id, map_id, kind::"ServiceMapTableKind", position, title, columns::text[], years::int[], inferred, footnotes::jsonb, first_line, last_line
    FROM unnest(${t.id}::uuid[], ${t.mapId}::uuid[], ${t.kind}::text[], ${t.position}::int[], ${t.title}::text[], ${t.columns}::text[],
                ${t.years}::text[], ${t.inferred}::boolean[], ${t.footnotes}::text[], ${t.first}::int[], ${t.last}::int[])
      AS x(id, map_id, kind, position, title, columns, years, inferred, footnotes, first_line, last_line)`;
  if (r.id.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ServiceMapRow" ("id", "tableId", "position", "label", "labelRaw", "lines", "footnoteMarker")
    SELECT id, table_id, position, label, label_raw, lines::int[], marker
    FROM unnest(${r.id}::uuid[], ${r.tableId}::uuid[], ${r.position}::int[], ${r.label}::text[], ${r.labelRaw}::text[], ${r.lines}::text[], ${r.marker}::text[])
      AS x(id, table_id, position, label, label_raw, lines, marker)`;
  if (c.rowId.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ServiceMapCell" ("rowId", "column", "columnLabel", "year", "raw", "value", "unit", "status", "footnoteMarker")
    SELECT row_id, "column", column_label, year, raw, value, unit::"ServiceMapUnit", status::"ServiceMapCellStatus", marker
    FROM unnest(${c.rowId}::uuid[], ${c.column}::smallint[], ${c.label}::text[], ${c.year}::smallint[], ${c.raw}::text[], ${c.value}::numeric[],
                ${c.unit}::text[], ${c.status}::text[], ${c.marker}::text[])
      AS x(row_id, "column", column_label, year, raw, value, unit, status, marker)`;
}
