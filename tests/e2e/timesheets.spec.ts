// A volunteer fills a week and sends it; the OLP returns it with a comment; the volunteer corrects
// it and sends it again; the OLP approves it, which locks it; the month sheet downloads as CSV and PDF.
import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { signedIn } from "./sign-in";

const VOLUNTEER = "volontario@sportello.demo";
const main = (page: Page) => page.locator("main");

/** Last week's Monday, as "YYYY-MM-DD", in Rome. */
async function lastMonday(): Promise<string> {
  const { rows } = await sql(`SELECT to_char(date_trunc('week', (now() AT TIME ZONE 'Europe/Rome')::date) - interval '7 days', 'YYYY-MM-DD') AS monday`);
  return rows[0].monday;
}

async function fillDay(page: Page, index: number, times: { start: string; end: string; breakMinutes: string }) {
  await main(page).getByRole("link", { name: /^(Compila|Modifica) / }).nth(index).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Ore di");
  await page.getByRole("radio", { name: "Servizio" }).check();
  await page.getByLabel("Inizio").fill(times.start);
  await page.getByLabel("Fine").fill(times.end);
  await page.getByLabel("Pausa (minuti)").fill(times.breakMinutes);
  const activity = page.getByRole("checkbox", { name: /D\.1\.1/ });
  if (!(await activity.isChecked())) await activity.check();
  await page.getByRole("button", { name: "Salva il giorno" }).click();
  await expect(page).toHaveURL(/\/sportello\/ore\?settimana=.*esito=salvato/);
}

test("a week goes from the volunteer to the OLP and back, then is approved and locked", async ({ browser }) => {
  const monday = await lastMonday();
  // A run against a kept database starts from an empty week.
  await sql(`DELETE FROM "TimesheetWeek" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = $1) AND "weekStart" = $2::date`, [VOLUNTEER, monday]);
  await sql(`DELETE FROM "TimesheetDay" WHERE "userId" = (SELECT "id" FROM "User" WHERE "email" = $1) AND "day" BETWEEN $2::date AND $2::date + 6`, [VOLUNTEER, monday]);

  const marco = await signedIn(browser, VOLUNTEER);
  await marco.getByRole("navigation", { name: "Menu dell'area riservata" }).getByRole("link", { name: "Le mie ore" }).click();
  await marco.goto(`/sportello/ore?settimana=${monday}`);
  await expect(marco.getByRole("heading", { level: 1 })).toHaveText("Le mie ore");
  await expectAccessible(marco);

  // A bad day first: the end before the start is refused next to the field.
  await main(marco).getByRole("link", { name: /^Compila / }).first().click();
  await marco.getByRole("radio", { name: "Servizio" }).check();
  await marco.getByLabel("Inizio").fill("14:00");
  await marco.getByLabel("Fine").fill("09:00");
  await marco.getByRole("checkbox", { name: /D\.1\.1/ }).check();
  await marco.getByRole("button", { name: "Salva il giorno" }).click();
  await expect(marco.getByLabel("Fine")).toHaveAccessibleDescription(/La fine deve venire dopo l'inizio/);
  await expectAccessible(marco);
  await marco.goto(`/sportello/ore?settimana=${monday}`);

  // Monday to Friday, 09:00–14:00; Tuesday without its break.
  for (let index = 0; index < 5; index++) await fillDay(marco, index, { start: "09:00", end: "14:00", breakMinutes: "0" });
  await expect(marco.getByTestId("week-total")).toHaveText("25:00");
  await marco.getByRole("button", { name: "Invia la settimana all'OLP" }).click();
  await expect(main(marco).getByRole("status").first()).toContainText("Settimana inviata all'OLP");
  await expect(main(marco).getByRole("link", { name: /^Modifica / })).toHaveCount(0);

  // The OLP returns it with a comment; an empty comment is refused first.
  const paola = await signedIn(browser, "olp@sportello.demo");
  await paola.goto("/supervisione/ore");
  await expectAccessible(paola);
  await paola.getByRole("link", { name: "Apri le ore di Marco Volontario" }).click();
  // The first week waiting for a decision opens by itself.
  await expect(paola.getByRole("heading", { level: 1 })).toHaveText("Ore di Marco Volontario");
  await expect(paola.locator("#week-heading")).toContainText(`${Number(monday.slice(8))}`);
  await expect(paola.getByTestId("week-total")).toHaveText("25:00");
  await paola.getByRole("radio", { name: "Restituisci con un commento" }).check();
  await paola.getByRole("button", { name: "Registra la decisione" }).click();
  await expect(paola.getByLabel("Commento per il volontario")).toHaveAccessibleDescription(/Scrivi un commento per il volontario/);
  await paola.getByLabel("Commento per il volontario").fill("Martedì manca la pausa di mezz'ora.");
  await paola.getByRole("button", { name: "Registra la decisione" }).click();
  await expect(main(paola).getByRole("status").first()).toContainText("Settimana restituita al volontario.");
  await expectAccessible(paola);

  // The volunteer sees why, corrects Tuesday and sends it again.
  await marco.reload();
  await expect(main(marco)).toContainText("Martedì manca la pausa di mezz'ora.");
  await fillDay(marco, 1, { start: "09:00", end: "14:30", breakMinutes: "30" });
  await marco.getByRole("button", { name: "Invia la settimana all'OLP" }).click();
  await expect(main(marco).getByRole("status").first()).toContainText("Settimana inviata all'OLP");

  // The OLP approves; the week is locked for the volunteer, in the page and in the database.
  await paola.reload();
  await paola.getByRole("radio", { name: "Approva" }).check();
  await paola.getByRole("button", { name: "Registra la decisione" }).click();
  await expect(main(paola).getByRole("status").first()).toContainText("Settimana approvata.");
  await marco.reload();
  await expect(main(marco)).toContainText("Settimana approvata da Paola Supervisora");
  await expect(main(marco).getByRole("link", { name: /^(Modifica|Compila) / })).toHaveCount(0);
  await expect(main(marco).getByRole("button", { name: "Invia la settimana all'OLP" })).toHaveCount(0);
  await marco.goto(`/sportello/ore/giorno?data=${monday}`);
  await expect(main(marco)).toContainText("Questa settimana è inviata o approvata: non si può modificare.");
  await expect(marco.getByRole("button", { name: "Salva il giorno" })).toHaveCount(0);

  // The month sheet, on screen and as CSV and PDF.
  await marco.goto(`/sportello/ore/mese?mese=${monday.slice(0, 7)}`);
  await expect(main(marco)).toContainText("Approvata");
  await expectAccessible(marco);
  const [csv] = await Promise.all([marco.waitForEvent("download"), main(marco).getByRole("link", { name: "Scarica CSV" }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const text = await readFile((await csv.path())!, "utf8");
  expect(text).toContain("Marco Volontario");
  expect(text).toMatch(/Servizio;09:00;14:30;30;5:00;D\.1\.1;Approvata/);
  const [pdf] = await Promise.all([marco.waitForEvent("download"), main(marco).getByRole("link", { name: "Scarica PDF" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe("%PDF-");
});
