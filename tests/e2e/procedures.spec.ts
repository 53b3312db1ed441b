// An OLP adds a step to a service's guided procedure, moves it and takes it out again. (The
// certificates procedure: the other specs follow PIN/PUK at the desk.)
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";

const main = (page: Page) => page.locator("main");

test("an OLP adds, moves and takes out a step of a guided procedure", async ({ page }) => {
  const label = `Ricevuta consegnata ${Date.now()}`;
  await page.goto("/accesso");
  await page.getByLabel("E-mail").fill("olp@sportello.demo");
  await page.getByLabel("Password").fill("Sportello-Demo-2026");
  await Promise.all([page.waitForURL(/\/supervisione/), page.getByRole("button", { name: "Accedi" }).click()]);
  await page.getByRole("navigation", { name: "Menu dell'area riservata" }).getByRole("link", { name: "Procedure guidate" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Procedure guidate");
  await expectAccessible(page);
  await main(page).getByRole("link", { name: /Modifica la procedura di Certificati/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Procedura di");

  const add = main(page).locator("section[aria-labelledby=add-heading]");
  await add.getByRole("button", { name: "Aggiungi il passaggio" }).click();
  await expect(add.getByRole("alert")).toBeVisible();
  await add.getByLabel("Testo in italiano").fill(label);
  await add.getByLabel("Testo in inglese").fill("Receipt handed over");
  await add.getByLabel(/Obbligatorio/).uncheck();
  await add.getByRole("button", { name: "Aggiungi il passaggio" }).click();
  const added = main(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(label) }) });
  await expect(added).toBeVisible();
  await expectAccessible(page);

  const before = (await sql(`SELECT "position" FROM "ProcedureStep" WHERE "labelIt" = $1`, [label])).rows[0].position;
  await added.getByRole("button", { name: `Sposta su: ${label}` }).click();
  await expect.poll(async () => (await sql(`SELECT "position" FROM "ProcedureStep" WHERE "labelIt" = $1`, [label])).rows[0].position).toBe(before - 1);
  await main(page).getByRole("button", { name: `Togli dalla procedura: ${label}` }).click();
  await expect.poll(async () => (await sql(`SELECT "active", "required" FROM "ProcedureStep" WHERE "labelIt" = $1`, [label])).rows[0]).toEqual({ active: false, required: false });
  await expect(main(page).getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(label) }) })).toContainText("Non in uso");
});
