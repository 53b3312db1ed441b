// Two volunteers run the desk of Spazio Comune: check-in by code and a walk-in, the waiting-room
// screen, "call next" to two workstations, the guided PIN/PUK procedure, outcomes and figures;
// then a procedure ticked while the connection is lost.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";

import { chromium, type Browser, type Page } from "@playwright/test";

import { DESK_SCREEN_REFRESH_SECONDS } from "@/lib/desk/refresh";

import { expectAccessible } from "./axe";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { sql } from "./database";
import { qrVideo } from "./fake-camera";
import { countSteps, expect, STEP_MS, test } from "./fixtures";

// One desk, one queue: the tests of this file take turns.
test.describe.configure({ mode: "serial" });

const PASSWORD = "Sportello-Demo-2026";
const DESK = "138935";
const main = (page: Page) => page.locator("main");
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

async function volunteer(browser: Browser, email: string): Promise<Page> {
  // The QR journey's browser is its own (fake camera): its steps are counted here.
  const context = countSteps(await browser.newContext({ locale: "it-IT", timezoneId: "Europe/Rome", baseURL: test.info().project.use.baseURL }));
  const page = await context.newPage();
  await page.goto("/accesso");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await Promise.all([page.waitForURL(/\/sportello/), page.getByRole("button", { name: "Accedi" }).click()]);
  await page.goto(`/sportello/${DESK}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sportello di oggi");
  return page;
}

/** A booking by phone for now, for PIN and PUK at the desk; its code. */
async function bookByPhone(name: string): Promise<string> {
  const code = Array.from(randomBytes(16), (byte) => CROCKFORD[byte % 32]).join("").match(/.{4}/g)!.join("-");
  await sql(
    `INSERT INTO "Appointment" ("id", "sedeId", "serviceId", "startsAt", "endsAt", "bookingCode", "citizenName", "channel", "updatedAt")
     SELECT gen_random_uuid(), s."sedeId", s."serviceId", date_trunc('minute', now()) - interval '1 minute', date_trunc('minute', now()) + interval '19 minutes', $1, $3, 'PHONE', now()
     FROM "SedeService" s JOIN "Sede" d ON d."id" = s."sedeId" JOIN "Service" v ON v."id" = s."serviceId"
     WHERE d."scuCode" = $2 AND v."code" = 'PIN_PUK'`,
    [code, DESK, name],
  );
  return code;
}

async function openWorkstation(page: Page): Promise<string> {
  const chosen = (await main(page).getByRole("radio", { checked: true }).getAttribute("id"))!;
  const name = (await page.locator(`label[for="${chosen}"]`).textContent())!.replace(/ \(libera\)$/, "");
  await main(page).getByRole("button", { name: "Apri la postazione" }).click();
  await expect(main(page)).toContainText(`Sei alla ${name}.`);
  return name;
}

async function closeWorkstation(page: Page) {
  await main(page).getByRole("button", { name: "Chiudi la postazione" }).click();
  await expect(main(page).getByRole("button", { name: "Apri la postazione" })).toBeVisible();
}

/** Ticks every step of the PIN/PUK procedure the way a volunteer does at the desk. */
async function followPinProcedure(page: Page) {
  const id = main(page).getByRole("group", { name: /Documento d'identità verificato/ });
  await id.getByLabel("Tipo di documento").selectOption({ label: "Carta d'identità elettronica" });
  await id.getByLabel("Numero del documento").fill("CA1234");
  await id.getByRole("button", { name: "Verifica e segna" }).click();
  await expect(id).toContainText("Il numero non ha la forma di questo tipo di documento");
  await id.getByLabel("Numero del documento").fill("ca12345ab");
  await id.getByRole("button", { name: "Verifica e segna" }).click();
  await expect(main(page)).toContainText("Verificato (Carta d'identità elettronica)");
  const fiscal = main(page).getByRole("group", { name: /Codice fiscale validato/ });
  await fiscal.getByLabel("Codice fiscale").fill("RSSMRA85T10A562S");
  await fiscal.getByRole("button", { name: "Verifica e segna" }).click();
  await main(page).getByRole("checkbox", { name: /Tessera sanitaria presente/ }).check();
  await main(page).getByRole("checkbox", { name: /PIN e PUK rilasciati/ }).check();
  await main(page).getByRole("checkbox", { name: /Spiegati i passaggi/ }).check();
  await expect(main(page)).toContainText("5 di 5 passaggi fatti");
}

async function figure(page: Page, label: string) {
  return page.getByTestId("day-figures").locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");
}

// A run stopped half-way (against a kept database) may have left workstations open and citizens
// in the queue: each test starts from an empty desk.
test.beforeEach(async () => {
  await sql(
    `UPDATE "WorkstationShift" SET "closedAt" = now() WHERE "closedAt" IS NULL
     AND "workstationId" IN (SELECT w."id" FROM "Workstation" w JOIN "Sede" d ON d."id" = w."sedeId" WHERE d."scuCode" = $1)`,
    [DESK],
  );
  await sql(
    `UPDATE "Visit" SET "status" = 'DONE', "outcome" = 'NO_SHOW', "startedAt" = NULL, "endedAt" = now(), "autonomy" = NULL, "notPossibleReason" = NULL
     WHERE "status" <> 'DONE' AND "sedeId" = (SELECT "id" FROM "Sede" WHERE "scuCode" = $1)`,
    [DESK],
  );
});

test("two volunteers check in, register, call and serve two citizens, and the day's figures follow", async ({ browser }) => {
  const code = await bookByPhone("Carla Bianchi");
  const servedBefore = Number(
    (await sql(`SELECT count(*) FROM "Visit" v JOIN "Sede" d ON d."id" = v."sedeId" WHERE d."scuCode" = $1 AND v."day" = (now() AT TIME ZONE 'Europe/Rome')::date AND v."outcome" IN ('COMPLETED', 'PARTIAL', 'NOT_POSSIBLE')`, [DESK])).rows[0].count,
  );

  const giulia = await volunteer(browser, "volontaria@sportello.demo");
  const marco = await volunteer(browser, "volontario@sportello.demo");
  await expectAccessible(giulia);
  const giuliaDesk = await openWorkstation(giulia);
  await marco.reload();
  const marcoDesk = await openWorkstation(marco);
  expect(giuliaDesk).not.toBe(marcoDesk);

  // Giulia checks Carla in by her code, typed as a scanner would (no dashes, lower case, Enter).
  await giulia.getByLabel("Codice della prenotazione").fill(code.replaceAll("-", "").toLowerCase());
  await giulia.getByLabel("Codice della prenotazione").press("Enter");
  const booked = (await giulia.getByRole("status").filter({ hasText: "Arrivo registrato" }).textContent())!.match(/P-\d{3}/)![0];
  await expect(giulia.getByLabel("Codice della prenotazione")).toHaveValue("");
  // The same code again is refused next to the field.
  await giulia.getByLabel("Codice della prenotazione").fill(code);
  await giulia.getByRole("button", { name: "Registra l'arrivo", exact: true }).click();
  await expect(giulia.getByLabel("Codice della prenotazione")).toHaveAccessibleDescription(/L'arrivo di questa persona è già registrato/);

  // The agenda finds her by name or by part of the code, now as arrived with her ticket.
  await giulia.getByLabel("Cerca per codice o nome").fill("carla bia");
  await giulia.getByLabel("Cerca per codice o nome").press("Enter");
  const row = main(giulia).locator("section[aria-labelledby=agenda] tbody tr").filter({ hasText: "Carla Bianchi" }).filter({ hasText: code });
  await expect(row).toContainText("Arrivato");
  await expect(row).toContainText(booked);
  await giulia.getByLabel("Cerca per codice o nome").fill(code.slice(5, 9).toLowerCase());
  await giulia.getByLabel("Cerca per codice o nome").press("Enter");
  await expect(main(giulia).locator("section[aria-labelledby=agenda] tbody tr")).toHaveCount(1);
  await giulia.getByLabel("Cerca per codice o nome").fill("nessuno-con-questo-nome");
  await giulia.getByLabel("Cerca per codice o nome").press("Enter");
  await expect(main(giulia)).toContainText("Nessun appuntamento corrisponde a “nessuno-con-questo-nome”.");

  // Marco registers a walk-in; an empty name is refused first.
  await marco.getByLabel("Servizio").selectOption({ label: "PIN e PUK della tessera sanitaria" });
  await marco.getByRole("button", { name: "Dai il biglietto" }).click();
  await marco.getByLabel("Nome e cognome").fill("Dario Verdi");
  await marco.getByRole("button", { name: "Dai il biglietto" }).click();
  const walkIn = (await marco.getByRole("status").filter({ hasText: "dato" }).textContent())!.match(/S-\d{3}/)![0];
  // Two idle workstations for two citizens: nobody waits long.
  await expect(marco.getByRole("status").filter({ hasText: "dato" })).toContainText("Sarà chiamato a breve.");

  // The waiting room sees both tickets, and no name.
  const display = await (await browser.newContext({ locale: "it-IT" })).newPage();
  await display.goto(`/sedi/${DESK}/sala-attesa`);
  await expect(display.getByTestId("next-tickets")).toContainText(booked);
  await expect(display.getByTestId("next-tickets")).toContainText(walkIn);
  await expect(display.locator("main")).not.toContainText(/Carla|Dario/);
  await expectAccessible(display);

  // Each calls the next citizen: two citizens, two workstations. Carla's appointment time came first.
  await giulia.reload();
  await giulia.getByRole("button", { name: "Chiama il prossimo" }).click();
  await expect(main(giulia)).toContainText(`Biglietto ${booked}: Carla Bianchi`);
  await marco.reload();
  await marco.getByRole("button", { name: "Chiama il prossimo" }).click();
  await expect(main(marco)).toContainText(`Biglietto ${walkIn}: Dario Verdi`);
  // The screen refreshes itself and shows where to go.
  await expect(display.getByTestId("latest-ticket")).toHaveText(walkIn);
  await expect(display.locator("main")).toContainText(marcoDesk);
  await expect(display.locator("main table")).toContainText(booked);

  for (const page of [giulia, marco]) {
    await main(page).getByRole("link", { name: /Apri la procedura del biglietto/ }).click();
    await expect(page.getByRole("heading", { name: "Procedura guidata" })).toBeVisible();
    await expectAccessible(page);
    await followPinProcedure(page);
    await main(page).getByRole("radio", { name: "Concluso", exact: true }).check();
    await main(page).getByRole("button", { name: "Registra l'esito" }).click();
    await expect(main(page).getByRole("alert")).toContainText("Indica l'autonomia del cittadino");
    await main(page).getByRole("radio", { name: "Ci è riuscito con la guida" }).check();
    await main(page).getByRole("button", { name: "Registra l'esito" }).click();
    // A served contact stays on its page, which offers the questionnaire's code to the citizen.
    await expect(page).toHaveURL(new RegExp(`/sportello/${DESK}/contatto/[0-9a-f-]{36}\\?esito=registrato$`));
    await expect(main(page).getByRole("heading", { name: "Questionario di gradimento" })).toBeVisible();
    await main(page).getByRole("link", { name: "Torna allo sportello" }).click();
    await expect(page).toHaveURL(new RegExp(`/sportello/${DESK}$`));
  }

  const { rows: visits } = await sql(
    `SELECT v."outcome", v."autonomy", v."startedAt" IS NOT NULL AS started, v."endedAt" IS NOT NULL AS ended, a."status" AS "appointmentStatus",
            (SELECT count(*) FROM "VisitStep" s WHERE s."visitId" = v."id" AND s."done")::int AS ticks
     FROM "Visit" v LEFT JOIN "Appointment" a ON a."id" = v."appointmentId"
     WHERE v."sedeId" = (SELECT "id" FROM "Sede" WHERE "scuCode" = $1) AND v."day" = (now() AT TIME ZONE 'Europe/Rome')::date AND v."ticketNumber" IN ($2, $3)
     ORDER BY v."ticketNumber"`,
    [DESK, Number(booked.slice(2)), Number(walkIn.slice(2))],
  );
  expect(visits).toEqual([
    { outcome: "COMPLETED", autonomy: "WITH_GUIDANCE", started: true, ended: true, appointmentStatus: "DONE", ticks: 5 },
    { outcome: "COMPLETED", autonomy: "WITH_GUIDANCE", started: true, ended: true, appointmentStatus: null, ticks: 5 },
  ]);
  // Checked, never stored.
  const { rows: leaks } = await sql(`SELECT count(*)::int AS n FROM "VisitStep" s, "AuditLog" a WHERE s."value" ILIKE '%12345%' OR a."metadata"::text ~* 'CA12345AB|RSSMRA85'`);
  expect(leaks[0].n).toBe(0);
  // Every read of citizens' data from the desk is in the audit log.
  const { rows: audits } = await sql(
    `SELECT DISTINCT a."action" FROM "AuditLog" a JOIN "User" u ON u."id" = a."actorId" WHERE u."email" IN ('volontaria@sportello.demo', 'volontario@sportello.demo') AND a."at" > now() - interval '5 minutes'`,
  );
  expect(audits.map((row) => row.action)).toEqual(expect.arrayContaining(["desk.day_read", "visit.read", "appointment.check_in", "visit.create", "visit.call", "visit.close"]));

  // Giulia's screen was drawn before Marco finished: it catches up by itself at its next refresh.
  await expect(await figure(giulia, "Serviti")).toHaveText(String(servedBefore + 2), { timeout: DESK_SCREEN_REFRESH_SECONDS * 1000 + STEP_MS });
  await expect(await figure(giulia, "In attesa")).toHaveText("0");
  await expectAccessible(giulia);
  await closeWorkstation(giulia);
  await closeWorkstation(marco);
});

test("ticks made while the connection is lost are kept and sent once when it is back", async ({ browser }) => {
  const page = await volunteer(browser, "volontaria@sportello.demo");
  await openWorkstation(page);
  await page.getByLabel("Servizio").selectOption({ label: "PIN e PUK della tessera sanitaria" });
  await page.getByLabel("Nome e cognome").fill("Elena Senzarete");
  await page.getByRole("button", { name: "Dai il biglietto" }).click();
  await expect(page.getByRole("status").filter({ hasText: "dato" })).toBeVisible();
  await page.getByRole("button", { name: "Chiama il prossimo" }).click();
  await main(page).getByRole("link", { name: /Apri la procedura del biglietto/ }).click();
  await expect(page.getByRole("heading", { name: "Procedura guidata" })).toBeVisible();
  const visitId = page.url().split("/").at(-1)!;
  const ticks = async () => Number((await sql(`SELECT count(*) FROM "VisitStep" WHERE "visitId" = $1`, [visitId])).rows[0].count);

  await page.context().setOffline(true);
  await main(page).getByRole("checkbox", { name: /Tessera sanitaria presente/ }).check();
  await main(page).getByRole("checkbox", { name: /PIN e PUK rilasciati/ }).check();
  await expect(main(page).getByRole("status")).toContainText("Connessione assente");
  await expect(main(page).getByRole("status")).toContainText("2 spunte in attesa di invio");
  await expect(main(page).getByRole("checkbox", { name: /PIN e PUK rilasciati/ })).toBeChecked();
  expect(await ticks()).toBe(0);

  await page.context().setOffline(false);
  await expect.poll(ticks).toBe(2);
  await expect(main(page).getByRole("status")).not.toContainText("in attesa di invio");
  // Sent once each, in order, and the queue in the browser is empty.
  expect(await page.evaluate((id) => localStorage.getItem(`sportello.ticks.${id}`), visitId)).toBeNull();
  await page.reload();
  await expect(main(page).getByRole("checkbox", { name: /PIN e PUK rilasciati/ })).toBeChecked();
  expect(await ticks()).toBe(2);

  await main(page).getByRole("radio", { name: "Non è stato possibile" }).check();
  await main(page).getByLabel("Perché non è stato possibile?").selectOption({ label: "Manca un documento" });
  await main(page).getByRole("button", { name: "Registra l'esito" }).click();
  await expect(page).toHaveURL(new RegExp(`/sportello/${DESK}/contatto/[0-9a-f-]{36}\\?esito=registrato$`));
  await main(page).getByRole("link", { name: "Torna allo sportello" }).click();
  await closeWorkstation(page);
});

test("the QR code of the confirmation, shown to the camera, checks the citizen in", async () => {
  const code = await bookByPhone("Franca Fotocamera");
  const video = path.join(os.tmpdir(), `sportello-qr-${process.pid}-${Date.now()}.y4m`);
  await qrVideo(code, video);
  // Chromium's fake camera plays the file; the fake permission prompt says yes.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const page = await volunteer(browser, "volontaria@sportello.demo");
    await page.context().grantPermissions(["camera"]);
    await main(page).getByRole("button", { name: "Leggi il codice QR con la fotocamera" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Arrivo registrato" })).toBeVisible();
    const { rows } = await sql(`SELECT "status" FROM "Appointment" WHERE "bookingCode" = $1`, [code]);
    expect(rows[0].status).toBe("ARRIVED");
    await expect(main(page).getByRole("button", { name: "Leggi il codice QR con la fotocamera" })).toHaveAttribute("aria-expanded", "false");
  } finally {
    await browser.close();
  }
});
