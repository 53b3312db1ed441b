// Service maps (issue 8): the sample file is imported here through the importer's functions, then a
// citizen finds a map, reads its tables, charts and raw text, downloads its data, sees the desks' own
// count beside a published figure, and the page follows a new import while serving reads from cache.
import { readFile } from "node:fs/promises";

import type { Locator, Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { parseCsv } from "./csv";
import { sql } from "./database";
import { withMapsLock } from "./service-maps-lock";
import { importText, SERVICE_MAPS_SAMPLE as SAMPLE } from "./service-maps-sample";
import { activate, tabTo } from "./keyboard";

const TITLES = ["Polizia stradale e infortunistica", "Anagrafe", "Comunicazione esterna", "Impegni"];
const year = new Date().getFullYear();

// One journey over shared maps: the import at the start and the re-import at the end frame the rest.
test.describe.configure({ mode: "serial" });

const sample = () => readFile(SAMPLE, "utf8");

test.beforeAll(async () => {
  const text = await sample();
  await withMapsLock(() => importText(text, "service-maps-sample.txt"));
});

const main = (page: Page) => page.locator("main");
const outputsTable = (page: Page) => main(page).getByRole("table", { name: "Risultati del servizio" });
const row = (table: Locator, label: string) => table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: label, exact: true }) });

/** An Italian figure as the page shows it ("847.968,50 €", "81%", "2.295.892", "876*") → its number. */
function pageNumber(text: string): number {
  return Number(text.replace(/[*€%\s\u00a0]/g, "").replace(/\./g, "").replace(",", "."));
}

test("the index lists the maps and finds them by text and by head of service, without a mouse", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Menu principale" }).getByRole("link", { name: "Mappe dei servizi" }).click();
  await expect(page).toHaveURL(/\/mappe-servizi$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mappe dei servizi");
  const list = main(page).getByRole("list", { name: "Mappe dei servizi" });
  await expect(list.getByRole("heading", { level: 2 })).toHaveText(TITLES);
  await expect(page.getByRole("status")).toHaveText("4 mappe trovate su 4.");
  await expect(list.getByRole("listitem").filter({ hasText: "Anagrafe" })).toContainText("Responsabile: Viani Paolo");
  await expectAccessible(page);

  // By an indicator's words, typed and sent with Enter.
  const search = page.getByLabel("Cerca", { exact: true });
  await tabTo(page, search);
  await page.keyboard.type("spid rilasciati");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=spid\+rilasciati/);
  await expect(page.getByRole("status")).toHaveText("1 mappa trovata su 4.");
  await expect(list.getByRole("link")).toHaveText(["Comunicazione esterna"]);
  await expectAccessible(page);

  // By head of service: the select, then Tab to the button.
  await page.goto("/mappe-servizi");
  const office = page.getByLabel("Responsabile");
  await office.focus();
  await office.selectOption({ label: "Viani Paolo" });
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Cerca" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/ufficio=viani-paolo/);
  await expect(list.getByRole("link")).toHaveText(["Anagrafe"]);

  // Words in no map, and a head not in the list: said, not a blank page.
  await page.goto("/mappe-servizi?q=astronave");
  await expect(page.getByRole("status")).toHaveText("Nessuna mappa trovata su 4.");
  await expect(main(page).getByText("Nessuna mappa corrisponde alla ricerca.")).toBeVisible();
  await page.goto("/mappe-servizi?ufficio=nessuno-noto");
  await expect(main(page).getByRole("alert")).toContainText("Il responsabile indicato non è nell'elenco");
  await expect(page.getByLabel("Responsabile")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // Keyboard: from the results to a map page.
  await page.goto("/mappe-servizi?q=impegni");
  await activate(page, list.getByRole("link", { name: "Impegni" }));
  await expect(page).toHaveURL(/\/mappe-servizi\/impegni$/);
});

