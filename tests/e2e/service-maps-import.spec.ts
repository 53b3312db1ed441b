// An administrator uploads the service-maps file: bad files are refused with a clear message, a good
// one is previewed (what changes, the lines left out) and applied on confirmation; the same file again
// changes nothing. The maps are shared with the public pages' journey, so the file uploaded here has
// the sample's content unchanged: only its place in the file moves (two lines added on top).
import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { createDb } from "@/lib/db";
import { applyImport } from "@/lib/service-maps/import";
import { parseServiceMaps } from "@/lib/service-maps/parse";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { withMapsLock } from "./service-maps-lock";
import { signIn } from "./sign-in";

const PAGE = "/supervisione/mappe-servizi/importa";

/** The sample's maps as the other journey stores them, so that the preview below is known. */
async function importSample(text: string) {
  const db = createDb(process.env.E2E_DATABASE_URL!);
  try {
    await applyImport(db, parseServiceMaps(text), { fileName: "service-maps-sample.txt", sha256: "0".repeat(64) });
  } finally {
    await db.$disconnect();
  }
}

async function upload(page: Page, name: string, content: string | Buffer) {
  await page.getByLabel("File delle mappe (.txt, UTF-8)").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  await page.getByRole("button", { name: "Mostra che cosa cambia" }).click();
}

test("only an administrator reaches the upload page", async ({ page }) => {
  await signIn(page, "olp@sportello.demo");
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(403);
});

test("an administrator uploads the maps, sees what changes and applies it", async ({ page }) => {
  const sample = await readFile("tests/fixtures/service-maps-sample.txt", "utf8");
  // The other service-map journey waits while this one owns the shared maps, and finds them as the
  // sample left them.
  await withMapsLock(async () => {
    await importSample(sample);
    try {
      await uploadJourney(page, sample);
    } finally {
      await importSample(sample);
    }
  });
});

async function uploadJourney(page: Page, sample: string) {
  await signIn(page, "admin@sportello.demo");
  await page.goto("/supervisione");
  await page.getByRole("link", { name: "Importa le mappe dei servizi" }).click();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importa le mappe dei servizi");
  await expectAccessible(page);

  // Bad files: nothing is written, the field says why.
  await upload(page, "mappe.pdf", sample);
  await expect(page.locator("main").getByRole("alert")).toContainText("Il file deve essere di testo, con estensione .txt.");
  await expect(page.getByLabel("File delle mappe (.txt, UTF-8)")).toHaveAttribute("aria-invalid", "true");
  await upload(page, "mappe.txt", Buffer.from([0x4d, 0x61, 0x70, 0x70, 0xe8, 0x0a]));
  await expect(page.locator("main").getByRole("alert")).toContainText("Il file non è testo in UTF-8.");
  await upload(page, "mappe.txt", "Nessuna mappa qui.\n");
  await expect(page.locator("main").getByRole("alert")).toContainText("Nel file non c'è nessuna mappa dei servizi");
  await expectAccessible(page);

  // The sample two lines lower: the same maps, moved in the file.
  const moved = `Copia di prova\n\n${sample}`;
  const before = await sql(`SELECT count(*)::int AS n FROM "ServiceMapImport"`);
  await upload(page, "mappe-spostate.txt", moved);
  const preview = page.getByRole("region", { name: "Anteprima: mappe-spostate.txt" });
  await expect(preview).toContainText(`${moved.split("\n").length - 1} righe, 4 mappe, 19 indicatori`);
  await expect(preview).toContainText("0 mappe nuove, 4 modificate, 0 rimosse, 0 invariate.");
  await expect(preview.getByText("Anagrafe — spostata nel file, contenuto uguale")).toBeVisible();
  await preview.getByText("Righe del file non importate (7)").click();
  const skipped = preview.getByRole("table", { name: "Righe non importate e perché" });
  await expect(skipped.getByRole("row", { name: /^1 Copia di prova/ })).toContainText("frontespizio, prima della prima mappa");
  await expect(skipped.getByRole("row").filter({ hasText: "riga di trattini" })).toHaveCount(4);
  await expectAccessible(page);
  // Nothing written until the confirmation.
  expect((await sql(`SELECT count(*)::int AS n FROM "ServiceMapImport"`)).rows[0].n).toBe(before.rows[0].n);

  await preview.getByRole("button", { name: "Conferma e importa" }).click();
  await expect(page.locator("main").getByRole("status").filter({ hasText: "Importazione completata" })).toContainText("0 mappe nuove, 4 modificate, 0 rimosse.");
  // The registry office's map starts two lines lower than in the sample (line 69).
  const stored = await sql(`SELECT "firstLine" FROM "ServiceMap" WHERE "slug" = 'anagrafe'`);
  expect(stored.rows[0].firstLine).toBe(71);
  const audit = await sql(`SELECT count(*)::int AS n FROM "AuditLog" WHERE "action" = 'service_maps.imported'`);
  expect(audit.rows[0].n).toBeGreaterThan(0);

  // The same file again: nothing to do, nothing to confirm.
  await upload(page, "mappe-spostate.txt", moved);
  await expect(page.getByRole("region", { name: "Anteprima: mappe-spostate.txt" })).toContainText("Nessun cambiamento: il database contiene già queste mappe (4).");
  await expect(page.getByRole("button", { name: "Conferma e importa" })).toHaveCount(0);
  await expectAccessible(page);
}
