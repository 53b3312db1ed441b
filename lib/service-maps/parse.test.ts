import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseServiceMaps } from "./parse";
import { serviceMapsFilePath } from "./source-file";
import type { ParsedFile, ParsedMap, TableKind } from "./types";

const root = path.resolve(import.meta.dirname, "../..");
const sample = parseServiceMaps(readFileSync(path.join(root, "tests/fixtures/service-maps-sample.txt"), "utf8"));

function mapOf(parsed: ParsedFile, slug: string): ParsedMap {
  const map = parsed.maps.find((candidate) => candidate.slug === slug);
  if (!map) throw new Error(`no map ${slug}`);
  return map;
}

/** The cell of `slug`'s table of `kind` in the row labelled `label` (or starting so), for `year` (or column index). */
function cell(parsed: ParsedFile, slug: string, kind: TableKind, label: string, year: number) {
  const table = mapOf(parsed, slug).tables.find((candidate) => candidate.kind === kind);
  const row = table?.rows.find((candidate) => candidate.label === label) ?? table?.rows.find((candidate) => candidate.label.startsWith(label));
  if (!row) throw new Error(`no row "${label}" in ${slug} ${kind}`);
  const found = row.cells.find((candidate) => (candidate.year ?? candidate.column) === year);
  if (!found) throw new Error(`no ${year} in "${label}"`);
  return found;
}

function expectEveryLineAccounted(parsed: ParsedFile) {
  expect(parsed.uses).toHaveLength(parsed.lineCount);
  for (let index = 0; index < parsed.lineCount; index++) expect(parsed.uses[index], `line ${index + 1}`).toBeDefined();
  const skipped = parsed.uses.flatMap((use, index) => (use.kind === "skipped" ? [index + 1] : []));
  expect(parsed.skipped.map((line) => line.line)).toEqual(skipped);
  // Every row's lines are lines of a map, and within that map's span.
  for (const [index, map] of parsed.maps.entries()) {
    for (const row of map.tables.flatMap((table) => table.rows)) {
      for (const line of row.lines) {
        expect(parsed.uses[line - 1]).toEqual({ kind: "map", map: index });
        expect(line).toBeGreaterThanOrEqual(map.firstLine);
        expect(line).toBeLessThanOrEqual(map.lastLine);
      }
    }
  }
}

