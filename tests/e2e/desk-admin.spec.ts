// The OLP administers a desk: a closure on a day with a booking warns with the appointment, and on
// confirmation (with e-mails) cancels it and mails the citizen; an overlapping opening interval is
// refused next to its field. Desk 138935 on a day of 2031, far from the days the other journeys use;
// the opening hours of desk 138951, which no other journey touches.
import { randomBytes } from "node:crypto";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { signIn } from "./sign-in";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const main = (page: Page) => page.locator("main");

/** An online booking at desk `scuCode` for PIN/PUK at `startsAt` (Rome), with its citizen's e-mail. */
async function bookOnline(scuCode: string, startsAt: string, email: string): Promise<string> {
  const code = Array.from(randomBytes(16), (byte) => CROCKFORD[byte % 32]).join("").match(/.{4}/g)!.join("-");
  await sql(
    `INSERT INTO "Appointment" ("id", "sedeId", "serviceId", "startsAt", "endsAt", "bookingCode", "citizenName", "email", "privacyConsentAt", "channel", "updatedAt")
     SELECT gen_random_uuid(), s."sedeId", s."serviceId", $3::timestamptz, $3::timestamptz + interval '20 minutes', $1, 'Ada Chiusura', $4, now(), 'ONLINE', now()
     FROM "SedeService" s JOIN "Sede" d ON d."id" = s."sedeId" JOIN "Service" v ON v."id" = s."serviceId"
     WHERE d."scuCode" = $2 AND v."code" = 'PIN_PUK'`,
    [code, scuCode, startsAt, email],
  );
  return code;
}

test("a closure over a booked appointment warns, cancels it on confirmation and mails the citizen", async ({ page }) => {
  const day = "2031-05-13";
  const desk = "(SELECT \"id\" FROM \"Sede\" WHERE \"scuCode\" = '138935')";
  // A run before this one may have left its closure: the day starts free.
  await sql(`DELETE FROM "Closure" WHERE "sedeId" = ${desk} AND "reasonIt" = 'Disinfestazione' AND "startsAt" >= '${day} 00:00 Europe/Rome'::timestamptz`);
  const email = `chiusura-${randomBytes(4).toString("hex")}@example.org`;
  const code = await bookOnline("138935", `${day} 10:00 Europe/Rome`, email);

  await signIn(page, "olp@sportello.demo");
  await page.goto("/supervisione/sportelli/138935");
  await Promise.all([page.waitForURL(/\/gestione$/), main(page).getByRole("link", { name: /Gestione dello sportello/ }).click()]);
  await expect(page.getByRole("heading", { level: 1, name: "Gestione dello sportello" })).toBeVisible();
  await expectAccessible(page);

  const start = main(page).getByRole("group", { name: "Inizio della chiusura" });
  const end = main(page).getByRole("group", { name: "Fine della chiusura" });
  await start.getByLabel("Giorno").fill(day);
  await end.getByLabel("Giorno").fill(day);
  await main(page).getByLabel("Motivo, in italiano").fill("Disinfestazione");
  await main(page).getByLabel("Motivo, in inglese (facoltativo)").fill("Pest control");
  await main(page).getByRole("button", { name: "Controlla gli appuntamenti e aggiungi" }).click();

  const warning = main(page).getByRole("heading", { name: /^Appuntamenti prenotati nel periodo della chiusura: \d+$/ });
  await expect(warning).toBeFocused();
  const row = main(page).getByRole("row").filter({ hasText: code });
  await expect(row).toContainText("martedì 13 maggio 2031, 10:00");
  await expect(row).toContainText("PIN e PUK");
  await expect(row).toContainText("Sì");
  await expect(main(page)).not.toContainText("Ada Chiusura");
  expect(Number((await sql(`SELECT count(*) FROM "Appointment" WHERE "bookingCode" = $1 AND "status" = 'BOOKED'`, [code])).rows[0].count)).toBe(1);
  await expectAccessible(page);

  await expect(main(page).getByLabel("Avvisa questi cittadini per e-mail")).toBeChecked();
  await main(page).getByRole("button", { name: "Conferma: aggiungi la chiusura e annulla gli appuntamenti" }).click();
  await expect(main(page).getByRole("status").filter({ hasText: "Chiusura aggiunta" })).toContainText(/Chiusura aggiunta\. Appuntamenti annullati: \d+\. E-mail in invio: \d+\./);
  await expect(main(page).getByRole("table", { name: "Chiusure in corso e in programma" })).toContainText("Disinfestazione");

  const { rows } = await sql(`SELECT "status", "cancelReason" FROM "Appointment" WHERE "bookingCode" = $1`, [code]);
  expect(rows[0]).toEqual({ status: "CANCELLED", cancelReason: "DESK_CLOSED" });
  await expect
    .poll(async () => (await sql(`SELECT "subject", "text" FROM "OutboxMessage" WHERE "to" = $1`, [email])).rows)
    .toEqual([expect.objectContaining({ subject: expect.stringMatching(/^Appuntamento annullato: /), text: expect.stringContaining("lo sportello resterà chiuso") })]);
  await expectAccessible(page);

  // The closure has not started: it can be deleted (the appointment stays cancelled).
  await main(page).getByRole("button", { name: /^Elimina la chiusura dal martedì 13 maggio 2031, 00:00/ }).click();
  await expect(main(page)).not.toContainText("Disinfestazione");
  expect(Number((await sql(`SELECT count(*) FROM "Closure" WHERE "reasonIt" = 'Disinfestazione'`)).rows[0].count)).toBe(0);
  expect((await sql(`SELECT "status" FROM "Appointment" WHERE "bookingCode" = $1`, [code])).rows[0].status).toBe("CANCELLED");
});

