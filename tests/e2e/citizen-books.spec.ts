// A citizen books a SPID recognition at "Spazio Comune" with the keyboard alone, gets the
// confirmation (page, mail, calendar file), moves the appointment, then cancels it.
import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";
import ICAL from "ical.js";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { activate, chooseRadio, tabTo } from "./keyboard";

const main = (page: Page) => page.locator("main");

async function outboxMail(to: string, subject: RegExp) {
  let mail: { subject: string; text: string; attachments: { filename: string; contentType: string; base64: string }[] } | undefined;
  await expect
    .poll(async () => {
      const { rows } = await sql(`SELECT subject, text, attachments FROM "OutboxMessage" WHERE "to" = $1 ORDER BY "createdAt" DESC`, [to]);
      mail = rows.find((row) => subject.test(row.subject));
      return Boolean(mail);
    })
    .toBe(true);
  return mail!;
}

/** The first bookable day of the calendar, then its first free time. */
async function pickFirstFreeSlot(page: Page, dayOffset = 0): Promise<void> {
  const days = main(page).locator("a[data-calendar-day]");
  await tabTo(page, days.first());
  for (let i = 0; i < dayOffset; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(main(page).getByRole("heading", { name: /^Orari liberi di / })).toBeVisible();
  await expectAccessible(page);
  await activate(page, main(page).getByRole("button", { name: "Continua" }));
}

test("a citizen books, reschedules and cancels with the keyboard alone", async ({ page }) => {
  const email = `cittadina-${Date.now()}@example.org`;

  await page.goto("/");
  await activate(page, page.getByRole("navigation", { name: "Menu principale" }).getByRole("link", { name: "Prenota", exact: true }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prenota un appuntamento");
  await expect(page.getByText("Passo 1 di 5: Servizio")).toBeVisible();
  await expectAccessible(page);

  const services = main(page).getByRole("group", { name: "Per quale servizio vuoi prenotare?" });
  await chooseRadio(page, services, services.getByRole("radio", { name: "Attivazione SPID" }));
  await page.keyboard.press("Enter");

  await expect(page.getByText("Passo 2 di 5: Sportello")).toBeVisible();
  await expectAccessible(page);
  const desks = main(page).getByRole("group", { name: /In quale sportello/ });
  await chooseRadio(page, desks, desks.getByRole("radio", { name: "Spazio Comune" }));
  await page.keyboard.press("Enter");

  await expect(page.getByText("Passo 3 di 5: Data e ora")).toBeVisible();
  await expectAccessible(page);
  await pickFirstFreeSlot(page);

  await expect(page.getByText("Passo 4 di 5: I tuoi dati")).toBeVisible();
  await expectAccessible(page);
  await tabTo(page, page.getByLabel("Nome e cognome"));
  await page.keyboard.type("Maria Rossi");
  await page.keyboard.press("Tab");
  await page.keyboard.type(email);
  await tabTo(page, page.getByLabel("Codice fiscale"));
  await page.keyboard.type("rssmra85t10a562s");
  await tabTo(page, page.getByRole("checkbox", { name: "Ho letto l'informativa sulla privacy" }));
  await page.keyboard.press("Space");
  await activate(page, main(page).getByRole("button", { name: "Vai al riepilogo" }));

  await expect(page.getByRole("heading", { name: "Controlla e conferma" })).toBeFocused();
  await expect(page.getByText("Passo 5 di 5: Riepilogo")).toBeVisible();
  await expect(main(page)).toContainText("RSSMRA85T10A562S");
  await expectAccessible(page);
  await activate(page, main(page).getByRole("button", { name: "Conferma la prenotazione" }));

  await expect(page).toHaveURL(/\/prenotazione\?esito=prenotata$/);
  await expect(main(page).getByRole("status")).toContainText("Prenotazione confermata.");
  const code = (await main(page).getByTestId("booking-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  await expect(main(page)).toContainText("Attivazione SPID");
  await expect(main(page)).toContainText("Documento d'identità valido");
  await expect(main(page).getByRole("img", { name: `Codice QR della prenotazione ${code}` })).toBeVisible();
  await expectAccessible(page);

  const mail = await outboxMail(email, /conferma|Prenotazione/i);
  expect(mail.text).toContain(code);
  expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual(expect.arrayContaining([expect.stringMatching(/^text\/calendar/), "image/png"]));

  const downloading = page.waitForEvent("download");
  await activate(page, main(page).getByRole("link", { name: "Aggiungi al calendario (.ics)" }));
  const download = await downloading;
  const calendar = new ICAL.Component(ICAL.parse(await readFile((await download.path())!, "utf8")));
  const event = calendar.getFirstSubcomponent("vevent")!;
  expect(String(event.getFirstPropertyValue("summary"))).toContain("Attivazione SPID");
  expect(String(event.getFirstPropertyValue("description"))).toContain(code);
  const { rows: booked } = await sql(`SELECT "startsAt", status FROM "Appointment" WHERE "bookingCode" = $1`, [code]);
  expect(booked).toHaveLength(1);
  expect((event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().getTime()).toBe(new Date(booked[0].startsAt).getTime());

  // Reschedule: the second bookable day.
  await activate(page, main(page).getByRole("link", { name: "Cambia giorno o orario" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cambia giorno o orario");
  await expectAccessible(page);
  await pickFirstFreeSlot(page, 1);
  await expect(page.getByRole("heading", { name: "Confermi il cambio?" })).toBeVisible();
  await expectAccessible(page);
  await activate(page, main(page).getByRole("button", { name: "Conferma il nuovo orario" }));
  await expect(page).toHaveURL(/\/prenotazione\?esito=spostata$/);
  await expect(main(page).getByRole("status")).toContainText("Prenotazione spostata");
  const { rows: moved } = await sql(`SELECT "startsAt", sequence, status FROM "Appointment" WHERE "bookingCode" = $1`, [code]);
  expect(moved[0].sequence).toBe(1);
  expect(new Date(moved[0].startsAt).getTime()).toBeGreaterThan(new Date(booked[0].startsAt).getTime());
  await outboxMail(email, /spostat|nuov/i);

  // Cancel, with a reason chosen by keyboard.
  await activate(page, main(page).getByRole("link", { name: "Annulla la prenotazione" }));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Annulla la prenotazione");
  await expectAccessible(page);
  await tabTo(page, page.getByLabel("Perché annulli?"));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Perché annulli?")).toHaveValue("NO_LONGER_NEEDED");
  await activate(page, main(page).getByRole("button", { name: "Annulla la prenotazione" }));
  await expect(page).toHaveURL(/\/prenotazione\?esito=annullata$/);
  await expect(main(page).getByRole("status")).toContainText("Prenotazione annullata");
  await expect(main(page)).toContainText("Annullata");
  const { rows: cancelled } = await sql(`SELECT status, "cancelReason" FROM "Appointment" WHERE "bookingCode" = $1`, [code]);
  expect(cancelled[0]).toEqual({ status: "CANCELLED", cancelReason: "NO_LONGER_NEEDED" });
  await outboxMail(email, /annullat/i);
  await expectAccessible(page);
});

test("arrow keys on the calendar cross into the next month and back", async ({ page }) => {
  await page.goto("/prenota?servizio=SPID&sede=138935");
  await expect(page.getByText("Passo 3 di 5: Data e ora")).toBeVisible();
  const caption = main(page).locator("caption");
  const days = main(page).locator("a[data-calendar-day]");
  const firstMonth = (await caption.textContent())!;
  await tabTo(page, days.first());
  await page.keyboard.press("End");
  await expect(days.last()).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(caption).not.toHaveText(firstMonth);
  await expect(days.first()).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(caption).toHaveText(firstMonth);
  await expect(days.last()).toBeFocused();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a citizen books and finds the booking again by code and e-mail", async ({ page, browser }) => {
    const email = `senza-js-${Date.now()}@example.org`;
    await page.goto("/prenota");
    await main(page).getByRole("radio", { name: "Aiuto con i servizi online" }).check();
    await main(page).getByRole("button", { name: "Continua" }).click();
    await main(page).getByRole("radio", { name: "Spazio Comune" }).check();
    await main(page).getByRole("button", { name: "Continua" }).click();
    await main(page).locator("a[data-calendar-day]").last().click();
    await main(page).getByRole("button", { name: "Continua" }).click();

    // This service does not need the codice fiscale: the form does not ask for it.
    await expect(page.getByLabel("Codice fiscale")).toHaveCount(0);
    await page.getByLabel("Nome e cognome").fill("Anna Verdi");
    await page.getByLabel("E-mail").fill(email);
    await page.getByRole("checkbox", { name: "Ho letto l'informativa sulla privacy" }).check();
    await main(page).getByRole("button", { name: "Vai al riepilogo" }).click();
    await expect(page.getByRole("heading", { name: "Controlla e conferma" })).toBeVisible();
    await main(page).getByRole("button", { name: "Conferma la prenotazione" }).click();
    await expect(main(page).getByRole("status")).toContainText("Prenotazione confermata.");
    const code = (await main(page).getByTestId("booking-code").textContent())!.trim();
    const { rows } = await sql(`SELECT "fiscalCode", "channel" FROM "Appointment" WHERE "bookingCode" = $1`, [code]);
    expect(rows).toEqual([{ fiscalCode: null, channel: "ONLINE" }]);

    // Another browser: code typed in lower case without dashes, e-mail in capitals.
    const other = await browser.newPage({ javaScriptEnabled: false });
    await other.goto("/prenotazione");
    await other.getByLabel("Codice della prenotazione").fill(code.replaceAll("-", "").toLowerCase());
    await other.getByLabel("E-mail usata per prenotare").fill(email.toUpperCase());
    await other.getByRole("button", { name: "Cerca la prenotazione" }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("La tua prenotazione");
    await expect(other.getByTestId("booking-code")).toHaveText(code);
    await other.close();
  });
});
