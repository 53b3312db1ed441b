// A citizen goes from the home page to the catalogue, finds "Spazio Comune" and reads its page.

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";

test("home → catalogue → desk page, in Italian, with no accessibility violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ti aiutiamo a usare i servizi digitali del Comune");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  // The seeded desks, straight from the database.
  await expect(page.getByRole("link", { name: "Spazio Comune" })).toHaveAttribute("href", "/sedi/138935");
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Menu principale" }).getByRole("link", { name: "Servizi e sportelli" }).click();
  await expect(page).toHaveURL(/\/servizi$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Servizi e sportelli");
  await expectAccessible(page);

  await page.getByLabel("Cerca un servizio o uno sportello").fill("Spazio Comune");
  await page.getByRole("button", { name: "Cerca" }).click();
  await expect(page).toHaveURL(/q=Spazio\+Comune/);
  await expect(page.getByRole("status")).toContainText("1 sportello");
  await page.getByRole("link", { name: /Spazio Comune/ }).click();

  await expect(page).toHaveURL(/\/sedi\/138935$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Spazio Comune");
  await expect(page.getByText("Piazza del Comune, 8")).toBeVisible();
  await expect(page.getByRole("link", { name: /0372 407951/ })).toHaveAttribute("href", "tel:+390372407951");
  const hours = page.getByRole("table", { name: "Orari settimanali di apertura al pubblico" });
  await expect(hours.getByRole("row", { name: /Lunedì/ })).toContainText("09:00–13:00");
  await expect(hours.getByRole("row", { name: /Domenica/ })).toContainText("Chiuso");
  await expect(page.getByRole("heading", { name: "Attivazione SPID" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Prossime chiusure" })).toBeVisible();
  await expectAccessible(page);
});

test("the catalogue filters desks by service, keyboard only", async ({ page }) => {
  await page.goto("/servizi");
  const service = page.getByLabel("Servizio", { exact: true });
  await service.focus();
  await service.selectOption({ label: "PIN e PUK della tessera sanitaria" });
  // Enter on a <select> does not submit: Tab to the button, as a keyboard user does.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Cerca" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/servizio=PIN_PUK/);
  const desks = page.getByRole("region", { name: "Sportelli" }).getByRole("listitem").filter({ has: page.getByRole("link") });
  await expect(desks.first()).toBeVisible();
  for (const text of await desks.allInnerTexts()) expect(text).toContain("PIN e PUK");
});

test("the site switches to English and stays in English", async ({ page }) => {
  await page.goto("/sedi/138935");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/sedi\/138935$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Opening hours" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Services offered" })).toBeVisible();
  await page.getByRole("link", { name: "Services and desks" }).first().click();
  await expect(page.getByLabel("Search for a service or a desk")).toBeVisible();
  await expectAccessible(page);
});
