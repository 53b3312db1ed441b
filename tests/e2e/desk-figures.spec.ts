// The OLP reads a month of Spazio Comune's figures (March 2026, written here, apart from the days the
// other journeys use): summary, times, charts with their tables, the CSV, the volunteers' activity and
// one volunteer's contacts without citizens' names, the questionnaires' and complaints' figures, the
// contacts per service, and what the citizens wrote (day, service and rating only). A volunteer and
// another desk's visitor are refused.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { signIn } from "./sign-in";

const DESK = "138935";
const DASHBOARD = `/supervisione/sportelli/${DESK}`;
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const main = (page: Page) => page.locator("main");

const COMMENT_FIRST = "Volontaria gentile, spiegazioni chiare.";
const COMMENT_LATER = "Attesa un po' lunga, ma risolto tutto.";

/** Tabs forward until `target` has the focus: it is reachable with the keyboard, in the page's order. */
async function tabTo(page: Page, target: ReturnType<Page["locator"]>, maxTabs = 120) {
  for (let tab = 0; tab < maxTabs; tab++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("not reachable with the Tab key");
}

const bookingCode = () => Array.from(randomBytes(16), (byte) => CROCKFORD[byte % 32]).join("").match(/.{4}/g)!.join("-");

/**
 * March 2026 at the desk, from scratch: three appointments (one done, one no-show, one cancelled) and
 * three contacts with waits of 4, 10 and 6 minutes and service times of 12, 20 and 30.
 */
async function writeMarch() {
  const desk = `(SELECT "id" FROM "Sede" WHERE "scuCode" = '${DESK}')`;
  await sql(`DELETE FROM "SatisfactionAnswer" WHERE "visitId" IN (SELECT "id" FROM "Visit" WHERE "sedeId" = ${desk} AND "day" BETWEEN '2026-03-01' AND '2026-03-31')`);
  await sql(
    `DELETE FROM "Complaint" WHERE "sedeId" = ${desk}
     AND "receivedAt" >= '2026-03-01 00:00 Europe/Rome'::timestamptz AND "receivedAt" < '2026-04-01 00:00 Europe/Rome'::timestamptz`,
  );
  await sql(`DELETE FROM "Visit" WHERE "sedeId" = ${desk} AND "day" BETWEEN '2026-03-01' AND '2026-03-31'`);
  await sql(
    `DELETE FROM "Appointment" WHERE "sedeId" = ${desk}
     AND "startsAt" >= '2026-03-01 00:00 Europe/Rome'::timestamptz AND "startsAt" < '2026-04-01 00:00 Europe/Rome'::timestamptz`,
  );
  const { rows } = await sql(
    `SELECT s."serviceId", (SELECT "id" FROM "User" WHERE "email" = 'volontaria@sportello.demo') AS giulia,
            (SELECT "id" FROM "User" WHERE "email" = 'volontario@sportello.demo') AS marco
     FROM "SedeService" s JOIN "Service" v ON v."id" = s."serviceId" WHERE s."sedeId" = ${desk} AND v."code" = 'PIN_PUK'`,
  );
  const { serviceId, giulia, marco } = rows[0];
  const appointment = async (startsAt: string, channel: string, status: string) => {
    const online = channel === "ONLINE";
    const { rows: created } = await sql(
      `INSERT INTO "Appointment" ("id", "sedeId", "serviceId", "startsAt", "endsAt", "bookingCode", "citizenName", "email", "privacyConsentAt", "channel", "status", "cancelledAt", "updatedAt")
       VALUES (gen_random_uuid(), ${desk}, $1, $2::timestamptz, $2::timestamptz + interval '20 minutes', $3, 'Carla Riservata', $4, $5, $6, $7, $8, now())
       RETURNING "id"`,
      [serviceId, startsAt, bookingCode(), online ? "carla@example.org" : null, online ? "2026-03-01 10:00 Europe/Rome" : null, channel, status, status === "CANCELLED" ? "2026-03-05 10:00 Europe/Rome" : null],
    );
    return created[0].id as string;
  };
  const done = await appointment("2026-03-10 09:00 Europe/Rome", "PHONE", "DONE");
  await appointment("2026-03-10 09:30 Europe/Rome", "PHONE", "NO_SHOW");
  await appointment("2026-03-11 10:00 Europe/Rome", "ONLINE", "CANCELLED");

  const visit = async (day: string, ticket: number, times: [string, string, string, string], fields: Record<string, string | null>) => {
    const [arrived, called, started, ended] = times.map((clock) => `${day} ${clock} Europe/Rome`);
    await sql(
      `INSERT INTO "Visit" ("id", "sedeId", "serviceId", "appointmentId", "citizenName", "day", "ticketNumber", "arrivedAt", "queuedAt", "status",
                            "servedById", "calledAt", "startedAt", "endedAt", "outcome", "autonomy", "notPossibleReason")
       VALUES (gen_random_uuid(), ${desk}, $1, $2, $3, $4::date, $5, $6::timestamptz, $6::timestamptz, 'DONE', $7, $8::timestamptz, $9::timestamptz, $10::timestamptz,
               $11::"VisitOutcome", $12::"Autonomy", $13::"NotPossibleReason")`,
      [serviceId, fields.appointmentId, fields.name, day, ticket, arrived, fields.servedBy, called, started, ended, fields.outcome, fields.autonomy, fields.reason],
    );
  };
  await visit("2026-03-10", 1, ["08:58", "09:02", "09:03", "09:15"], { appointmentId: done, name: null, servedBy: giulia, outcome: "COMPLETED", autonomy: "ALONE", reason: null });
  await visit("2026-03-10", 2, ["09:10", "09:20", "09:20", "09:40"], { appointmentId: null, name: "Dario Riservato", servedBy: marco, outcome: "PARTIAL", autonomy: "WITH_GUIDANCE", reason: null });
  await visit("2026-03-11", 1, ["10:00", "10:06", "10:07", "10:37"], {
    appointmentId: null,
    name: "Elena Riservata",
    servedBy: giulia,
    outcome: "NOT_POSSIBLE",
    autonomy: null,
    reason: "MISSING_DOCUMENT",
  });
  // Two of the three contacts served answered the questionnaire (5 and 3; "yes" and "no"), with a comment each.
  const answer = (ticket: number, overall: number, manageAlone: string, comment: string) =>
    sql(
      `INSERT INTO "SatisfactionAnswer" ("visitId", "overall", "clarity", "manageAlone", "comment", "answeredAt")
       SELECT "id", $1, $1, $2::"ManageAlone", $4, "endedAt" + interval '1 hour' FROM "Visit" WHERE "sedeId" = ${desk} AND "day" = '2026-03-10' AND "ticketNumber" = $3`,
      [overall, manageAlone, ticket, comment],
    );
  await answer(1, 5, "YES", COMMENT_FIRST);
  await answer(2, 3, "NO", COMMENT_LATER);
  // A complaint answered after two days, and a report still waiting past its 30 days.
  await sql(
    `INSERT INTO "Complaint" ("id", "kind", "sedeId", "text", "receivedAt", "dueAt", "status", "answer", "answeredAt")
     VALUES (gen_random_uuid(), 'COMPLAINT', ${desk}, 'Attesa lunga senza spiegazioni.', '2026-03-12 12:00 Europe/Rome', '2026-04-11 12:00 Europe/Rome', 'ANSWERED', 'Ci scusiamo per l''attesa.', '2026-03-14 12:00 Europe/Rome'),
            (gen_random_uuid(), 'REPORT', ${desk}, 'La stampante non funzionava.', '2026-03-20 12:00 Europe/Rome', '2026-04-19 12:00 Europe/Rome', 'RECEIVED', NULL, NULL)`,
  );
}

function figure(page: Page, testId: string, label: string) {
  return page.getByTestId(testId).locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
}

test("the OLP reads a month of the desk's figures, its charts as tables, the CSV and the volunteers' activity", async ({ page }) => {
  await writeMarch();
  await signIn(page, "olp@sportello.demo");

  // From the supervision page to the desk's figures, then to March 2026 with the month form.
  await page.goto("/supervisione");
  await page.getByRole("link", { name: "Dati e attività: Spazio Comune" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dati dello sportello");
  await page.getByLabel("Mese", { exact: true }).fill("2026-03");
  await page.getByRole("button", { name: "Mostra il mese" }).click();
  await expect(page).toHaveURL(new RegExp(`${DASHBOARD}\\?mese=2026-03$`));
  await expect(main(page)).toContainText("Periodo: marzo 2026");

  await expect(figure(page, "figures-bookings", "Prenotazioni non annullate")).toHaveText("2");
  await expect(figure(page, "figures-bookings", "per telefono")).toHaveText("2");
  await expect(figure(page, "figures-bookings", "online")).toHaveText("0");
  await expect(figure(page, "figures-bookings", "Prenotazioni annullate")).toHaveText("1");
  await expect(figure(page, "figures-contacts", "Contatti \\(biglietti dati\\)")).toHaveText("3");
  await expect(figure(page, "figures-contacts", "senza prenotazione")).toHaveText("2");
  await expect(figure(page, "figures-contacts", "Contatti serviti")).toHaveText("3");
  await expect(figure(page, "figures-no-shows", "Tasso di mancata presentazione")).toHaveText("50%");
  // Waits 4, 6, 10: median 6, 90th percentile 9.2; service times 12, 20, 30: 20 and 28.
  await expect(page.getByTestId("figures-times").getByRole("row", { name: /^Attesa/ })).toHaveText(/^Attesa, dall'arrivo alla chiamata\s*3\s*6\s*9,2$/);
  await expect(page.getByTestId("figures-times").getByRole("row", { name: /^Durata del servizio/ })).toHaveText(/3\s*20\s*28$/);
  await expect(page.getByTestId("figures-outcomes").getByRole("row", { name: /^Non è stato possibile/ })).toContainText("33,3%");
  // Questionnaires: 2 of 3 served, mean (5 + 3) / 2, one "yes" of two; complaints: one answered in 2 days, one overdue.
  await expect(figure(page, "figures-satisfaction", "Questionari compilati")).toHaveText("2");
  await expect(figure(page, "figures-satisfaction", "Tasso di risposta \\(questionari ÷ contatti serviti\\)")).toHaveText("66,7%");
  await expect(figure(page, "figures-satisfaction", "Soddisfazione complessiva media \\(da 1 a 5\\)")).toHaveText("4,00");
  await expect(figure(page, "figures-satisfaction", "Pensano di farcela da soli la prossima volta")).toHaveText("50%");
  await expect(page.getByTestId("figures-satisfaction-distribution").getByRole("row", { name: /^5/ })).toHaveText(/^5\s*1\s*50%$/);
  await expect(figure(page, "figures-complaints", "Ricevuti")).toHaveText("2");
  await expect(figure(page, "figures-complaints", "reclami")).toHaveText("1");
  await expect(figure(page, "figures-complaints", "Senza risposta oltre i 30 giorni")).toHaveText("1");
  await expect(figure(page, "figures-complaints", "Giorni mediani per rispondere")).toHaveText("2");

  // Each chart is named, and its numbers are in a table behind a disclosure.
  await expect(page.getByRole("img", { name: "Contatti serviti per giorno" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Attesa mediana per giorno, in minuti" })).toBeVisible();
  await page.getByText("Mostra i dati in tabella: Contatti serviti per giorno").click();
  const contactsTable = page.getByTestId("chart-contacts").getByRole("table");
  await expect(contactsTable.getByRole("row")).toHaveCount(32);
  await expect(contactsTable.getByRole("row", { name: /10 mar 2026/ })).toHaveText(/2$/);
  await expect(contactsTable.getByRole("row", { name: /11 mar 2026/ })).toHaveText(/1$/);
  await page.getByText("Mostra i dati in tabella: Attesa mediana per giorno, in minuti").click();
  const waitTable = page.getByTestId("chart-wait").getByRole("table");
  await expect(waitTable.getByRole("row", { name: /10 mar 2026/ })).toHaveText(/7$/);
  await expect(waitTable.getByRole("row", { name: /12 mar 2026/ })).toHaveText(/nessuna chiamata$/);
  // Contacts served per service; the table (opened with the keyboard) adds median time and mean satisfaction.
  await expect(page.getByRole("img", { name: "Contatti serviti per servizio" })).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await tabTo(page, page.getByText("Mostra i dati in tabella: Contatti serviti per servizio"));
  await page.keyboard.press("Enter");
  const servicesTable = page.getByTestId("chart-services").getByRole("table");
  await expect(servicesTable.getByRole("columnheader")).toHaveText(["Servizio", "Contatti serviti", "Durata mediana (minuti)", "Questionari", "Soddisfazione media (da 1 a 5)"]);
  await expect(servicesTable.getByRole("row", { name: /PIN e PUK/ })).toHaveText(/^PIN e PUK della tessera sanitaria\s*3\s*20\s*2\s*4,00$/);
  await expectAccessible(page);

  // The CSV: the same period, numbers only.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Scarica i dati del periodo in CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`sportello-${DESK}-2026-03-01_2026-03-31.csv`);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("section,item,measure,value");
  expect(lines).toEqual(
    expect.arrayContaining([
      "bookings,total,count,2",
      "cancellations,total,count,1",
      "contacts,served,count,3",
      "wait_minutes,all,median,6",
      "wait_minutes,all,p90,9.2",
      "service_minutes,all,p90,28",
      "no_shows,appointments,rate,0.5",
      "day,2026-03-10,contacts,2",
      "satisfaction,questionnaires,answered,2",
      "satisfaction,questionnaires,response_rate,0.6667",
      "satisfaction,overall,mean,4",
      "satisfaction,manage_alone,share_yes,0.5",
      "complaints,all,received,2",
      "complaints,all,overdue,1",
      "complaints,all,median_days_to_answer,2",
      "service,PIN_PUK,served,3",
      "service_minutes,PIN_PUK,median,20",
      "service,PIN_PUK,satisfaction_answered,2",
      "service,PIN_PUK,satisfaction_mean,4",
    ]),
  );
  expect(csv).not.toMatch(/Riservat|Giulia|Marco|@/);
  expect(csv).not.toContain("gentile");

  // What the citizens wrote, reached with the keyboard: newest first, with day, service and rating only.
  await page.getByRole("heading", { level: 1 }).click();
  await tabTo(page, page.getByRole("link", { name: "Cosa hanno scritto i cittadini nel periodo" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${DASHBOARD}/opinioni\\?mese=2026-03$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Commenti dei cittadini");
  await expect(main(page)).toContainText("Periodo: marzo 2026");
  const comments = page.getByTestId("satisfaction-comments");
  await expect(comments.locator("caption")).toContainText("2 commenti.");
  await expect(comments.locator("tbody tr")).toHaveCount(2);
  await expect(comments.locator("tbody tr").nth(0)).toHaveText(/^10 mar 2026\s*PIN e PUK della tessera sanitaria\s*3\s*Attesa un po' lunga, ma risolto tutto\.$/);
  await expect(comments.locator("tbody tr").nth(1)).toHaveText(/^10 mar 2026\s*PIN e PUK della tessera sanitaria\s*5\s*Volontaria gentile, spiegazioni chiare\.$/);
  // Nothing that points to the contact: no names, tickets or times of day.
  await expect(main(page)).not.toContainText("Riservat");
  await expect(main(page)).not.toContainText(/[PS]-00\d|\d{1,2}:\d{2}/);
  await expectAccessible(page);
  // A page number typed wrong gets a message, not a server error.
  const badPage = await page.goto(`${DASHBOARD}/opinioni?mese=2026-03&pagina=zero`);
  expect(badPage?.status()).toBeLessThan(500);
  await expect(main(page).getByRole("alert")).toContainText("Il numero di pagina non è valido");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Vai alla prima pagina" }).click();
  await expect(page).toHaveURL(new RegExp(`${DASHBOARD}/opinioni\\?mese=2026-03$`));
  await page.getByRole("link", { name: "Torna ai dati dello sportello" }).click();
  await expect(page).toHaveURL(new RegExp(`${DASHBOARD}\\?mese=2026-03$`));

  // The volunteers' activity in the same month, and Giulia's contacts without citizens' names.
  await page.getByRole("link", { name: "Attività dei volontari nel periodo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Attività dei volontari");
  const summary = page.getByTestId("activity-summary");
  await expect(summary.getByRole("row", { name: /Giulia Volontaria/ })).toHaveText(/^Giulia Volontaria\s*2\s*2\s*0\s*21\s*0\s*0\s*1$/);
  await expect(summary.getByRole("row", { name: /Marco Volontario/ })).toHaveText(/^Marco Volontario\s*1\s*1\s*0\s*20\s*0\s*1\s*0$/);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Elenco dei contatti di Giulia Volontaria" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contatti di Giulia Volontaria");
  const contacts = page.getByTestId("volunteer-contacts");
  await expect(contacts.locator("tbody tr")).toHaveCount(2);
  await expect(contacts.getByRole("row", { name: /P-001/ })).toContainText("Concluso");
  await expect(contacts.getByRole("row", { name: /P-001/ })).toContainText("12");
  await expect(contacts.getByRole("row", { name: /S-001/ })).toContainText("Non è stato possibile (Manca un documento)");
  await expect(main(page)).not.toContainText("Riservat");
  await expectAccessible(page);

  // A bad period in the address gets a message next to the form, not a server error.
  const response = await page.goto(`${DASHBOARD}?mese=2026-13`);
  expect(response?.status()).toBeLessThan(500);
  await expect(main(page).getByRole("alert")).toContainText("Il mese non è valido");
  await expect(page.getByLabel("Mese", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});

test("a volunteer cannot open the desk's figures or its CSV; the OLP cannot open another desk's", async ({ page, browser }) => {
  await signIn(page, "volontaria@sportello.demo");
  const refused = await page.goto(DASHBOARD);
  expect(refused?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accesso non consentito");
  expect((await page.request.get(`${DASHBOARD}/dati.csv?mese=2026-03`)).status()).toBe(403);

  const olp = await browser.newPage();
  await signIn(olp, "olp@sportello.demo");
  // Spazio Comune and Ufficio Tempi e Orari are hers; Cremona's 138885 is not.
  expect((await olp.goto("/supervisione/sportelli/138885"))?.status()).toBe(403);
  expect((await olp.request.get("/supervisione/sportelli/138885/dati.csv")).status()).toBe(403);
  expect((await olp.goto("/supervisione/sportelli/138951"))?.status()).toBe(200);
  await olp.close();
});
