// The service-maps import on a real database: a first import writes every map, the same file again
// writes nothing, a changed file is previewed (added, removed, values old → new) and applied in one
// transaction, a stale preview is refused, and PostgreSQL refuses cells that contradict their status.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyImport, previewImport } from "@/lib/service-maps/import";
import { parseServiceMaps } from "@/lib/service-maps/parse";
import { decodeServiceMapsFile } from "@/lib/service-maps/read-file";
import { serviceMapsFilePath } from "@/lib/service-maps/source-file";
import { summarize } from "@/lib/service-maps/summary";
import type { ParsedFile } from "@/lib/service-maps/types";
import { confirmUpload, previewUpload } from "@/lib/service-maps/upload";
import { seedServiceMaps } from "@/prisma/seed/service-maps";

import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

const root = path.resolve(import.meta.dirname, "../..");
const samplePath = path.join(root, "tests/fixtures/service-maps-sample.txt");
const sampleText = readFileSync(samplePath, "utf8");
function source(text: string) {
  const decoded = decodeServiceMapsFile(Buffer.from(text));
  if (!decoded.ok) throw new Error(decoded.error);
  return { fileName: "mappe.txt", sha256: decoded.sha256 };
}

let fresh: FreshDatabase;

beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(async () => {
  await fresh.db.$disconnect();
});

/** Everything an import may write, to compare before and after. */
async function snapshot() {
  const db = fresh.db;
  return {
    imports: await db.serviceMapImport.count(),
    maps: await db.serviceMap.findMany({ select: { id: true, slug: true, updatedAt: true, contentHash: true }, orderBy: { slug: "asc" } }),
    offices: await db.serviceMapOffice.findMany({ orderBy: { slug: "asc" } }),
    tables: await db.serviceMapTable.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    rows: await db.serviceMapRow.count(),
    cells: await db.serviceMapCell.count(),
  };
}

function cellRaw(slug: string, kind: "OUTPUTS" | "USERS_FOLLOWED", label: string, year: number) {
  return fresh.db.serviceMapCell.findFirst({ where: { year, row: { label, table: { kind, map: { slug } } } } });
}