test("a map page shows its tables, n.d. as n.d., a chart per output with its table, and the raw text on demand", async ({ page }) => {
  await page.goto("/mappe-servizi/polizia-stradale-e-infortunistica");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Polizia stradale e infortunistica");
  await expect(main(page)).toContainText("Responsabile: Iubini Luca");
  for (const caption of ["Elementi centrali", "Elementi accessori", "Risultati del servizio", "Criteri di segmentazione", "Utenti seguiti per segmento", "Forma di gestione", "Sedi di erogazione"]) {
    await expect(main(page).getByRole("table", { name: caption, exact: true })).toBeVisible();
  }
  const outputs = outputsTable(page);
  await expect(outputs.getByRole("columnheader")).toHaveText(["Indicatore", "31/12/2019", "31/12/2020", "31/12/2021", "31/12/2022", "31/12/2023", "31/12/2024"]);
  await expect(row(outputs, "n. totale interventi incidentalità").getByRole("cell")).toHaveText(["800", "577", "672", "686", "681", "661"]);
  // Not available is never a zero; footnote markers stay on their figures, the notes under the table.
  const calls = row(outputs, "n. interventi richiesti dai cittadini in C.O.").getByRole("cell");
  await expect(calls.nth(0)).toHaveText("n.d.non disponibile");
  await expect(calls.nth(2)).toHaveText("7783");
  await expect(row(outputs, "n. ore servizi controllo di Polizia Stradale norme di comportamento ed autotrasporto").getByRole("cell").nth(3)).toHaveText("876*");
  await expect(main(page).getByText("* nota di prova sulle ore").first()).toBeVisible();
  await expectAccessible(page);

  // The trend chart: an image named by its caption, summed up, with its numbers in a table on demand.
  const chart = page.getByTestId("chart-2-1");
  await expect(chart.getByRole("img", { name: "n. interventi richiesti dai cittadini in C.O." })).toBeVisible();
  await expect(chart.locator("p").first()).toHaveText(
    "Da 7783 nel 2021 a 10.431 nel 2024; il valore più alto è 10.431 nel 2024. Senza valore: 2019 e 2020.",
  );
  // The gaps are written in the drawing, not drawn as points.
  await expect(chart.locator("svg circle")).toHaveCount(4);
  await expect(chart.locator("svg text", { hasText: "n.d." })).toHaveCount(2);
  const alternative = chart.getByRole("table", { name: "n. interventi richiesti dai cittadini in C.O." });
  await expect(alternative).toBeHidden();
  await activate(page, chart.getByText("Mostra i dati in tabella: n. interventi richiesti dai cittadini in C.O."));
  await expect(alternative).toBeVisible();
  await expect(row(alternative, "2019").getByRole("cell")).toHaveText("n.d.");
  await expect(row(alternative, "2024").getByRole("cell")).toHaveText("10.431");
  await expect(page.getByTestId("chart-2-0")).toBeVisible();
  await expect(page.getByTestId("chart-2-3")).toBeVisible();

  // The file's own text of the outputs, on demand from the keyboard.
  const raw = page.getByTestId("table-2-raw");
  const rawTable = raw.getByRole("table", { name: "Tipologia: testo originale del file" });
  await expect(rawTable).toBeHidden();
  await activate(page, raw.getByText("Mostra il testo originale: Risultati del servizio"));
  await expect(rawTable).toBeVisible();
  await expect(row(rawTable, "n. interventi richiesti dai cittadini in C.O.").getByRole("cell")).toHaveText(["n.d.", "n.d.", "7.783", "8.063", "10.277", "10.431"]);
  await expect(row(rawTable, "n.sanzioni per norme di comportamento Cds").getByRole("cell").first()).toHaveText("10.390**");
  await expectAccessible(page);
});

