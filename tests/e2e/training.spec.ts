// The OLP creates a training session (a refused form first), records a volunteer's attendance, and the
// volunteer sees the hours on their progress against the project's targets. Axe on every page.

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { signedIn } from "./sign-in";

const TITLE = "E2E Formazione specifica: accoglienza allo sportello";

test("the OLP records a session and its attendance; the volunteer sees the progress", async ({ browser }) => {
  // A run against a kept database starts without this test's sessions (attendance goes with them).
  await sql(`DELETE FROM "TrainingSession" WHERE "title" LIKE 'E2E %'`);

  const paola = await signedIn(browser, "olp@sportello.demo");
  await paola.getByRole("navigation", { name: "Menu dell'area riservata" }).getByRole("link", { name: "Formazione" }).click();
  await expect(paola.getByRole("heading", { level: 1 })).toHaveText("Formazione");
  await expect(paola.getByRole("row", { name: /Marco Volontario/ })).toBeVisible();
  await expectAccessible(paola);

  // A session without a title is refused next to the field.
  await paola.getByRole("radio", { name: "Formazione specifica" }).check();
  await paola.getByLabel("Ora di inizio").fill("09:00");
  await paola.getByLabel("Durata (minuti)").fill("180");
  await paola.getByRole("button", { name: "Crea l'incontro" }).click();
  await expect(paola.getByLabel("Titolo")).toHaveAccessibleDescription(/Scrivi il titolo dell'incontro/);
  await expectAccessible(paola);

  await paola.getByLabel("Titolo").fill(TITLE);
  await paola.getByLabel("Luogo (facoltativo)").fill("Spazio Comune");
  await paola.getByRole("button", { name: "Crea l'incontro" }).click();
  await expect(paola).toHaveURL(/\/supervisione\/formazione\/[0-9a-f-]{36}\?esito=creato/);
  await expect(paola.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(paola.getByRole("status")).toContainText("Incontro creato");

  // Marco attended the whole session (the minutes default to its length).
  await paola.getByRole("checkbox", { name: "Marco Volontario era presente" }).check();
  await expect(paola.getByLabel("Minuti di Marco Volontario")).toHaveValue("180");
  await paola.getByRole("button", { name: "Salva le presenze" }).click();
  await expect(paola.getByRole("status").filter({ hasText: "Presenze salvate" })).toContainText("Presenze salvate: 1");
  await expectAccessible(paola);

  await paola.getByRole("link", { name: /Tutti gli incontri/ }).click();
  await expect(paola.getByRole("row", { name: new RegExp(TITLE) })).toContainText("1 presente");

  const marco = await signedIn(browser, "volontario@sportello.demo");
  await marco.getByRole("navigation", { name: "Menu dell'area riservata" }).getByRole("link", { name: "La mia formazione" }).click();
  await expect(marco.getByRole("heading", { level: 1 })).toHaveText("La mia formazione");
  await expect(marco.getByRole("row", { name: /^Formazione specifica/ })).toContainText("3% (3 h su 91 h)");
  await expect(marco.getByRole("row", { name: new RegExp(TITLE) })).toContainText("Spazio Comune");
  await expectAccessible(marco);
});
