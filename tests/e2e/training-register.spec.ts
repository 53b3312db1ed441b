// The training register: the OLP opens a project's register, prints it (print media: no navigation,
// still accessible) and downloads it as CSV and PDF; the volunteer downloads their own. Only this
// journey's session is asserted on (other journeys add and remove theirs). Axe on every page.
import { readFile } from "node:fs/promises";

import type { Download, Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { signedIn } from "./sign-in";

const main = (page: Page) => page.locator("main");

async function download(page: Page, link: string): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent("download"), main(page).getByRole("link", { name: link }).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test("the OLP and the volunteer print and download the training register", async ({ browser }) => {
  const title = `Registro in prova ${Date.now()}`;
  await sql(
    `WITH s AS (
       INSERT INTO "TrainingSession" ("id", "projectId", "kind", "title", "day", "startMinute", "minutes", "trainer")
       SELECT gen_random_uuid(), e."projectId", 'TUTORING_INDIVIDUAL', $1, (now() AT TIME ZONE 'Europe/Rome')::date - 2, 600, 90, 'Anna Formatrice'
       FROM "Enrolment" e JOIN "User" u ON u."id" = e."userId" WHERE u."email" = 'volontaria@sportello.demo'
       RETURNING "id", "projectId")
     INSERT INTO "TrainingAttendance" ("sessionId", "projectId", "userId", "minutes")
     SELECT s."id", s."projectId", u."id", 75 FROM s, "User" u WHERE u."email" = 'volontaria@sportello.demo'`,
    [title],
  );

  const paola = await signedIn(browser, "olp@sportello.demo");
  await paola.goto("/supervisione/formazione");
  await main(paola).getByRole("link", { name: "Registro della formazione" }).click();
  await expect(paola.getByRole("heading", { level: 1, name: "Registro della formazione" })).toBeVisible();
  const session = main(paola).getByTestId("register-sessions").locator("tbody").filter({ hasText: title });
  await expect(session).toContainText("10:00–11:30");
  await expect(session).toContainText("Tutoraggio individuale");
  await expect(session).toContainText("Anna Formatrice");
  await expect(session).toContainText("Giulia Volontaria");
  await expect(session).toContainText("1:15");
  await expect(main(paola).getByRole("columnheader", { name: "Firma del volontario" })).toBeVisible();
  await expect(main(paola).getByTestId("register-totals")).toContainText("44:00");
  await expectAccessible(paola);

  // Printed: the site's header, menu and footer and the page's controls are gone; still accessible.
  await paola.emulateMedia({ media: "print" });
  await expect(paola.getByRole("navigation", { name: "Menu dell'area riservata" })).toBeHidden();
  await expect(main(paola).getByRole("link", { name: "Scarica in PDF" })).toBeHidden();
  await expect(session).toBeVisible();
  await expectAccessible(paola);
  await paola.emulateMedia({ media: "screen" });

  const csv = await download(paola, "Scarica in CSV");
  expect(csv.name).toMatch(/^registro-formazione-.+\.csv$/);
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\uFEFFRegistro della formazione")).toBe(true);
  expect(text).toContain("Data;Orario;Tipo;Modulo;Formatore;Ore incontro;Volontario;Ore frequentate");
  expect(text).toMatch(new RegExp(`;10:00–11:30;Tutoraggio individuale;${title};Anna Formatrice;1:30;Giulia Volontaria;1:15`));
  const pdf = await download(paola, "Scarica in PDF");
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");

  // One volunteer's register from the OLP's choice.
  await main(paola).getByLabel("Volontario", { exact: true }).selectOption({ label: "Giulia Volontaria" });
  await main(paola).getByRole("button", { name: "Mostra il registro" }).click();
  await expect(main(paola)).toContainText("Volontario: Giulia Volontaria");
  await expectAccessible(paola);

  const giulia = await signedIn(browser, "volontaria@sportello.demo");
  await giulia.goto("/sportello/formazione");
  await main(giulia).getByRole("link", { name: "Registro della formazione" }).click();
  await expect(giulia.getByRole("heading", { level: 1, name: "Registro della formazione" })).toBeVisible();
  await expect(main(giulia).getByTestId("register-sessions").locator("tbody").filter({ hasText: title })).toContainText("1:15");
  await expect(main(giulia)).not.toContainText("Marco Volontario");
  await expectAccessible(giulia);
  const own = await download(giulia, "Scarica in PDF");
  expect(own.name).toBe("registro-formazione-giulia-volontaria.pdf");
  expect(own.bytes.subarray(0, 5).toString()).toBe("%PDF-");
  const ownCsv = (await download(giulia, "Scarica in CSV")).bytes.toString("utf8");
  expect(ownCsv).toContain(title);
  expect(ownCsv).not.toContain("Marco Volontario");
});