test("the CSV and JSON downloads hold what the page shows", async ({ page }) => {
  await page.goto("/mappe-servizi/impegni");
  await expectAccessible(page);
  const outputs = outputsTable(page);
  const csvLink = main(page).getByRole("link", { name: "Dati in CSV" });
  const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(download.suggestedFilename()).toBe("mappa-impegni.csv");

  const response = await page.request.get("/mappe-servizi/impegni/dati.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toBe('attachment; filename="mappa-impegni.csv"');
  const body = await response.text();
  expect(body.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = parseCsv(body.slice(1));
  expect(header).toEqual(["map", "table", "table_position", "row", "column", "year", "raw", "value", "status", "unit"]);
  const records = lines.map((line) => Object.fromEntries(header.map((name, index) => [name, line[index]])));
  const outputRecords = records.filter((record) => record.table === "OUTPUTS");
  expect(outputRecords).toHaveLength(3 * 6);

  // Every output cell of the page against its CSV line: the same status, the same number.
  const statusText: Record<string, string> = { NOT_AVAILABLE: "n.d.non disponibile", NOT_APPLICABLE: "n.a.non applicabile", EMPTY: "–nessun dato" };
  for (const label of ["n. impegni contabilizzati", "quota determinazioni verificate", "valore impegni verificati"]) {
    const shown = await row(outputs, label).getByRole("cell").allInnerTexts();
    const csv = outputRecords.filter((record) => record.row === label);
    expect(csv.map((record) => record.year)).toEqual(["2018", "2019", "2020", "2021", "2022", "2023"]);
    csv.forEach((record, column) => {
      const text = shown[column].replace(/\s+/g, " ").trim();
      if (record.status === "NUMBER") expect(pageNumber(text), `${label} ${record.year}`).toBeCloseTo(Number(record.value), 4);
      else expect(text.replace(/ /g, ""), `${label} ${record.year}`).toBe(statusText[record.status].replace(/ /g, ""));
    });
  }
  const euro = outputRecords.find((record) => record.row === "valore impegni verificati" && record.year === "2019")!;
  expect(euro).toMatchObject({ raw: "€ 847.968,50", value: "847968.5", status: "NUMBER", unit: "EURO" });
  expect(outputRecords.find((record) => record.row === "quota determinazioni verificate" && record.year === "2021")).toMatchObject({ raw: "//", value: "", status: "NOT_APPLICABLE" });
  expect(records.find((record) => record.table === "STAFF")).toMatchObject({ raw: "1,5", value: "1.5", status: "NUMBER" });

  const json = await (await page.request.get("/mappe-servizi/impegni/dati.json")).json();
  expect(json.slug).toBe("impegni");
  const jsonOutputs = json.tables.find((table: { kind: string }) => table.kind === "OUTPUTS");
  for (const record of outputRecords) {
    const jsonRow = jsonOutputs.rows.find((candidate: { label: string }) => candidate.label === record.row);
    const cell = jsonRow.cells.find((candidate: { year: number }) => String(candidate.year) === record.year);
    expect(cell).toMatchObject({ raw: record.raw, status: record.status, value: record.value === "" ? null : Number(record.value) });
  }
  expect((await page.request.get("/mappe-servizi/mappa-che-non-esiste/dati.csv")).status()).toBe(404);
});

test("the desks' own count this year stands beside the published figure", async ({ page }) => {
  // A PIN/PUK contact closed as completed at Spazio Comune this year, on a day no other journey uses.
  const day = `${year}-02-17`;
  const desk = `(SELECT "id" FROM "Sede" WHERE "scuCode" = '138935')`;
  await sql(
    `INSERT INTO "Visit" ("id", "sedeId", "serviceId", "citizenName", "day", "ticketNumber", "arrivedAt", "queuedAt", "status", "endedAt", "outcome", "autonomy")
     SELECT gen_random_uuid(), ${desk}, s."id", 'Ospite Mappe', $1::date,
            (SELECT COALESCE(max("ticketNumber"), 0) + 1 FROM "Visit" WHERE "sedeId" = ${desk} AND "day" = $1::date),
            ($1 || ' 10:00 Europe/Rome')::timestamptz, ($1 || ' 10:00 Europe/Rome')::timestamptz, 'DONE', ($1 || ' 10:20 Europe/Rome')::timestamptz, 'COMPLETED', 'ALONE'
     FROM "Service" s WHERE s."code" = 'PIN_PUK'`,
    [day],
  );
  const count = async () =>
    (
      await sql(
        `SELECT count(*)::int AS n FROM "Visit" v JOIN "Service" s ON s."id" = v."serviceId"
         WHERE v."sedeId" = ${desk} AND s."code" = 'PIN_PUK' AND v."status" = 'DONE' AND v."outcome" = 'COMPLETED'
           AND v."day" >= $1::date AND v."day" < $2::date`,
        [`${year}-01-01`, `${year + 1}-01-01`],
      )
    ).rows[0].n as number;
  const before = await count();
  expect(before).toBeGreaterThanOrEqual(1);
  await page.goto("/mappe-servizi/comunicazione-esterna");
  const after = await count();

  const live = page.getByRole("region", { name: `Dal portale, ${year}` });
  await expect(live).toContainText("Spazio Comune (138935)");
  const table = live.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["Indicatore", "Pubblicato (2024)", `Dal portale (${year}, finora)`, "Che cosa conta il portale"]);
  const pinPuk = row(table, "n. di PIN/PUK della CNS rilasciati");
  await expect(pinPuk.getByTestId("live-published")).toHaveText("156");
  const shown = pageNumber(await pinPuk.getByTestId("live-portal").innerText());
  expect(shown).toBeGreaterThanOrEqual(before);
  expect(shown).toBeLessThanOrEqual(after);
  await expect(pinPuk).toContainText("chiusi con esito «completato»");
  await expect(row(table, "n. di spid rilasciati").getByTestId("live-published")).toHaveText("1532");
  await expect(row(table, "n. utenti che hanno preso appuntamento utilizzando agende digitali").getByTestId("live-published")).toHaveText("1851");
  await expect(table.getByRole("row")).toHaveCount(4);
  await expectAccessible(page);

  // A map with no desk of the portal has no such block.
  await page.goto("/mappe-servizi/impegni");
  await expect(page.getByRole("heading", { name: /Dal portale/ })).toHaveCount(0);
});

test("the page in English", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/mappe-servizi/comunicazione-esterna");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Results year by year" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Outputs of the service" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the index's search works, and an unknown map is a 404 page rendered on the server", async ({ page }) => {
    await page.goto("/mappe-servizi");
    await page.getByLabel("Cerca", { exact: true }).fill("anagrafe");
    await page.getByRole("button", { name: "Cerca" }).click();
    await expect(page).toHaveURL(/q=anagrafe/);
    await expect(page.getByRole("status")).toHaveText("1 mappa trovata su 4.");
    for (const path of ["/mappe-servizi/mappa-che-non-esiste", "/mappe-servizi/Non%20Valida"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
    }
  });
});

