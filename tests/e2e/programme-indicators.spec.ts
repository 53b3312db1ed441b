// Programme indicators (issue 8, stretch): with nothing imported the page says so; the sample report is
// then imported through the importer's functions, and a citizen reaches the page from the service maps
// (or from the registry office's map), reads each programme's table (figures localized, gaps as
// statuses, notes), opens the report's text from the keyboard, downloads the data, and reads the page
// in English.
import { readFile } from "node:fs/promises";

import type { Locator, Page } from "@playwright/test";

import { createDb } from "@/lib/db";
import { applyProgrammeIndicators } from "@/lib/programme-indicators/import";
import { parseProgrammeReport } from "@/lib/programme-indicators/parse";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { parseCsv } from "./csv";
import { sql } from "./database";
import { activate } from "./keyboard";
import { withMapsLock } from "./service-maps-lock";
import { importText, SERVICE_MAPS_SAMPLE } from "./service-maps-sample";

const SAMPLE = "tests/fixtures/programme-indicators-sample.txt";

// One journey over the programmes, which only this spec writes: the empty state first, then the import.
test.describe.configure({ mode: "serial" });

async function importSample() {
  const db = createDb(process.env.E2E_DATABASE_URL!);
  try {
    await applyProgrammeIndicators(db, parseProgrammeReport(await readFile(SAMPLE, "utf8")));
  } finally {
    await db.$disconnect();
  }
}

const main = (page: Page) => page.locator("main");
const table = (page: Page, code: string) => main(page).getByRole("table", { name: `Indicatori del programma ${code}`, exact: true });
/** The row whose header starts with the indicator's name (a note's link may follow it). */
const row = (scope: Locator, name: string) => scope.getByRole("row").filter({ has: scope.page().getByRole("rowheader").filter({ hasText: name }) });
const CELLS_07 = ["C31 - REGISTRO TESTAMENTI BIOLOGICI", "200", "213", "361", "n.d.non disponibile", "–nessun dato", "–nessun dato"];

test("with nothing imported the page says so", async ({ page }) => {
  await sql(`DELETE FROM "Programme"`);
  await page.goto("/programmi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programmi e indicatori");
  await expect(main(page)).toContainText("Gli indicatori dei programmi non sono ancora stati pubblicati.");
  await expect(main(page).getByRole("table")).toHaveCount(0);
  await expectAccessible(page);
  const csv = await (await page.request.get("/programmi/dati.csv")).text();
  expect(parseCsv(csv.slice(1))).toHaveLength(1);
  await importSample();
});

