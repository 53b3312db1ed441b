// Bad addresses and queries get a clear page, never a server error.

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";

const missing = ["/sedi/999999", "/sedi/abc", "/sedi/%27%3B%20DROP%20TABLE", "/sedi/%E0%A4%A", "/pagina-inesistente"];

for (const path of missing) {
  test(`${path} is a 404 page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
    await expect(page.getByRole("link", { name: "Torna alla home" })).toBeVisible();
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an unknown desk's 404 page is rendered on the server", async ({ page }) => {
    const response = await page.goto("/sedi/999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
  });
});

test("a 404 page is accessible", async ({ page }) => {
  await page.goto("/sedi/999999");
  await expectAccessible(page);
});

const invalidQueries = [
  ["a text too long", `/servizi?q=${"x".repeat(101)}`, "Il testo da cercare è troppo lungo"],
  ["a malformed service code", "/servizi?servizio=spid%00", "Il servizio scelto non è valido"],
  ["repeated parameters", "/servizi?q=a&q=b", "parametri ripetuti"],
  ["an unknown service", "/servizi?servizio=NOPE", "Il servizio indicato non è nel catalogo"],
] as const;

for (const [what, path, message] of invalidQueries) {
  test(`the catalogue explains ${what} without failing`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByLabel("Cerca un servizio o uno sportello")).toBeVisible();
  });
}

test("an invalid query page is accessible", async ({ page }) => {
  await page.goto(`/servizi?q=${"x".repeat(101)}`);
  await expectAccessible(page);
});
