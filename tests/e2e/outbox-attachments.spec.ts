// The outbox page lists what each kept mail had attached (booking mails: calendar file and QR code).
import { randomUUID } from "node:crypto";


import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";

test("an administrator sees each kept mail's attachments with name, type and size", async ({ page }) => {
  const subject = `Prenotazione confermata ${randomUUID()}`;
  const attachments = [
    { filename: "appuntamento.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", base64: Buffer.from("x".repeat(1536)).toString("base64") },
    { filename: "codice-qr.png", contentType: "image/png", base64: Buffer.from("x".repeat(300)).toString("base64") },
  ];
  await sql(`INSERT INTO "OutboxMessage" (id, "to", subject, text, attachments) VALUES ($1, $2, $3, $4, $5)`, [
    randomUUID(),
    "maria.rossi@example.org",
    subject,
    "Gentile Maria Rossi,\n…",
    JSON.stringify(attachments),
  ]);

  await page.goto("/accesso");
  await page.getByLabel("E-mail").fill("admin@sportello.demo");
  await page.getByLabel("Password").fill("Sportello-Demo-2026");
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Accedi" }).click(),
  ]);
  await page.goto("/supervisione/posta");

  const mail = page.getByRole("article", { name: subject });
  await expect(mail.getByRole("term")).toContainText(["A", "Data", "Allegati"]);
  await expect(mail.getByRole("listitem")).toHaveText(["appuntamento.ics (text/calendar, 1,5 kB)", "codice-qr.png (image/png, 300 byte)"]);
  await expectAccessible(page);
});
