// An administrator invites a volunteer, who chooses a password by the mailed link and signs in; an OLP
// deactivates a volunteer of their desk.
import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";

const PASSWORD = "Sportello-Demo-2026";

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/accesso");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Accedi" }).click(),
  ]);
}

/** The one-time link of the newest outbox mail to `to` (mail is written just after the answer). */
async function mailedLink(to: string): Promise<string> {
  let text = "";
  await expect
    .poll(async () => {
      const { rows } = await sql(`SELECT text FROM "OutboxMessage" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [to]);
      text = rows[0]?.text ?? "";
      return text;
    })
    .toContain("/accesso/nuova-password?token=");
  return /https?:\/\/\S+\/accesso\/nuova-password\?token=[A-Za-z0-9_%-]+/.exec(text)![0];
}

test("an administrator invites a volunteer, who sets a password and signs in", async ({ page, browser }) => {
  const email = `invitata-${Date.now()}@sportello.demo`;
  await signIn(page, "admin@sportello.demo");
  await page.goto("/supervisione/personale");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personale");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Nuovo utente" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nuovo utente");
  await page.getByLabel("Nome e cognome").fill("Irene Invitata");
  await page.getByLabel("E-mail").fill(email.toUpperCase());
  await page.getByRole("radio", { name: "Volontario SCU" }).check();
  await page.getByRole("checkbox", { name: /^Spazio Comune/ }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Crea utente e invia invito" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Account di Irene Invitata creato");
  await expect(page.getByRole("rowheader", { name: "Irene Invitata" })).toBeVisible();

  const link = await mailedLink(email);
  const invited = await browser.newPage();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Scegli la password");
  await invited.getByLabel("Nuova password").fill("una-password-molto-lunga");
  await invited.getByLabel("Ripeti la password").fill("una-password-molto-lunga");
  await invited.getByRole("button", { name: "Salva la password" }).click();
  await expect(invited).toHaveURL(/\/accesso\?password=1$/);
  await expect(invited.locator("main").getByRole("status")).toContainText("Password impostata");
  await signIn(invited, email, "una-password-molto-lunga");
  await expect(invited).toHaveURL(/\/sportello$/);
  await expect(invited.getByRole("heading", { name: "Spazio Comune" })).toBeVisible();

  // The link works once.
  await invited.goto(link);
  await expect(invited.getByRole("heading", { level: 1 })).toHaveText("Link non valido o scaduto");

  // Neither the link's token nor the new password reaches the server log.
  const token = new URL(link).searchParams.get("token")!;
  const log = await readFile(process.env.E2E_SERVER_LOG!, "utf8");
  expect(log).not.toContain(token);
  expect(log).not.toContain("una-password-molto-lunga");
});

test("an OLP deactivates a volunteer of their desk, who is signed out", async ({ page, browser }) => {
  const email = `da-disattivare-${Date.now()}@sportello.demo`;
  await sql(
    `WITH u AS (
       INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
       SELECT gen_random_uuid(), $1, 'Dario Disattivato', 'VOLUNTEER', "passwordHash", now() FROM "User" WHERE email = 'volontaria@sportello.demo'
       RETURNING id)
     INSERT INTO "UserSede" ("userId", "sedeId") SELECT u.id, s.id FROM u, "Sede" s WHERE s."scuCode" = '138935'`,
    [email],
  );
  const volunteer = await browser.newPage();
  await signIn(volunteer, email);
  await expect(volunteer).toHaveURL(/\/sportello$/);

  await signIn(page, "olp@sportello.demo");
  await page.goto("/supervisione/personale");
  await page.getByRole("button", { name: "Disattiva Dario Disattivato" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Account di Dario Disattivato disattivato");

  await volunteer.goto("/sportello");
  await expect(volunteer).toHaveURL(/\/accesso/);
  const { rows } = await sql(
    `SELECT a.action FROM "AuditLog" a JOIN "User" u ON u.id::text = a."entityId" WHERE u.email = $1 ORDER BY a.id`,
    [email],
  );
  expect(rows.map((row) => row.action)).toContain("user.deactivate");
});

test("an OLP cannot open the outbox, and a volunteer cannot manage staff", async ({ page, browser }) => {
  await signIn(page, "olp@sportello.demo");
  expect((await page.goto("/supervisione/posta"))?.status()).toBe(403);
  const volunteer = await browser.newPage(); // a separate session
  await signIn(volunteer, "volontaria@sportello.demo");
  expect((await volunteer.goto("/supervisione/personale"))?.status()).toBe(403);
});