describe("the sample file", () => {
  it("holds four maps with their offices, forms and staff", () => {
    expect(sample.maps.map((map) => [map.slug, map.office?.slug, map.managementForms, map.staffValue])).toEqual([
      ["polizia-stradale-e-infortunistica", "iubini-luca", ["DIRECT"], "29"],
      ["anagrafe", "viani-paolo", ["DIRECT"], "12"],
      ["comunicazione-esterna", "di-girolamo-gabriella", ["MIXED"], "8"],
      ["impegni", "monteverdi-federica", ["DIRECT", "MIXED"], "1.5"],
    ]);
    expect(mapOf(sample, "comunicazione-esterna").managementNote).toBe("Mista: grafici esterni");
  });

  it("reads each kind of table with its columns", () => {
    const kinds = mapOf(sample, "anagrafe").tables.map((table) => table.kind);
    expect(kinds).toEqual([
      "CORE_ELEMENTS",
      "ACCESSORY_ELEMENTS",
      "OUTPUTS",
      "SEGMENTATION_CRITERIA",
      "USER_SEGMENTS",
      "USERS_FOLLOWED",
      "MANAGEMENT",
      "STAFF",
      "INVOLVED_SEGMENTS",
      "DELIVERY_SITES",
    ]);
    const impegni = mapOf(sample, "impegni").tables.find((table) => table.kind === "OUTPUTS")!;
    expect(impegni.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    const criteria = mapOf(sample, "polizia-stradale-e-infortunistica").tables.find((table) => table.kind === "SEGMENTATION_CRITERIA")!;
    expect(criteria.rows.map((row) => row.label)).toEqual(["utenti della strada", "portatori di interesse"]);
  });

  it("reads figures, units, statuses and footnotes", () => {
    expect(cell(sample, "impegni", "OUTPUTS", "quota determinazioni verificate", 2018)).toMatchObject({ value: "81", unit: "PERCENT" });
    expect(cell(sample, "impegni", "OUTPUTS", "quota determinazioni verificate", 2020)).toMatchObject({ status: "NOT_APPLICABLE", raw: "/" });
    expect(cell(sample, "impegni", "OUTPUTS", "valore impegni verificati", 2019)).toMatchObject({ value: "847968.5", unit: "EURO" });
    expect(cell(sample, "impegni", "OUTPUTS", "valore impegni verificati", 2021)).toMatchObject({ status: "NOT_AVAILABLE", raw: "N.D." });
    const stradale = mapOf(sample, "polizia-stradale-e-infortunistica").tables.find((table) => table.kind === "OUTPUTS")!;
    expect(stradale.footnotes.map((note) => note.marker)).toEqual(["*", "**"]);
  });

  it("accounts for every line", () => {
    expectEveryLineAccounted(sample);
    expect(sample.skipped.map((line) => line.reason)).toEqual([
      "BEFORE_FIRST_MAP",
      "BEFORE_FIRST_MAP",
      "SEPARATOR",
      "SEPARATOR",
      "SEPARATOR",
      "SEPARATOR",
    ]);
  });

  it("gives the same result for the same text, with Windows line ends too", () => {
    const text = readFileSync(path.join(root, "tests/fixtures/service-maps-sample.txt"), "utf8");
    expect(parseServiceMaps(text.replace(/\n/g, "\r\n"))).toEqual(sample);
  });
});

// The municipality's real file is kept beside the project (../shared/seeds), not in it.
const realFile = serviceMapsFilePath(process.env.SERVICE_MAPS_FILE, root);
const real = existsSync(realFile) ? parseServiceMaps(readFileSync(realFile, "utf8")) : null;
if (!real) console.warn(`Service maps: ${realFile} is missing, so the tests on the real file are skipped.`);

describe.skipIf(!real)("the municipality's file", () => {
  const file = real!;

  it("holds 78 maps, the untitled fragment included, and accounts for every line", () => {
    expect(file.maps).toHaveLength(78);
    expect(file.lineCount).toBe(5605);
    expectEveryLineAccounted(file);
    const fragment = mapOf(file, "senza-titolo-n-corsi-formazione-specialistica-interni");
    expect([fragment.title, fragment.office, fragment.firstLine, fragment.lastLine]).toEqual([null, null, 4571, 4606]);
    expect(mapOf(file, "tributi").lastLine).toBeLessThan(4571);
    expect(new Set(file.maps.map((map) => map.slug)).size).toBe(78);
  });

  it("skips only the cover page, the dashed separators and one orphan row, each with its reason", () => {
    const reasons = new Map<string, number>();
    for (const line of file.skipped) reasons.set(line.reason, (reasons.get(line.reason) ?? 0) + 1);
    expect(Object.fromEntries(reasons)).toEqual({ BEFORE_FIRST_MAP: 11, SEPARATOR: 80, NUMERIC_ROW_OUTSIDE_YEARLY_TABLE: 1 });
    expect(file.skipped.find((line) => line.reason === "NUMERIC_ROW_OUTSIDE_YEARLY_TABLE")?.line).toBe(5530);
  });

  // Hand-picked from the file, across offices.
  it("police (Iubini): thousands, n.d. and a footnote on a figure", () => {
    expect(cell(file, "polizia-stradale-e-infortunistica", "OUTPUTS", "n. interventi richiesti dai cittadini in C.O.", 2021)).toMatchObject({ raw: "7.783", value: "7783", unit: "COUNT", status: "NUMBER" });
    expect(cell(file, "polizia-stradale-e-infortunistica", "OUTPUTS", "n. interventi richiesti dai cittadini in C.O.", 2019)).toMatchObject({ raw: "n.d.", status: "NOT_AVAILABLE", value: null });
    expect(cell(file, "polizia-stradale-e-infortunistica", "OUTPUTS", "n. ore servizi controllo di Polizia Stradale norme di comportamento ed autotrasporto", 2022)).toMatchObject({ raw: "876*", value: "876", footnoteMarker: "*" });
    const row = mapOf(file, "polizia-prossimita").tables.find((table) => table.kind === "OUTPUTS")!.rows[0];
    expect([row.label, row.footnoteMarker]).toEqual(["n. interventi sul quartiere", "***"]);
  });

  it("nurseries (Bardelli): decimals and not applicable", () => {
    expect(cell(file, "asili-nido", "OUTPUTS", "n. ore educative erogate a bambino (lattanti)", 2020)).toMatchObject({ raw: "215,12", value: "215.12" });
    expect(cell(file, "asili-nido", "OUTPUTS", "n. pasti erogati anno Castello", 2019)).toMatchObject({ raw: "/", status: "NOT_APPLICABLE" });
    expect(cell(file, "asili-nido", "OUTPUTS", "n. pasti erogati anno Castello", 2024)).toMatchObject({ value: "655" });
    expect(mapOf(file, "asili-nido")).toMatchObject({ staffRaw: "69 (13 ditta esterna)", staffValue: "69", staffStatus: "NUMBER" });
  });

  it("taxes (Viani): euro amounts and a figure with words", () => {
    expect(cell(file, "tributi", "OUTPUTS", "valore accert.IMU emessi", 2024)).toMatchObject({ raw: "€ 4.668.058", value: "4668058", unit: "EURO" });
    expect(cell(file, "tributi", "USERS_FOLLOWED", "Soggetti Passivi Irpef", 2020)).toMatchObject({ status: "TEXT", value: null });
    expect(mapOf(file, "recupero-evasione-elusione-fiscale").staffValue).toBe("0.5");
  });

  it("communication (Di Girolamo): the desks' PIN/PUK, SPID and digital agenda rows", () => {
    expect(cell(file, "comunicazione-esterna", "OUTPUTS", "n. di PIN/PUK della CNS rilasciati", 2019)).toMatchObject({ value: "445" });
    expect(cell(file, "comunicazione-esterna", "OUTPUTS", "n. di spid rilasciati", 2021)).toMatchObject({ value: "1828" });
    expect(cell(file, "comunicazione-esterna", "USERS_FOLLOWED", "n. utenti che hanno preso appuntamento utilizzando agende digitali", 2024)).toMatchObject({ value: "1851" });
    expect(mapOf(file, "comunicazione-esterna")).toMatchObject({ managementForms: ["MIXED"], managementNote: "Mista: grafici esterni", staffValue: "8" });
    const giunta = mapOf(file, "giunta-comunale").tables.find((table) => table.kind === "OUTPUTS")!;
    expect(giunta.rows[1]).toMatchObject({ label: "calendarizzate", labelRaw: "<i>calendarizzate</i>" });
    expect(cell(file, "giunta-comunale", "OUTPUTS", "calendarizzate", 2019)).toMatchObject({ status: "EMPTY" });
    expect(cell(file, "giunta-comunale", "OUTPUTS", "calendarizzate", 2020)).toMatchObject({ value: "52" });
  });

  it("accounts (Monteverdi): years to 2023", () => {
    expect(mapOf(file, "impegni").tables.find((table) => table.kind === "OUTPUTS")!.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    expect(cell(file, "impegni", "OUTPUTS", "n. impegni contabilizzati", 2018)).toMatchObject({ value: "3233" });
  });

  it("sport (Secchi) and districts (Grossi): percentages next to a bare figure; a sum of staff", () => {
    expect(cell(file, "attivita-sportive", "OUTPUTS", "Contributi assegnati agli eventi sportivi", 2019)).toMatchObject({ value: "81", unit: "PERCENT" });
    expect(cell(file, "periferie-e-quartieri", "OUTPUTS", "Segnalazioni evase su segnalazioni presentate", 2023)).toMatchObject({ raw: "1", value: "1", unit: "COUNT" });
    expect(cell(file, "periferie-e-quartieri", "OUTPUTS", "Segnalazioni evase su segnalazioni presentate", 2024)).toMatchObject({ raw: "100,00%", value: "100", unit: "PERCENT" });
    expect(mapOf(file, "allestimenti")).toMatchObject({ staffRaw: "1 + 2 esterni", staffValue: "3" });
    expect(mapOf(file, "palestre").managementForms).toEqual(["OUTSOURCED", "MIXED"]);
  });

  it("culture (Bondioni): a row a page break pushed right keeps its label", () => {
    expect(cell(file, "cultura-ed-eventi", "USERS_FOLLOWED", "Pubblico delle manifestazioni", 2019)).toMatchObject({ value: "157570" });
    expect(cell(file, "biblioteche", "OUTPUTS", "Gestione del servizio di IR (catalogo informatizzato) [numero documenti", 2024)).toMatchObject({ raw: "nd", status: "NOT_AVAILABLE" });
  });

  it("planning (Masserdotti): a table laid out one cell a line, and decimal staff", () => {
    const segments = mapOf(file, "urbanistica").tables.find((table) => table.kind === "USER_SEGMENTS")!;
    expect(segments.rows.map((row) => [row.label, row.lines])).toEqual([
      ["Cittadini, imprese e professionisti", [2074, 2076]],
      ["Pubblica Amministrazione", [2078, 2080]],
    ]);
    expect(mapOf(file, "patrimonio").staffValue).toBe("4.1");
  });

  it("the fragment without heading: yearly rows with the years of its other table", () => {
    const slug = "senza-titolo-n-corsi-formazione-specialistica-interni";
    const outputs = mapOf(file, slug).tables[0];
    expect([outputs.kind, outputs.headersInferred, outputs.years]).toEqual(["OUTPUTS", true, [2019, 2020, 2021, 2022, 2023, 2024]]);
    expect(cell(file, slug, "OUTPUTS", "n. corsi sicurezza", 2024)).toMatchObject({ value: "54" });
    expect(cell(file, slug, "OUTPUTS", "n. corsi sicurezza", 2019)).toMatchObject({ status: "NOT_APPLICABLE" });
  });

  it("staff (Scio): a footnote under the outputs; HTML criteria split into header and rows (Grossi)", () => {
    const outputs = mapOf(file, "gestione-risorse-umane").tables.find((table) => table.kind === "OUTPUTS")!;
    expect(outputs.footnotes).toHaveLength(1);
    expect(outputs.footnotes[0]).toMatchObject({ marker: "*", line: 4633 });
    const criteria = mapOf(file, "diritto-alla-casa").tables.find((table) => table.kind === "SEGMENTATION_CRITERIA")!;
    expect(criteria.rows.map((row) => [row.label.split(" ").slice(0, 2).join(" "), row.lines])).toEqual([
      ["Nuclei familiari", [1535]],
      ["Adulti singoli", [1535]],
    ]);
  });
});