test("reads come from the cache, and an import shows at once", async ({ page }) => {
  const path = "/mappe-servizi/comunicazione-esterna";
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comunicazione esterna");
  await expectAccessible(page);
  // Written behind the importer's back: the cached map is what the page keeps showing.
  await sql(`UPDATE "ServiceMap" SET "title" = 'COMUNICAZIONE CAMBIATA A MANO' WHERE "slug" = 'comunicazione-esterna'`);
  try {
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comunicazione esterna");
  } finally {
    await sql(`UPDATE "ServiceMap" SET "title" = 'COMUNICAZIONE ESTERNA' WHERE "slug" = 'comunicazione-esterna'`);
  }

  // A new file with one changed figure: the next visit shows it, in the table and beside the live count.
  const original = await sample();
  const changed = original.replace("n. di PIN/PUK della CNS rilasciati\t445\t914\t828\t259\t183\t156", "n. di PIN/PUK della CNS rilasciati\t445\t914\t828\t259\t183\t157");
  expect(changed).not.toBe(original);
  await withMapsLock(async () => {
    await importText(changed, "service-maps-sample-2.txt");
    try {
      await page.reload();
      await expect(row(outputsTable(page), "n. di PIN/PUK della CNS rilasciati").getByRole("cell").last()).toHaveText("157");
      await expect(row(page.getByTestId("live-outputs"), "n. di PIN/PUK della CNS rilasciati").getByTestId("live-published")).toHaveText("157");
      const csv = await (await page.request.get(`${path}/dati.csv`)).text();
      expect(csv).toContain("n. di PIN/PUK della CNS rilasciati,31/12/2024,2024,157,157,NUMBER,COUNT");
    } finally {
      await importText(original, "service-maps-sample.txt");
    }
  });
  await page.reload();
  await expect(row(outputsTable(page), "n. di PIN/PUK della CNS rilasciati").getByRole("cell").last()).toHaveText("156");
});
