// Bad input to the booking flow gets a clear, localized message next to the field and books nothing.
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";

const main = (page: Page) => page.locator("main");

/** The details step of the first free SPID slot at Spazio Comune. */
async function openDetails(page: Page) {
  await page.goto("/prenota?servizio=SPID&sede=138935");
  await main(page).locator("a[data-calendar-day]").first().click();
  await main(page).getByRole("button", { name: "Continua" }).click();
  await expect(page.getByRole("heading", { name: "I tuoi dati" })).toBeVisible();
}

const bookings = async (email: string) => Number((await sql(`SELECT count(*) FROM "Appointment" WHERE email = $1`, [email])).rows[0].count);

test("an invalid codice fiscale, a missing consent and a 5 MB name are refused next to their fields", async ({ page }) => {
  const email = `errori-${Date.now()}@example.org`;
  await openDetails(page);
  await page.getByLabel("Nome e cognome").fill("Maria Rossi");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Codice fiscale").fill("RSSMRA85T10A562T");
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), main(page).getByRole("button", { name: "Vai al riepilogo" }).click()]);

  const summary = main(page).getByRole("alert");
  await expect(summary).toContainText("Controlla questi campi:");
  await expect(summary.getByRole("link", { name: /l'ultimo carattere non corrisponde/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: /informativa sulla privacy/ })).toBeVisible();
  await expect(page.getByLabel("Codice fiscale")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Codice fiscale")).toHaveAccessibleDescription(/Errore: Il codice fiscale non è corretto/);
  // What was typed comes back.
  await expect(page.getByLabel("Nome e cognome")).toHaveValue("Maria Rossi");
  await expectAccessible(page);

  // A name of 5 MB, as a forged request would send (the field itself stops at 120 characters).
  await page.getByLabel("Nome e cognome").evaluate((input: HTMLInputElement) => {
    input.removeAttribute("maxlength");
    input.value = "A".repeat(5 * 1024 * 1024);
  });
  await page.getByLabel("Codice fiscale").fill("RSSMRA85T10A562S");
  await page.getByRole("checkbox", { name: "Ho letto l'informativa sulla privacy" }).check();
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), main(page).getByRole("button", { name: "Vai al riepilogo" }).click()]);
  await expect(page.getByLabel("Nome e cognome")).toHaveAccessibleDescription(/al massimo 120 caratteri/);
  expect(await bookings(email)).toBe(0);
});

test("a forged service, a past day and a time outside opening hours are refused and book nothing", async ({ page }) => {
  await page.goto("/prenota?servizio=FALSO");
  await expect(main(page).getByRole("alert")).toContainText("Il servizio indicato non esiste o non è prenotabile");
  await expect(page.getByText("Passo 1 di 5: Servizio")).toBeVisible();

  await page.goto("/prenota?servizio=SPID&sede=138935&giorno=2020-01-07&ora=09:00");
  await expect(main(page).getByRole("alert").first()).toContainText("Questo orario non è prenotabile");
  await expect(page.getByText("Passo 3 di 5: Data e ora")).toBeVisible();

  await page.goto("/prenota?servizio=SPID&sede=138935&giorno=2020-01-07&ora=25:00");
  await expect(main(page).getByRole("alert")).toContainText("Il collegamento non è valido");

  // A forged slot sent straight to the confirm step: the page offered 09:00, the form says 03:00.
  const email = `forgiato-${Date.now()}@example.org`;
  await openDetails(page);
  await page.getByLabel("Nome e cognome").fill("Luca Bianchi");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Codice fiscale").fill("RSSMRA85T10A562S");
  await page.getByRole("checkbox", { name: "Ho letto l'informativa sulla privacy" }).check();
  await main(page).getByRole("button", { name: "Vai al riepilogo" }).click();
  await expect(page.getByRole("heading", { name: "Controlla e conferma" })).toBeVisible();
  await page.locator('input[name="time"]').evaluate((input: HTMLInputElement) => (input.value = "03:00"));
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), main(page).getByRole("button", { name: "Conferma la prenotazione" }).click()]);
  await expect(main(page).getByRole("alert").first()).toContainText("Questo orario non è prenotabile");
  await expect(main(page).getByRole("group", { name: /orari liberi più vicini/ }).getByRole("radio").first()).toBeChecked();
  expect(await bookings(email)).toBe(0);
});

test("a wrong code or e-mail finds no booking, with one answer for both", async ({ page }) => {
  await page.goto("/prenotazione");
  await page.getByLabel("Codice della prenotazione").fill("7KQ2-M9XD-4TNB-Z3HC");
  await page.getByLabel("E-mail usata per prenotare").fill("nessuno@example.org");
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), main(page).getByRole("button", { name: "Cerca la prenotazione" }).click()]);
  await expect(main(page).getByRole("alert")).toContainText("Nessuna prenotazione corrisponde");
  await page.getByLabel("Codice della prenotazione").fill("abc");
  await main(page).getByRole("button", { name: "Cerca la prenotazione" }).click();
  await expect(page.getByLabel("Codice della prenotazione")).toHaveAccessibleDescription(/Il codice ha 16 caratteri/);
  await expectAccessible(page);
});