test("an opening interval that overlaps another of the same day is refused next to its field", async ({ page }) => {
  await signIn(page, "olp@sportello.demo");
  await page.goto("/supervisione/sportelli/138951/gestione#orari");
  await expect(main(page).getByRole("table", { name: "Fasce di apertura per giorno della settimana" }).getByRole("row", { name: /^giovedì/ })).toContainText("09:00–12:30");

  await main(page).getByLabel("Giorno della settimana").selectOption({ label: "giovedì" });
  await main(page).getByLabel("Apre alle").fill("12:00");
  await main(page).getByLabel("Chiude alle").fill("15:00");
  await main(page).getByRole("button", { name: "Aggiungi la fascia" }).click();

  const summary = main(page).locator("#hours-result");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Questa fascia si sovrappone a un'altra dello stesso giorno");
  await expect(main(page).getByLabel("Apre alle")).toHaveAttribute("aria-invalid", "true");
  await expect(main(page).getByLabel("Apre alle")).toHaveValue("12:00");
  await expectAccessible(page);
});

test("the OLP corrects a desk's phone, and the public desk page shows it at once", async ({ page }) => {
  const { rows } = await sql(`SELECT "phone" FROM "Sede" WHERE "scuCode" = '138951'`);
  const original: string | null = rows[0].phone;
  await signIn(page, "olp@sportello.demo");
  await page.goto("/supervisione/sportelli/138951/gestione");
  const details = main(page).locator("section[aria-labelledby=dati]");
  await details.getByLabel("Telefono (facoltativo)").fill("telefono");
  await details.getByRole("button", { name: "Salva i dati" }).click();
  await expect(details.getByLabel("Telefono (facoltativo)")).toHaveAccessibleDescription(/Il telefono ha solo cifre/);
  await details.getByLabel("Telefono (facoltativo)").fill("0372 000111");
  await details.getByRole("button", { name: "Salva i dati" }).click();
  await expect(details.getByRole("status")).toContainText("Dati dello sportello salvati.");
  await expectAccessible(page);
  await page.goto("/sedi/138951");
  await expect(main(page)).toContainText("0372 000111");
  await sql(`UPDATE "Sede" SET "phone" = $1 WHERE "scuCode" = '138951'`, [original]);
});