describe("importing the sample file", () => {
  it("writes every map, table, row and cell, with offices and the import's report", async () => {
    const parsed = parseServiceMaps(sampleText);
    const result = await applyImport(fresh.db, parsed, source(sampleText));
    expect(result).toMatchObject({ ok: true, changed: true });
    const summary = summarize(parsed);
    expect(await fresh.db.serviceMap.count()).toBe(4);
    expect(await fresh.db.serviceMapTable.count()).toBe(summary.tables);
    expect(await fresh.db.serviceMapRow.count()).toBe(summary.rows);
    expect(await fresh.db.serviceMapCell.count()).toBe(summary.cells);
    expect((await fresh.db.serviceMapOffice.findMany({ orderBy: { slug: "asc" } })).map((office) => office.slug)).toEqual([
      "di-girolamo-gabriella",
      "iubini-luca",
      "monteverdi-federica",
      "viani-paolo",
    ]);
    const pin = await cellRaw("comunicazione-esterna", "OUTPUTS", "n. di PIN/PUK della CNS rilasciati", 2019);
    expect([pin?.raw, pin?.value?.toString(), pin?.unit, pin?.status]).toEqual(["445", "445", "COUNT", "NUMBER"]);
    const euro = await cellRaw("impegni", "OUTPUTS", "valore impegni verificati", 2019);
    expect([euro?.value?.toString(), euro?.unit]).toEqual(["847968.5", "EURO"]);
    const record = await fresh.db.serviceMapImport.findFirstOrThrow();
    expect(record.skippedLines).toHaveLength(parsed.skipped.length);
    expect(record.summary).toMatchObject({ maps: 4, mapsAdded: 4 });
    const map = await fresh.db.serviceMap.findUniqueOrThrow({ where: { slug: "impegni" } });
    expect([map.managementForms, map.staffValue?.toString(), map.lastImportId]).toEqual([["DIRECT", "MIXED"], "1.5", record.id]);
  });

  it("finds no change in the same file again and writes nothing", async () => {
    const before = await snapshot();
    const parsed = parseServiceMaps(sampleText);
    const preview = await previewImport(fresh.db, parsed);
    expect(preview).toMatchObject({ hasChanges: false, added: [], removed: [], changed: [], unchanged: 4 });
    const result = await applyImport(fresh.db, parsed, source(sampleText));
    expect(result).toMatchObject({ ok: true, changed: false });
    expect(await snapshot()).toEqual(before);
  });

  it("previews a changed file (a value, a map added, one removed) and applies exactly that", async () => {
    const before = await snapshot();
    const changedText = sampleText
      .replace("n. di PIN/PUK della CNS rilasciati\t445\t", "n. di PIN/PUK della CNS rilasciati\t450\t")
      .replace("SERVIZIO: IMPEGNI", "SERVIZIO: SPESA");
    const parsed = parseServiceMaps(changedText);
    const preview = await previewImport(fresh.db, parsed);
    expect(preview.added.map((map) => map.slug)).toEqual(["spesa"]);
    expect(preview.removed.map((map) => map.slug)).toEqual(["impegni"]);
    expect(preview.unchanged).toBe(2);
    expect(preview.changed).toHaveLength(1);
    expect(preview.changed[0]).toMatchObject({
      slug: "comunicazione-esterna",
      movedOnly: false,
      fields: [],
      cells: [{ table: "OUTPUTS", row: "n. di PIN/PUK della CNS rilasciati", column: "31/12/2019", before: "445", after: "450" }],
    });
    // Nothing written by the preview.
    expect(await snapshot()).toEqual(before);

    const result = await applyImport(fresh.db, parsed, { ...source(changedText), expectedState: preview.stateToken });
    expect(result).toMatchObject({ ok: true, changed: true });
    const after = await snapshot();
    expect(after.imports).toBe(before.imports + 1);
    expect(after.maps.map((map) => map.slug)).toEqual(["anagrafe", "comunicazione-esterna", "polizia-stradale-e-infortunistica", "spesa"]);
    // Same slug, same id: the public URL and any link to the map stay.
    const idOf = (maps: { slug: string; id: string }[], slug: string) => maps.find((map) => map.slug === slug)?.id;
    expect(idOf(after.maps, "comunicazione-esterna")).toBe(idOf(before.maps, "comunicazione-esterna"));
    const unchanged = (maps: typeof before.maps) => maps.find((map) => map.slug === "anagrafe");
    expect(unchanged(after.maps)).toEqual(unchanged(before.maps));
    expect((await cellRaw("comunicazione-esterna", "OUTPUTS", "n. di PIN/PUK della CNS rilasciati", 2019))?.value?.toString()).toBe("450");
  });

  it("refuses to apply a preview when the maps changed since, and writes nothing", async () => {
    const stalePreview = await previewImport(fresh.db, parseServiceMaps(sampleText));
    // Someone else imports in between.
    const other = sampleText.replace("n. di spid rilasciati\tn.d.\tn.d.\t1.828", "n. di spid rilasciati\tn.d.\tn.d.\t1.829");
    expect(await applyImport(fresh.db, parseServiceMaps(other), source(other))).toMatchObject({ ok: true, changed: true });
    const before = await snapshot();
    const result = await applyImport(fresh.db, parseServiceMaps(sampleText), { ...source(sampleText), expectedState: stalePreview.stateToken });
    expect(result).toMatchObject({ ok: false, reason: "STALE" });
    expect(await snapshot()).toEqual(before);
  });

  it("applies all or nothing: a refused cell rolls back the maps already written", async () => {
    const before = await snapshot();
    const parsed: ParsedFile = structuredClone(parseServiceMaps(sampleText.replace("\t6.564\n", "\t6.565\n")));
    // The last map's last cell breaks a rule (a number without a value): refused after everything else.
    const lastMap = parsed.maps.at(-1)!;
    lastMap.title = "IMPEGNI RIVISTI";
    lastMap.slug = "impegni-rivisti";
    const lastCell = lastMap.tables.at(-1)!.rows.at(-1)!.cells.at(-1)!;
    Object.assign(lastCell, { status: "NUMBER", value: null, unit: null });
    await expect(applyImport(fresh.db, parsed, source(sampleText))).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe("rules PostgreSQL keeps", () => {
  let rowId: string;
  beforeAll(async () => {
    const row = await fresh.db.serviceMapRow.findFirstOrThrow({ where: { table: { kind: "OUTPUTS" } } });
    rowId = row.id;
  });

  it("a number has a value and a unit; a non-number has neither; empty means blank", async () => {
    const cell = (data: object) => fresh.db.serviceMapCell.create({ data: { rowId, column: 40, raw: "12", status: "NUMBER", value: "12", unit: "COUNT", ...data } });
    expect((await refusal(() => cell({ value: null }))).constraint).toBe("ServiceMapCell_number_has_value");
    expect((await refusal(() => cell({ unit: null }))).constraint).toBe("ServiceMapCell_number_has_unit");
    expect((await refusal(() => cell({ status: "TEXT", value: null }))).constraint).toBe("ServiceMapCell_number_has_unit");
    expect((await refusal(() => cell({ status: "EMPTY", raw: "x", value: null, unit: null }))).constraint).toBe("ServiceMapCell_empty_is_blank");
    expect((await refusal(() => cell({ year: 3024 }))).constraint).toBe("ServiceMapCell_year");
  });

  it("slugs are shaped and unique; a map has an office exactly when it names a head", async () => {
    const map = await fresh.db.serviceMap.findFirstOrThrow();
    expect((await refusal(() => fresh.db.serviceMap.update({ where: { id: map.id }, data: { slug: "Non Valido" } }))).constraint).toBe("ServiceMap_slug_format");
    expect((await refusal(() => fresh.db.serviceMap.update({ where: { id: map.id }, data: { headRaw: null } }))).constraint).toBe("ServiceMap_office_with_head");
    expect((await refusal(() => fresh.db.serviceMap.update({ where: { id: map.id }, data: { managementForms: ["DIRECT", "DIRECT"] } }))).constraint).toBe("ServiceMap_management_forms");
  });
});

describe("the upload page's preview and confirmation", () => {
  const secret = "x".repeat(40);

  it("applies the previewed file only: a changed file or signature is refused, the right one applied and audited", async () => {
    const other = await freshDatabase();
    try {
      const admin = await other.db.user.create({ data: { email: "admin-import@example.org", name: "Admin", role: "ADMIN" } });
      expect(await previewUpload(other.db, { fileName: "a.txt", bytes: new Uint8Array([0xff, 0xfe, 0x00]), secret })).toEqual({ ok: false, error: "NOT_UTF8" });
      expect(await previewUpload(other.db, { fileName: "a.txt", bytes: Buffer.from("solo testo\n"), secret })).toEqual({ ok: false, error: "NO_MAPS" });
      const previewed = await previewUpload(other.db, { fileName: "mappe.txt", bytes: Buffer.from(sampleText), secret });
      if (!previewed.ok) throw new Error(previewed.error);
      const { preview } = previewed;
      expect(preview.plan.added).toHaveLength(4);
      expect(await other.db.serviceMap.count()).toBe(0);
      const confirmation = { fileName: preview.fileName, content: preview.content, sha256: preview.sha256, stateToken: preview.plan.stateToken, signature: preview.signature, userId: admin.id, secret };
      const otherContent = Buffer.from(sampleText.replace("445", "446")).toString("base64");
      expect(await confirmUpload(other.db, { ...confirmation, content: otherContent })).toEqual({ ok: false, error: "TAMPERED" });
      expect(await confirmUpload(other.db, { ...confirmation, signature: "0".repeat(64) })).toEqual({ ok: false, error: "TAMPERED" });
      expect(await confirmUpload(other.db, { ...confirmation, secret: "y".repeat(40) })).toEqual({ ok: false, error: "TAMPERED" });
      expect(await other.db.serviceMap.count()).toBe(0);
      expect(await confirmUpload(other.db, confirmation)).toMatchObject({ ok: true, changed: true });
      expect(await other.db.serviceMap.count()).toBe(4);
      const record = await other.db.serviceMapImport.findFirstOrThrow();
      expect(record.importedById).toBe(admin.id);
      expect(await other.db.auditLog.count({ where: { action: "service_maps.imported", actorId: admin.id, entityId: record.id } })).toBe(1);
      // The same confirmation again: the maps changed since its preview.
      expect(await confirmUpload(other.db, confirmation)).toEqual({ ok: false, error: "STALE" });
    } finally {
      await other.db.$disconnect();
    }
  });
});

describe("the seed", () => {
  it("imports a file into a database without maps, reports a missing one, and leaves imported maps alone", async () => {
    const other = await freshDatabase();
    try {
      expect(await seedServiceMaps(other.db, path.join(root, "tests/fixtures/no-such-file.txt"))).toMatchObject({ imported: false, reason: "missing" });
      expect(await seedServiceMaps(other.db, samplePath)).toEqual({ imported: true, maps: 4 });
      expect(await seedServiceMaps(other.db, samplePath)).toMatchObject({ imported: false, reason: "already_imported" });
    } finally {
      await other.db.$disconnect();
    }
  });
});

const realFile = serviceMapsFilePath(process.env.SERVICE_MAPS_FILE, root);
if (!existsSync(realFile)) console.warn(`Service maps: ${realFile} is missing, so the import of the real file is not tested.`);

describe.skipIf(!existsSync(realFile))("the municipality's file", () => {
  it("imports whole, then finds no change", async () => {
    const other = await freshDatabase();
    try {
      const decoded = decodeServiceMapsFile(readFileSync(realFile));
      if (!decoded.ok) throw new Error(decoded.error);
      const parsed = parseServiceMaps(decoded.text);
      const summary = summarize(parsed);
      expect(await applyImport(other.db, parsed, { fileName: "real.txt", sha256: decoded.sha256 })).toMatchObject({ ok: true, changed: true });
      expect(await other.db.serviceMap.count()).toBe(summary.maps);
      expect(await other.db.serviceMapCell.count()).toBe(summary.cells);
      const byStatus = await other.db.serviceMapCell.groupBy({ by: ["status"], _count: true });
      expect(Object.fromEntries(byStatus.map((group) => [group.status, group._count]))).toEqual(summary.cellsByStatus);
      expect(await applyImport(other.db, parsed, { fileName: "real.txt", sha256: decoded.sha256 })).toMatchObject({ ok: true, changed: false });
    } finally {
      await other.db.$disconnect();
    }
  });
});
