// The OLP edits a session with recorded attendance: a change of kind is confirmed first, a length
// shorter than the attendance is refused next to its field; then deletes it, told how many attendance
// records go with it. Giulia's session only (the training journey works with Marco's totals). Axe on
// every page.
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { signIn } from "./sign-in";

const main = (page: Page) => page.locator("main");

test("the OLP edits a session with attendance (confirmed, or refused), then deletes it", async ({ page }) => {
  const title = `Modifica in prova ${Date.now()}`;
  // Three days ago, 120 minutes of general training, Giulia present for all of it.
  const { rows } = await sql(
    `WITH s AS (
       INSERT INTO "TrainingSession" ("id", "projectId", "kind", "title", "day", "startMinute", "minutes")
       SELECT gen_random_uuid(), e."projectId", 'GENERAL', $1, (now() AT TIME ZONE 'Europe/Rome')::date - 3, 540, 120
       FROM "Enrolment" e JOIN "User" u ON u."id" = e."userId" WHERE u."email" = 'volontaria@sportello.demo'
       RETURNING "id", "projectId")
     INSERT INTO "TrainingAttendance" ("sessionId", "projectId", "userId", "minutes")
     SELECT s."id", s."projectId", u."id", 120 FROM s, "User" u WHERE u."email" = 'volontaria@sportello.demo'
     RETURNING "sessionId"`,
    [title],
  );
  const sessionId = rows[0].sessionId as string;

  await signIn(page, "olp@sportello.demo");
  await page.goto("/supervisione/formazione");
  await main(page).getByRole("link", { name: new RegExp(`^Registra le presenze di ${title} del `) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(page);

  const edit = main(page).locator("section", { has: page.getByRole("heading", { name: "Modifica l'incontro" }) });
  await expect(edit.getByLabel("Titolo")).toHaveValue(title);
  await edit.getByRole("radio", { name: "Tutoraggio collettivo" }).check();
  await edit.getByLabel("Formatore o formatrice (facoltativo)").fill("Anna Formatrice");
  await edit.getByRole("button", { name: "Salva le modifiche" }).click();
  const warning = edit.getByRole("alert");
  await expect(warning).toContainText("C'è 1 presenza registrata per questo incontro.");
  await expect(warning).toContainText("Cambiano: il tipo.");
  expect((await sql(`SELECT "kind" FROM "TrainingSession" WHERE "id" = $1`, [sessionId])).rows[0].kind).toBe("GENERAL");
  await expectAccessible(page);
  await edit.getByRole("button", { name: "Conferma le modifiche" }).click();
  await expect(edit.getByRole("status")).toContainText("Incontro modificato.");
  expect((await sql(`SELECT "kind", "trainer" FROM "TrainingSession" WHERE "id" = $1`, [sessionId])).rows[0]).toEqual({ kind: "TUTORING_GROUP", trainer: "Anna Formatrice" });

  // Shorter than Giulia's 120 minutes: refused next to the length, nothing saved even when confirmed.
  await edit.getByLabel("Durata (minuti)").fill("60");
  await edit.getByRole("button", { name: "Salva le modifiche" }).click();
  await expect(edit.getByLabel("Durata (minuti)")).toHaveAccessibleDescription(/Qualcuno ha una presenza più lunga di questa durata/);
  expect((await sql(`SELECT "minutes" FROM "TrainingSession" WHERE "id" = $1`, [sessionId])).rows[0].minutes).toBe(120);
  await expectAccessible(page);

  // Deleting: the confirmation says how many attendance records go with it.
  await main(page).getByRole("link", { name: "Elimina l'incontro…" }).click();
  await expect(main(page).getByTestId("delete-count")).toHaveText(/Con l'incontro si elimina anche 1 presenza registrata/);
  await expectAccessible(page);
  await Promise.all([page.waitForURL(/\/supervisione\/formazione\?esito=eliminato&presenze=1$/), main(page).getByRole("button", { name: `Sì, elimina l'incontro «${title}» e le sue presenze` }).click()]);
  await expect(main(page).getByRole("status")).toContainText("Incontro eliminato con 1 presenza.");
  await expect(main(page)).not.toContainText(title);
  expect((await sql(`SELECT count(*)::int AS n FROM "TrainingAttendance" WHERE "sessionId" = $1`, [sessionId])).rows[0].n).toBe(0);
  await expectAccessible(page);
});
