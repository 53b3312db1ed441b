// The public pages' reads of the imported maps (issue 8), on PostgreSQL after a real import of the
// sample: the index with its offices and indicators, a map's tables with values as numbers and gaps
// as statuses, and the revision the cache is keyed on.
import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyImport } from "@/lib/service-maps/import";
import { mapExists } from "@/lib/service-maps/map-exists";
import { parseServiceMaps } from "@/lib/service-maps/parse";
import { latestImportRevision, readMap, readMapIndex } from "@/lib/service-maps/read";

import { freshDatabase, type FreshDatabase } from "./fresh-database";

const sample = readFileSync("tests/fixtures/service-maps-sample.txt", "utf8");
let fresh: FreshDatabase;

async function importText(text: string) {
  const result = await applyImport(fresh.db, parseServiceMaps(text), { fileName: "sample.txt", sha256: "0".repeat(64) });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

beforeAll(async () => {
  fresh = await freshDatabase();
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("before any import", () => {
  it("has no revision, no maps and no offices", async () => {
    expect(await latestImportRevision(fresh.db)).toBeNull();
    expect(await readMapIndex(fresh.db)).toEqual({ maps: [], offices: [] });
    expect(await readMap(fresh.db, "anagrafe")).toBeNull();
  });
});

describe("after the sample's import", () => {
  beforeAll(async () => {
    await importText(sample);
  });

  it("lists the maps in file order with their office, yearly indicators and years", async () => {
    const index = await readMapIndex(fresh.db);
    expect(index.maps.map((map) => [map.slug, map.office?.slug, map.indicators.length, map.years])).toEqual([
      ["polizia-stradale-e-infortunistica", "iubini-luca", 5, { from: 2019, to: 2024 }],
      ["anagrafe", "viani-paolo", 5, { from: 2019, to: 2024 }],
      ["comunicazione-esterna", "di-girolamo-gabriella", 5, { from: 2019, to: 2024 }],
      ["impegni", "monteverdi-federica", 4, { from: 2018, to: 2023 }],
    ]);
    expect(index.maps[2].indicators).toContain("n. utenti che hanno preso appuntamento utilizzando agende digitali");
    expect(index.offices).toEqual([
      { slug: "di-girolamo-gabriella", head: "DI GIROLAMO GABRIELLA", maps: 1 },
      { slug: "iubini-luca", head: "IUBINI LUCA", maps: 1 },
      { slug: "monteverdi-federica", head: "MONTEVERDI FEDERICA", maps: 1 },
      { slug: "viani-paolo", head: "VIANI PAOLO", maps: 1 },
    ]);
  });

  it("reads a map's tables with numbers as numbers, statuses kept, footnotes and the staff figure", async () => {
    const map = (await readMap(fresh.db, "impegni"))!;
    expect(map).toMatchObject({ title: "IMPEGNI", headRaw: "MONTEVERDI FEDERICA", managementForms: ["DIRECT", "MIXED"], staff: { raw: "1,5", value: 1.5, status: "NUMBER" } });
    expect(map.tables.map((table) => table.kind)).toEqual([
      "CORE_ELEMENTS", "ACCESSORY_ELEMENTS", "OUTPUTS", "SEGMENTATION_CRITERIA", "USER_SEGMENTS", "USERS_FOLLOWED", "MANAGEMENT", "STAFF", "INVOLVED_SEGMENTS", "DELIVERY_SITES",
    ]);
    const outputs = map.tables.find((table) => table.kind === "OUTPUTS")!;
    expect(outputs.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    const value = outputs.rows.find((row) => row.label === "valore impegni verificati")!;
    expect(value.key).toBe("2-2");
    expect(value.cells.map((cell) => [cell.raw, cell.value, cell.status, cell.unit])).toEqual([
      ["€ 3.644.607", 3644607, "NUMBER", "EURO"],
      ["€ 847.968,50", 847968.5, "NUMBER", "EURO"],
      ["nd", null, "NOT_AVAILABLE", null],
      ["N.D.", null, "NOT_AVAILABLE", null],
      ["€ 1.040.694", 1040694, "NUMBER", "EURO"],
      ["€ 805.072", 805072, "NUMBER", "EURO"],
    ]);
    const police = (await readMap(fresh.db, "polizia-stradale-e-infortunistica"))!;
    const policeOutputs = police.tables.find((table) => table.kind === "OUTPUTS")!;
    expect(policeOutputs.footnotes).toEqual([
      { marker: "*", text: "nota di prova sulle ore" },
      { marker: "**", text: "nota di prova sulle sanzioni" },
    ]);
    expect(policeOutputs.rows[2].cells[3]).toMatchObject({ raw: "876*", value: 876, footnoteMarker: "*" });
    // Management rows: the mark is a cell of a column the file gives no header; a form not ticked has
    // none (the page draws it as an empty cell).
    const management = police.tables.find((table) => table.kind === "MANAGEMENT")!;
    expect(management.columns).toEqual([]);
    expect(management.rows.map((row) => [row.label, row.cells.map((cell) => [cell.raw, cell.status])])).toEqual([
      ["Diretta", [["X", "TEXT"]]],
      ["Esternalizzata", []],
      ["Mista", []],
    ]);
    expect(JSON.parse(JSON.stringify(map))).toEqual(map);
  });

  it("knows which slugs are maps", async () => {
    expect(await mapExists(fresh.db, "anagrafe")).toBe(true);
    expect(await mapExists(fresh.db, "anagrafe-2")).toBe(false);
    expect(await mapExists(fresh.db, "Anagrafe")).toBe(false);
  });

  it("moves the revision on an import that changes something, and only then", async () => {
    const first = await latestImportRevision(fresh.db);
    expect(first).not.toBeNull();
    await importText(sample);
    expect(await latestImportRevision(fresh.db)).toBe(first);
    const changed = await importText(sample.replace("\t183\t156", "\t183\t157"));
    expect(changed.changed).toBe(true);
    const second = await latestImportRevision(fresh.db);
    expect(second).not.toBe(first);
    const pinPuk = (await readMap(fresh.db, "comunicazione-esterna"))!.tables.find((table) => table.kind === "OUTPUTS")!.rows[1];
    expect(pinPuk.cells.at(-1)).toMatchObject({ raw: "157", value: 157 });
  });
});
