// Staff sign in to their area; everyone else is kept out.
import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";

const PASSWORD = "Sportello-Demo-2026";

async function signOutCount(email: string): Promise<number> {
  const { rows } = await sql(
    `SELECT count(*)::int AS n FROM "AuditLog" a JOIN "User" u ON u.id = a."actorId" WHERE a.action = 'auth.sign_out' AND u.email = $1`,
    [email],
  );
  return rows[0].n;
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  // Wait for the action's answer: the previous attempt's message is still on screen until then.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Accedi" }).click(),
  ]);
}

test("a volunteer signs in, reaches the desk area, and signs out", async ({ page }) => {
  await page.goto("/sportello");
  await expect(page).toHaveURL(/\/accesso\?callbackUrl=%2Fsportello$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accesso per il personale");
  await expectAccessible(page);

  await signIn(page, "volontaria@sportello.demo");
  await expect(page).toHaveURL(/\/sportello$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La mia sede");
  await expect(page.getByRole("heading", { name: "Spazio Comune" })).toBeVisible();
  await expectAccessible(page);

  const signOutsBefore = await signOutCount("volontaria@sportello.demo");
  await page.getByRole("button", { name: "Esci" }).click();
  await expect(page).toHaveURL(/\/accesso\?uscita=1$/);
  await expect(page.getByRole("status")).toContainText("Sei uscito");
  expect(await signOutCount("volontaria@sportello.demo")).toBeGreaterThan(signOutsBefore);
  await page.goto("/sportello");
  await expect(page).toHaveURL(/\/accesso/);
});

test("a volunteer cannot open the OLP area", async ({ page }) => {
  await page.goto("/accesso");
  await signIn(page, "volontario@sportello.demo");
  await expect(page).toHaveURL(/\/sportello$/);
  const response = await page.goto("/supervisione");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accesso non consentito");
  await expect(page.getByText("Paola Supervisora")).toHaveCount(0);
  await expectAccessible(page);
});

test("an OLP sees the volunteers of the desks they supervise", async ({ page }) => {
  await page.goto("/accesso?callbackUrl=%2Fsupervisione");
  await signIn(page, "olp@sportello.demo");
  await expect(page).toHaveURL(/\/supervisione$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Supervisione");
  await expect(page.getByRole("rowheader", { name: "Giulia Volontaria" })).toBeVisible();
  await expectAccessible(page);
});

test("anonymous visitors are sent to sign in, from every staff area", async ({ page }) => {
  for (const path of ["/sportello", "/supervisione"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/accesso\\?callbackUrl=${encodeURIComponent(path)}$`));
  }
});

test("a wrong password gets a clear message that does not reveal whether the account exists", async ({ page }) => {
  await page.goto("/accesso");
  await signIn(page, "volontaria@sportello.demo", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("E-mail o password non corretti");
  await expect(page).toHaveURL(/\/accesso/);
  await expectAccessible(page);
});

test("10 wrong passwords lock the account for a while", async ({ page }) => {
  const email = `bloccato-${Date.now()}@sportello.demo`;
  await page.goto("/accesso");
  for (let i = 1; i <= 9; i++) {
    await signIn(page, email, `wrong-${i}`);
    // The form is reset (password emptied) once the answer has been rendered.
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(page.getByRole("main").getByRole("alert")).toContainText("E-mail o password non corretti");
  }
  await signIn(page, email, "wrong-10");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("bloccato");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("15 minuti");
});

test("a deactivated user's session stops working at once", async ({ page }) => {
  const email = `disattivato-${Date.now()}@sportello.demo`;
  await sql(
    `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), $1, 'Da Disattivare', 'VOLUNTEER', "passwordHash", now() FROM "User" WHERE email = 'volontaria@sportello.demo'`,
    [email],
  );
  await page.goto("/accesso");
  await signIn(page, email);
  await expect(page).toHaveURL(/\/sportello$/);
  await sql(`UPDATE "User" SET active = false WHERE email = $1`, [email]);
  await page.goto("/sportello");
  await expect(page).toHaveURL(/\/accesso/);
});

test("every page carries the security headers, with a strict CSP and no eval", async ({ request }) => {
  for (const path of ["/", "/servizi", "/sedi/138935", "/accesso", "/sedi/999999"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["strict-transport-security"]).toContain("max-age=");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

test("no password or e-mail address reaches the server log", async ({ page }) => {
  const log = process.env.E2E_SERVER_LOG;
  expect(log, "npm test writes the server's output to E2E_SERVER_LOG").toBeTruthy();
  await page.goto("/accesso");
  await signIn(page, "volontaria@sportello.demo", "Segreto-Da-Non-Loggare-1");
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  const text = await readFile(log!, "utf8");
  expect(text).not.toContain("Segreto-Da-Non-Loggare-1");
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain("volontaria@sportello.demo");
});
