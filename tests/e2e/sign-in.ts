import type { Browser, Page } from "@playwright/test";

import { test } from "./fixtures";

/** The demo staff's password (prisma/seed). */
export const DEMO_PASSWORD = "Sportello-Demo-2026";

/** Signs a demo staff member in on `page` and waits for their area to open. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/accesso");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await Promise.all([page.waitForURL(/\/(sportello|supervisione)/), page.getByRole("button", { name: "Accedi" }).click()]);
}

/** A page of a browser context of its own (Italian, Rome), with `email` signed in: one per person in a journey. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}
