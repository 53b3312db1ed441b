// Citizens' feedback: a contact served in the test gets its questionnaire code (on the volunteer's
// screen and by mail), and the citizen answers with the keyboard only; a complaint is filed, handled
// and answered by the desk's OLP, and the citizen reads the answer. Axe on every page visited.
import { randomBytes } from "node:crypto";

import type { Browser, Locator, Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { sql } from "./database";
import { tabTo } from "./keyboard";
import { signIn } from "./sign-in";

// A desk no other journey uses (the front-office ones keep Spazio Comune's queue to themselves),
// where an administrator may work.
const DESK = "138928";
const main = (page: Page) => page.locator("main");
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A browser of its own (cookies apart from the staff member's). */
async function citizenPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

/** A citizen who booked online with an e-mail, now at the desk's workstation: the visit's id and the e-mail. */
async function contactInProgress(): Promise<{ visitId: string; email: string }> {
  const email = `valuta-${randomBytes(4).toString("hex")}@example.org`;
  const code = Array.from(randomBytes(16), (byte) => CROCKFORD[byte % 32]).join("").match(/.{4}/g)!.join("-");
  // A contact left open by an interrupted earlier run would hold the workstation.
  await sql(
    `UPDATE "Visit" SET "status" = 'DONE', "outcome" = 'NO_SHOW', "startedAt" = NULL, "endedAt" = now(), "autonomy" = NULL, "notPossibleReason" = NULL
     WHERE "status" <> 'DONE' AND "sedeId" = (SELECT "id" FROM "Sede" WHERE "scuCode" = $1)`,
    [DESK],
  );
  const { rows } = await sql(
    `WITH s AS (
       SELECT ss."sedeId", ss."serviceId" FROM "SedeService" ss JOIN "Sede" d ON d."id" = ss."sedeId"
       WHERE d."scuCode" = $1 AND ss."active" ORDER BY ss."serviceId" LIMIT 1
     ), t AS (
       INSERT INTO "TicketCounter" ("sedeId", "day", "last") SELECT s."sedeId", (now() AT TIME ZONE 'Europe/Rome')::date, 1 FROM s
       ON CONFLICT ("sedeId", "day") DO UPDATE SET "last" = "TicketCounter"."last" + 1
       RETURNING "last"
     ), a AS (
       INSERT INTO "Appointment" ("id", "sedeId", "serviceId", "startsAt", "endsAt", "bookingCode", "citizenName", "email", "privacyConsentAt", "channel", "status", "updatedAt")
       SELECT gen_random_uuid(), s."sedeId", s."serviceId", date_trunc('minute', now()) - interval '15 minutes', date_trunc('minute', now()) + interval '5 minutes',
              $2, 'Valeria Valutante', $3, now(), 'ONLINE', 'IN_PROGRESS', now() FROM s
       RETURNING "id", "sedeId", "serviceId"
     )
     INSERT INTO "Visit" ("id", "sedeId", "serviceId", "appointmentId", "day", "ticketNumber", "arrivedAt", "queuedAt", "status", "calledAt", "startedAt",
                          "workstationId", "servedById")
     SELECT gen_random_uuid(), a."sedeId", a."serviceId", a."id", (now() AT TIME ZONE 'Europe/Rome')::date,
            (SELECT "last" FROM t),
            now() - interval '12 minutes', now() - interval '12 minutes', 'IN_PROGRESS', now() - interval '10 minutes', now() - interval '10 minutes',
            (SELECT w."id" FROM "Workstation" w WHERE w."sedeId" = a."sedeId" ORDER BY w."sortOrder" DESC, w."name" DESC LIMIT 1),
            (SELECT u."id" FROM "User" u WHERE u."email" = 'admin@sportello.demo')
     FROM a RETURNING "id"`,
    [DESK, code, email],
  );
  return { visitId: rows[0].id, email };
}

/** Keyboard only: Tab into a radio group with nothing chosen, Space on its first answer, arrows to `option`. */
async function chooseWithKeys(page: Page, group: Locator, option: Locator) {
  await tabTo(page, group.getByRole("radio").first());
  await page.keyboard.press("Space");
  for (let i = 0; i < 8 && !(await option.isChecked()); i++) await page.keyboard.press("ArrowRight");
  await expect(option).toBeChecked();
  await expect(option).toBeFocused();
}

async function latestMail(to: string, subject: RegExp): Promise<{ subject: string; text: string }> {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(async () => {
      const { rows } = await sql(`SELECT "subject", "text" FROM "OutboxMessage" WHERE "to" = $1 ORDER BY "createdAt" DESC`, [to]);
      found = rows.find((row) => subject.test(row.subject));
      return Boolean(found);
    })
    .toBe(true);
  return found!;
}

test("a contact served now gets a questionnaire code; the citizen answers it with the keyboard only, once", async ({ page, browser }) => {
  const { visitId, email } = await contactInProgress();

  // An administrator working at the desk closes the contact as served.
  await signIn(page, "admin@sportello.demo");
  await page.goto(`/sportello/${DESK}/contatto/${visitId}`);
  await main(page).getByRole("radio", { name: "Concluso in parte" }).check();
  await main(page).getByRole("radio", { name: "Ci è riuscito con la guida" }).check();
  await main(page).getByRole("button", { name: "Registra l'esito" }).click();
  await expect(page).toHaveURL(new RegExp(`/sportello/${DESK}/contatto/${visitId}\\?esito=registrato$`));
  const panel = main(page).getByRole("region", { name: "Questionario di gradimento" });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("riceverà il link al questionario");
  await panel.getByRole("button", { name: "Mostra il codice al cittadino" }).click();
  const code = (await panel.getByTestId("feedback-code").textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(panel.getByRole("img", { name: `Codice QR del questionario ${code}` })).toBeVisible();
  await expectAccessible(page);
  // Only the code's hash is stored.
  const { rows: stored } = await sql(`SELECT count(*)::int AS n FROM "FeedbackCode" WHERE "visitId" = $1 AND "codeHash" = encode(sha256($2::bytea), 'hex')`, [visitId, code]);
  expect(stored[0].n).toBe(1);

  // The booked citizen's mail carries a link of its own.
  const mail = await latestMail(email, /^Com'è andata allo sportello\?/);
  const link = /https?:\/\/\S+\/valuta\?codice=[0-9A-Z-]{14}/.exec(mail.text)![0];

  // The citizen types the code shown on the screen, with the keyboard only.
  const citizen = await citizenPage(browser);
  await citizen.goto("/valuta");
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Valuta il servizio");
  await expectAccessible(citizen);
  await tabTo(citizen, citizen.getByLabel("Codice del questionario"));
  await citizen.keyboard.type(code.toLowerCase().replaceAll("-", " "));
  await citizen.keyboard.press("Enter");
  await expect(citizen.getByRole("heading", { name: "Questionario" })).toBeVisible();
  await expect(main(citizen)).toContainText("Servizi Demografici");
  await expectAccessible(citizen);

  const question = (name: RegExp) => main(citizen).getByRole("group", { name });
  await chooseWithKeys(citizen, question(/Nel complesso/), question(/Nel complesso/).getByRole("radio", { name: "4 – molto" }));
  await chooseWithKeys(citizen, question(/chiarezza/), question(/chiarezza/).getByRole("radio", { name: "5 – del tutto" }));
  await chooseWithKeys(citizen, question(/tempo di attesa/), question(/tempo di attesa/).getByRole("radio", { name: "Non so" }));
  await chooseWithKeys(citizen, question(/cortesia/), question(/cortesia/).getByRole("radio", { name: "5 – del tutto" }));
  await chooseWithKeys(citizen, question(/farcela da solo/), question(/farcela da solo/).getByRole("radio", { name: "Sì" }));
  await tabTo(citizen, citizen.getByLabel("Vuoi aggiungere qualcosa? (facoltativo)"));
  await citizen.keyboard.type("Gentilissimi, scrivetemi a valeria@example.org");
  await tabTo(citizen, citizen.getByRole("button", { name: "Invia le risposte" }));
  await citizen.keyboard.press("Enter");
  // Refused, focused, the answers kept; the comment's error names the problem.
  await expect(main(citizen).getByRole("alert")).toContainText("sembra contenere dati personali");
  await expect(question(/Nel complesso/).getByRole("radio", { name: "4 – molto" })).toBeChecked();
  await expectAccessible(citizen);
  await tabTo(citizen, citizen.getByLabel("Vuoi aggiungere qualcosa? (facoltativo)"));
  await citizen.keyboard.press("ControlOrMeta+A");
  await citizen.keyboard.type("Gentilissimi, spiegazioni chiare.");
  await tabTo(citizen, citizen.getByRole("button", { name: "Invia le risposte" }));
  await citizen.keyboard.press("Enter");
  await expect(main(citizen).getByRole("status")).toContainText("Grazie!");
  await expectAccessible(citizen);

  const { rows: answers } = await sql(`SELECT "overall", "clarity", "waiting", "courtesy", "manageAlone"::text AS "manageAlone", "comment" FROM "SatisfactionAnswer" WHERE "visitId" = $1`, [visitId]);
  expect(answers).toEqual([{ overall: 4, clarity: 5, waiting: null, courtesy: 5, manageAlone: "YES", comment: "Gentilissimi, spiegazioni chiare." }]);

  // The mailed link, used afterwards: one answer per contact.
  await citizen.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await expect(citizen.getByLabel("Codice del questionario")).toHaveValue(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await citizen.getByRole("button", { name: "Continua" }).click();
  await expect(main(citizen).getByRole("alert")).toContainText("è già stata data una risposta");
  await expectAccessible(citizen);
  // An unknown code says so, in the same place.
  await citizen.getByLabel("Codice del questionario").fill("0000-0000-0000");
  await citizen.getByRole("button", { name: "Continua" }).click();
  await expect(main(citizen).getByRole("alert")).toContainText("Non troviamo questo codice");

  // And the volunteer's page now says the citizen has answered.
  await page.reload();
  await expect(main(page).getByRole("region", { name: "Questionario di gradimento" })).toContainText("ha già risposto");
  await citizen.context().close();
});

test("a citizen files a complaint and gets its reference; the OLP answers it; the citizen reads the answer", async ({ page, browser }) => {
  const email = `reclamo-${randomBytes(4).toString("hex")}@example.org`;
  const citizen = await citizenPage(browser);
  // From the desk's public page: the form comes with the desk chosen.
  await citizen.goto("/sedi/138935");
  await citizen.getByRole("link", { name: "Scrivi un reclamo, una segnalazione o un apprezzamento" }).click();
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Reclami e segnalazioni");
  await expectAccessible(citizen);
  await expect(citizen.getByRole("radio", { name: /Un reclamo/ })).toBeChecked();
  await expect(citizen.getByLabel("Sede (facoltativo)")).toHaveValue("138935");
  await citizen.getByLabel("Il tuo messaggio").fill("Ho atteso quaranta minuti senza che nessuno mi dicesse quanto mancava.");
  await citizen.getByLabel("Indirizzo e-mail per la risposta (facoltativo)").fill(email);
  await citizen.getByRole("button", { name: "Invia" }).click();
  await expect(main(citizen).getByRole("alert")).toContainText("informativa sulla privacy");
  await expect(citizen.getByLabel("Il tuo messaggio")).toHaveValue(/quaranta minuti/);
  await expectAccessible(citizen);
  await citizen.getByLabel("Ho letto l'informativa e voglio ricevere la risposta per e-mail").check();
  await citizen.getByRole("button", { name: "Invia" }).click();
  await expect(main(citizen).getByRole("status")).toContainText("Messaggio ricevuto");
  const reference = (await citizen.getByTestId("complaint-reference").textContent())!.trim();
  expect(reference).toMatch(/^R-\d{4}-\d{6}$/);
  await expectAccessible(citizen);
  const receipt = await latestMail(email, new RegExp(`^Abbiamo ricevuto la tua segnalazione ${reference}$`));
  expect(receipt.text).toContain("quaranta minuti");

  // The desk's OLP finds it in the desk's inbox, opens it (audited), takes it on and answers.
  await signIn(page, "olp@sportello.demo");
  await page.goto("/supervisione/sportelli/138935/reclami");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reclami e segnalazioni: Spazio Comune");
  await expectAccessible(page);
  await page.getByTestId("complaint-inbox").getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Reclamo ${reference}`);
  await expect(main(page)).toContainText("quaranta minuti");
  await expectAccessible(page);
  await main(page).getByRole("button", { name: "Prendi in carico" }).click();
  await expect(main(page).getByRole("status")).toContainText("Messaggio preso in carico.");
  await main(page).getByLabel("Risposta al cittadino").fill("Breve");
  await main(page).getByRole("button", { name: "Registra e invia la risposta" }).click();
  await expect(main(page).getByRole("alert")).toContainText("La risposta è troppo breve");
  await main(page).getByLabel("Risposta al cittadino").fill("Ci scusiamo per l'attesa: da lunedì un secondo volontario accoglie chi arriva senza prenotazione.");
  await main(page).getByRole("button", { name: "Registra e invia la risposta" }).click();
  await expect(main(page).getByRole("status")).toContainText("Risposta registrata e inviata per e-mail al cittadino.");
  await expect(main(page)).toContainText("Risposto");
  await expectAccessible(page);
  const { rows: reads } = await sql(
    `SELECT count(*)::int AS n FROM "AuditLog" a JOIN "Complaint" c ON c."id"::text = a."entityId" JOIN "User" u ON u."id" = a."actorId"
     WHERE a."action" = 'complaint.read' AND c."reference" = $1 AND u."email" = 'olp@sportello.demo'`,
    [reference],
  );
  expect(reads[0].n).toBeGreaterThan(0);
  const answerMail = await latestMail(email, new RegExp(`^Risposta alla tua segnalazione ${reference}$`));
  expect(answerMail.text).toContain("secondo volontario");

  // The citizen checks the status: a wrong e-mail gets the same answer as a wrong reference.
  await citizen.goto("/reclami/stato");
  await expectAccessible(citizen);
  await citizen.getByLabel("Codice di riferimento").fill(reference);
  await citizen.getByLabel("Indirizzo e-mail").fill("altro@example.org");
  await citizen.getByRole("button", { name: "Vedi lo stato" }).click();
  await expect(main(citizen).getByRole("alert")).toContainText("Non troviamo un messaggio con questo codice di riferimento e questo indirizzo e-mail");
  await citizen.getByLabel("Indirizzo e-mail").fill(email.toUpperCase());
  await citizen.getByRole("button", { name: "Vedi lo stato" }).click();
  await expect(citizen.getByTestId("complaint-status")).toContainText("Risposto");
  await expect(main(citizen).getByRole("status")).toContainText("secondo volontario");
  await expectAccessible(citizen);
  await citizen.context().close();

  // A volunteer is refused the inbox and the complaint.
  const volunteer = await citizenPage(browser);
  await signIn(volunteer, "volontaria@sportello.demo");
  expect((await volunteer.goto("/supervisione/reclami"))?.status()).toBe(403);
  await volunteer.context().close();
});
