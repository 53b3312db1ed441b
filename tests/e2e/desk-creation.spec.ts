// An administrator creates a desk (a taken SCU code refused next to its field first), lands on its
// administration page, and configures it: before it has services the public page says so and booking
// does not offer it; with a service but no hours the calendar says there are no free times; with an
// opening interval the public page shows both. Axe on every page visited.
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { signIn } from "./sign-in";

const main = (page: Page) => page.locator("main");

test("an administrator creates a desk and configures it; the public pages follow", async ({ page, browser }) => {
  // A code no other run has used: 8 digits starting with 9 (the seed's are 6).
  const code = `9${String(Date.now()).slice(-7)}`;
  const name = `Sportello di prova ${code}`;
  // The desk's OLP: a new one, so that the demo OLP's desks stay as the other journeys expect.
  const olpEmail = `olp-${code}@sportello.demo`;
  await sql(`INSERT INTO "User" ("id", "email", "name", "role", "updatedAt") VALUES (gen_random_uuid(), $1, $2, 'OLP', now())`, [olpEmail, `OLP Prova ${code}`]);

  await signIn(page, "admin@sportello.demo");
  await page.goto("/supervisione");
  await main(page).getByRole("link", { name: "Aggiungi uno sportello" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nuovo sportello" })).toBeVisible();
  await expectAccessible(page);

  // A taken code: refused on its field, what was typed kept.
  await main(page).getByLabel("Codice SCU della sede").fill("138935");
  await main(page).getByLabel("Ente").selectOption({ label: "Comune di Cremona" });
  await main(page).getByLabel("Nome", { exact: true }).fill(name);
  await main(page).getByLabel("Indirizzo").fill("Via della Prova, 1");
  await main(page).getByLabel("Comune", { exact: true }).fill("Cremona");
  await main(page).getByLabel("E-mail (facoltativa)").fill("non-una-mail");
  await main(page).getByRole("button", { name: "Crea lo sportello" }).click();
  await expect(main(page).getByLabel("Codice SCU della sede")).toHaveAccessibleDescription(/Esiste già uno sportello con questo codice SCU/);
  await expect(main(page).getByLabel("E-mail (facoltativa)")).toHaveAccessibleDescription(/L'indirizzo e-mail non è valido/);
  await expect(main(page).getByLabel("Nome", { exact: true })).toHaveValue(name);
  await expectAccessible(page);

  await main(page).getByLabel("Codice SCU della sede").fill(code);
  await main(page).getByLabel("E-mail (facoltativa)").fill("");
  await main(page).getByRole("checkbox", { name: /^Connessioni accessibili/ }).check();
  await main(page).getByLabel(/^Posti per volontari in Connessioni accessibili/).fill("2");
  await main(page).getByLabel("OLP dello sportello (facoltativo)").selectOption({ label: `OLP Prova ${code}` });
  await Promise.all([page.waitForURL(new RegExp(`/supervisione/sportelli/${code}/gestione\\?esito=creato`)), main(page).getByRole("button", { name: "Crea lo sportello" }).click()]);
  await expect(main(page).getByRole("status")).toContainText("Sportello creato");
  await expect(main(page).getByLabel("Nome", { exact: true })).toHaveValue(name);
  await expectAccessible(page);
  const { rows } = await sql(
    `SELECT count(*)::int AS projects, (SELECT count(*)::int FROM "UserSede" us JOIN "User" u ON u."id" = us."userId" WHERE us."sedeId" = d."id" AND u."email" = $2) AS olps
     FROM "Sede" d JOIN "ProjectSede" p ON p."sedeId" = d."id" WHERE d."scuCode" = $1 GROUP BY d."id"`,
    [code, olpEmail],
  );
  expect(rows).toEqual([{ projects: 1, olps: 1 }]);

  // Not configured yet: the public page offers nothing, and booking refuses the desk for a service.
  const visitor = await (await browser.newContext({ locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL })).newPage();
  await visitor.goto(`/sedi/${code}`);
  await expect(visitor.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(visitor.locator("main")).toContainText("Al momento questo sportello non offre servizi del catalogo");
  await expectAccessible(visitor);
  await visitor.goto(`/prenota?servizio=PIN_PUK&sede=${code}`);
  await expect(visitor.locator("main").getByRole("alert")).toContainText("Lo sportello indicato non");
  await expectAccessible(visitor);

  // A service, no hours yet: bookable, with no free time, and said so.
  const pin = main(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "PIN e PUK" }) });
  await pin.getByLabel("Offerto a questo sportello").check();
  await pin.getByRole("button", { name: /^Salva/ }).click();
  await expect(pin.getByRole("status")).toContainText("salvate");
  await visitor.goto(`/prenota?servizio=PIN_PUK&sede=${code}`);
  await expect(visitor.getByRole("status").filter({ hasText: "non ci sono orari liberi" })).toBeVisible();
  await expectAccessible(visitor);

  // Hours and a workstation: the public page shows them.
  await main(page).getByLabel("Giorno della settimana").selectOption({ label: "mercoledì" });
  await main(page).getByLabel("Apre alle").fill("09:00");
  await main(page).getByLabel("Chiude alle").fill("12:30");
  await main(page).getByRole("button", { name: "Aggiungi la fascia" }).click();
  await expect(main(page).getByRole("row", { name: /mercoledì/ })).toContainText("09:00–12:30");
  await main(page).getByLabel("Nome della nuova postazione").fill("Postazione 1");
  await main(page).getByRole("button", { name: "Aggiungi la postazione" }).click();
  await expect(main(page).getByRole("table", { name: "Postazioni dello sportello" })).toContainText("Postazione 1");
  await expectAccessible(page);

  await visitor.goto(`/sedi/${code}`);
  await expect(visitor.getByRole("heading", { name: "PIN e PUK" })).toBeVisible();
  await expect(visitor.getByRole("row", { name: /mercoledì/i })).toContainText("09:00");
  await expectAccessible(visitor);
});