test("the service maps lead to the programmes, each with its indicators' table", async ({ page }) => {
  await page.goto("/mappe-servizi");
  await expectAccessible(page);
  await activate(page, main(page).getByRole("link", { name: "Programmi e indicatori" }));
  await expect(page).toHaveURL(/\/programmi$/);
  const headings = main(page).getByRole("heading", { level: 2 });
  await expect(headings).toHaveText([
    "In questa pagina",
    "Programma 1.02: Segreteria generale",
    "Programma 1.07: Elezioni e consultazioni popolari - Anagrafe e stato civile",
    "Programma 1.08: Statistica e sistemi informativi",
    "Scarica i dati",
  ]);
  // The report's other programmes are not citizen services: not shown.
  await expect(main(page)).not.toContainText("3.01");
  const registry = page.getByRole("region", { name: /^Programma 1\.07/ });
  await expect(registry).toContainText("Missione1 - Servizi istituzionali, generali e di gestione");
  await expect(registry).toContainText("ResponsabileVerdi Marco");

  await expect(table(page, "1.07").getByRole("columnheader")).toHaveText(["Indicatore", "Obiettivo operativo", "Target", "Consuntivo 2017", "Consuntivo 2018", "Consuntivo 2019", "Consuntivo 2020", "Consuntivo 2021"]);
  await expect(row(table(page, "1.07"), "Registro dei testamenti: iscrizioni").getByRole("cell")).toHaveText(CELLS_07);
  // Years differ between indicators: the columns are their union, a year an indicator lacks is said so.
  const desk = table(page, "1.02");
  await expect(desk.getByRole("columnheader").last()).toHaveText("Consuntivo 2022");
  await expect(row(desk, "Società sotto controllo").getByRole("cell").nth(2)).toHaveText("n.p.anno non previsto per questo indicatore");
  await expect(row(desk, "Pratiche online sul totale").getByRole("cell").nth(4)).toHaveText("in corso");
  await expect(row(table(page, "1.08"), "Infrastrutture in funzione (%)").getByRole("cell").nth(1)).toHaveText("99");
  await expect(row(table(page, "1.08"), "Infrastrutture in funzione (%)").getByRole("cell").nth(2)).toHaveText("99,4");
  await expect(row(table(page, "1.08"), "Infrastrutture in funzione (%)").getByRole("cell").nth(4)).toHaveText("n.a.non applicabile");

  // A note: a link from the indicator to its text under the table.
  await activate(page, row(table(page, "1.07"), "Registro dei testamenti").getByRole("link", { name: "Nota 1" }));
  await expect(page).toHaveURL(/#programme-1-07-table-note-1$/);
  await expect(page.locator("#programme-1-07-table-note-1")).toHaveText('1. Prima parte, "iscritti" a fine anno seconda parte dopo il salto pagina');
  await expectAccessible(page);
});

test("the registry office's map links to its programme, other maps do not", async ({ page }) => {
  // The maps are the service-maps journeys' sample: imported here too (the same content again writes
  // nothing), under their lock, since this journey may run first.
  const maps = await readFile(SERVICE_MAPS_SAMPLE, "utf8");
  await withMapsLock(() => importText(maps, "service-maps-sample.txt"));
  await page.goto("/mappe-servizi/anagrafe");
  await expect(main(page)).toContainText("Gli indicatori del programma 1.07 del Comune (Elezioni e consultazioni popolari - Anagrafe e stato civile)");
  await expectAccessible(page);
  await activate(page, main(page).getByRole("link", { name: "Programmi e indicatori" }));
  await expect(page).toHaveURL(/\/programmi#programme-1-07$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Programma 1\.07/ })).toBeInViewport();
  await page.goto("/mappe-servizi/comunicazione-esterna");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comunicazione esterna");
  await expect(main(page).getByRole("link", { name: "Programmi e indicatori" })).toHaveCount(0);
});

test("the report's own text, on demand from the keyboard", async ({ page }) => {
  await page.goto("/programmi");
  const raw = page.getByTestId("programme-1-07-table-raw");
  const rawTable = raw.getByRole("table", { name: "Programma 1.07: testo originale del report" });
  await expect(rawTable).toBeHidden();
  await activate(page, raw.getByText("Mostra il testo originale: programma 1.07"));
  await expect(rawTable).toBeVisible();
  await expect(row(rawTable, "Registro dei testamenti").getByRole("cell")).toHaveText(["200,00", "213,00", "361,00", "n.d.", "(vuoto)", "(vuoto)", 'Prima parte, "iscritti" a fine anno seconda parte dopo il salto pagina', "23 e 25"]);
  await activate(page, page.getByTestId("programme-1-02-table-raw").getByText("Mostra il testo originale: programma 1.02"));
  await expect(row(page.getByTestId("programme-1-02-table-raw"), "Società sotto controllo").getByRole("cell").nth(1)).toHaveText("(assente)");
  await expectAccessible(page);
});

test("the CSV and JSON downloads hold what the page shows", async ({ page }) => {
  await page.goto("/programmi");
  const [download] = await Promise.all([page.waitForEvent("download"), main(page).getByRole("link", { name: "Indicatori dei programmi (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("programmi-indicatori.csv");

  const response = await page.request.get("/programmi/dati.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await response.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = parseCsv(body.slice(1));
  expect(header).toEqual(["programme", "programme_title", "indicator_position", "indicator", "objective", "column", "kind", "year", "raw", "value", "status", "unit"]);
  const records = lines.map((line) => Object.fromEntries(header.map((name, index) => [name, line[index]])));
  expect(records).toHaveLength(30);

  // Every cell of every table against its CSV line: the same status, the same number.
  const statusText: Record<string, string> = { NOT_AVAILABLE: "n.d.non disponibile", NOT_APPLICABLE: "n.a.non applicabile", EMPTY: "–nessun dato" };
  for (const code of ["1.02", "1.07", "1.08"]) {
    const years = (await table(page, code).getByRole("columnheader").allInnerTexts()).slice(3).map((text) => text.replace(/\D/g, ""));
    for (const record of records.filter((candidate) => candidate.programme === code)) {
      const cells = row(table(page, code), record.indicator).getByRole("cell");
      const column = record.kind === "TARGET" ? 1 : 2 + years.indexOf(record.year);
      const text = (await cells.nth(column).innerText()).replace(/\s+/g, "");
      const where = `${code} ${record.indicator} ${record.kind} ${record.year}`;
      if (record.status === "NUMBER") expect(Number(text.replace(/\./g, "").replace(",", ".")), where).toBe(Number(record.value));
      else if (record.status === "TEXT") expect(text, where).toBe(record.raw.replace(/\s+/g, ""));
      else expect(text, where).toBe(statusText[record.status].replace(/\s+/g, ""));
    }
  }
  expect(records.find((record) => record.indicator === "Infrastrutture in funzione (%)" && record.year === "2017")).toMatchObject({ raw: "99,40", value: "99.4", status: "NUMBER", column: "Consuntivo 2017" });

  const json = await (await page.request.get("/programmi/dati.json")).json();
  expect(json.programmes.map((programme: { code: string }) => programme.code)).toEqual(["1.02", "1.07", "1.08"]);
  const cells = json.programmes.flatMap((programme: { indicators: { cells: { raw: string; value: number | null; status: string }[] }[] }) => programme.indicators.flatMap((indicator) => indicator.cells));
  expect(cells.map((cell: { raw: string; value: number | null; status: string }) => [cell.raw, cell.value, cell.status])).toEqual(
    records.map((record) => [record.raw, record.value === "" ? null : Number(record.value), record.status]),
  );
});

test("the page in English", async ({ page }) => {
  await page.goto("/programmi");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programmes and indicators");
  const registry = main(page).getByRole("table", { name: "Indicators of programme 1.07", exact: true });
  await expect(registry.getByRole("columnheader")).toHaveText(["Indicator", "Operational objective", "Target", "Actual 2017", "Actual 2018", "Actual 2019", "Actual 2020", "Actual 2021"]);
  await expect(row(registry, "Registro dei testamenti").getByRole("cell").nth(4)).toHaveText("n/anot available");
  await expect(row(main(page).getByRole("table", { name: "Indicators of programme 1.08", exact: true }), "Infrastrutture").getByRole("cell").nth(2)).toHaveText("99.4");
  await expectAccessible(page);
});
