// Satisfaction questionnaires and complaints on a real PostgreSQL: codes open only served contacts
// within the window, one answer per contact (even when two arrive together), the trigger's window,
// complaint references from the sequence, status rules, who may read and handle a complaint, the
// invitation and answer mails, and the retention purge keeping the counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { romeDay } from "@/lib/calendar/time";
import { hashFeedbackCode } from "@/lib/feedback/feedback-code";
import { answerComplaint, closeComplaint, fileComplaint, listComplaints, loadComplaint, lookupComplaintStatus, startComplaint } from "@/lib/feedback/complaints";
import { sendInvitationMail } from "@/lib/feedback/mails";
import { findQuestionnaire, issueFeedbackCode, submitAnswer } from "@/lib/feedback/questionnaire";
import { complaintSchema, questionnaireSchema } from "@/lib/feedback/schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { purgePersonalData } from "@/lib/privacy/retention";

import { bookAppointment, createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

let fresh: FreshDatabase;
let desk: BookingDesk;
let otherDeskId: string;
let ticket = 0;
const BASE = "https://sportello.example.it";
const ended = new Date("2026-11-20T10:00:00+01:00");
const DAY = 24 * 60 * 60 * 1000;

function visit(data: Partial<Prisma.VisitUncheckedCreateInput> = {}) {
  const arrivedAt = new Date(ended.getTime() - 30 * 60_000);
  return fresh.db.visit.create({
    data: {
      sedeId: desk.sedeId,
      serviceId: desk.serviceId,
      day: romeDay(arrivedAt),
      ticketNumber: ++ticket,
      arrivedAt,
      queuedAt: arrivedAt,
      calledAt: arrivedAt,
      startedAt: arrivedAt,
      status: "DONE",
      outcome: "COMPLETED",
      autonomy: "ALONE",
      endedAt: ended,
      citizenName: data.appointmentId ? null : "Giuseppe Neri",
      ...data,
    },
  });
}

const answers = (code: string, extra: Record<string, string> = {}) =>
  questionnaireSchema.parse({ code, overall: "4", clarity: "5", waiting: "skip", courtesy: "3", manageAlone: "YES", comment: "", ...extra });

beforeAll(async () => {
  fresh = await freshDatabase();
  desk = await createBookingDesk(fresh.db);
  const ente = await fresh.db.ente.findFirstOrThrow();
  otherDeskId = (await fresh.db.sede.create({ data: { scuCode: "138951", enteId: ente.id, name: "Altra sede", street: "Via Roma 1", city: "Cremona" } })).id;
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("questionnaire codes", () => {
  it("opens a served contact, stores only the code's hash, and takes one answer", async () => {
    const served = await visit();
    const issued = await issueFeedbackCode(fresh.db, { visitId: served.id, sedeId: desk.sedeId, now: new Date(ended.getTime() + DAY) });
    if (!issued.ok) throw new Error(issued.reason);
    expect(issued.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(issued.expiresAt).toEqual(new Date(ended.getTime() + 30 * DAY));
    const stored = await fresh.db.feedbackCode.findMany({ where: { visitId: served.id } });
    expect(stored).toEqual([expect.objectContaining({ codeHash: hashFeedbackCode(issued.code) })]);
    expect(JSON.stringify(stored)).not.toContain(issued.code);

    const now = new Date(ended.getTime() + 2 * DAY);
    const found = await findQuestionnaire(fresh.db, { code: issued.code, now, locale: "en" });
    expect(found).toMatchObject({ ok: true, contact: { visitId: served.id, deskName: "Spazio Comune", serviceName: "Health card PIN and PUK", day: "2026-11-20" } });
    expect(await submitAnswer(fresh.db, { answers: answers(issued.code), now, locale: "it" })).toEqual({ ok: true });
    expect(await fresh.db.satisfactionAnswer.findUniqueOrThrow({ where: { visitId: served.id } })).toMatchObject({
      overall: 4,
      clarity: 5,
      waiting: null,
      courtesy: 3,
      manageAlone: "YES",
      comment: null,
    });
    expect(await submitAnswer(fresh.db, { answers: answers(issued.code), now, locale: "it" })).toEqual({ ok: false, reason: "answered" });
    expect(await findQuestionnaire(fresh.db, { code: issued.code, now, locale: "it" })).toEqual({ ok: false, reason: "answered" });
    expect(await issueFeedbackCode(fresh.db, { visitId: served.id, sedeId: desk.sedeId, now })).toEqual({ ok: false, reason: "answered" });
  });

  it("refuses unknown and expired codes, no-shows, open contacts and another desk's contact", async () => {
    const served = await visit();
    const issued = await issueFeedbackCode(fresh.db, { visitId: served.id, sedeId: desk.sedeId, now: ended });
    if (!issued.ok) throw new Error(issued.reason);
    const late = new Date(ended.getTime() + 30 * DAY + 1000);
    expect(await findQuestionnaire(fresh.db, { code: issued.code, now: late, locale: "it" })).toEqual({ ok: false, reason: "expired" });
    expect(await submitAnswer(fresh.db, { answers: answers(issued.code), now: late, locale: "it" })).toEqual({ ok: false, reason: "expired" });
    expect(await findQuestionnaire(fresh.db, { code: "0000-0000-0000", now: ended, locale: "it" })).toEqual({ ok: false, reason: "unknown" });
    expect(await issueFeedbackCode(fresh.db, { visitId: served.id, sedeId: desk.sedeId, now: late })).toEqual({ ok: false, reason: "expired" });
    expect(await issueFeedbackCode(fresh.db, { visitId: served.id, sedeId: otherDeskId, now: ended })).toEqual({ ok: false, reason: "not_found" });

    const noShow = await visit({ outcome: "NO_SHOW", autonomy: null, startedAt: null });
    expect(await issueFeedbackCode(fresh.db, { visitId: noShow.id, sedeId: desk.sedeId, now: ended })).toEqual({ ok: false, reason: "not_served" });
    const waiting = await visit({ status: "WAITING", outcome: null, autonomy: null, calledAt: null, startedAt: null, endedAt: null });
    expect(await issueFeedbackCode(fresh.db, { visitId: waiting.id, sedeId: desk.sedeId, now: ended })).toEqual({ ok: false, reason: "not_served" });
  });
});

describe("PostgreSQL's rules for answers", () => {
  it("takes one answer per contact even when two arrive at once", async () => {
    const served = await visit();
    const codes = await Promise.all([1, 2].map(() => issueFeedbackCode(fresh.db, { visitId: served.id, sedeId: desk.sedeId, now: ended })));
    const now = new Date(ended.getTime() + DAY);
    const results = await Promise.all(codes.map((issued) => (issued.ok ? submitAnswer(fresh.db, { answers: answers(issued.code), now, locale: "it" }) : null)));
    expect(results.filter((result) => result?.ok)).toHaveLength(1);
    expect(results.filter((result) => result && !result.ok && result.reason === "answered")).toHaveLength(1);
    expect(await fresh.db.satisfactionAnswer.count({ where: { visitId: served.id } })).toBe(1);
  });

  it("refuses an answer outside the window, about a no-show, or out of range", async () => {
    const served = await visit();
    const base = { visitId: served.id, overall: 3, manageAlone: "NO" as const };
    expect(await refusal(() => fresh.db.satisfactionAnswer.create({ data: { ...base, answeredAt: new Date(ended.getTime() + 30 * DAY + 1) } }))).toEqual({
      kind: "check",
      constraint: "SatisfactionAnswer_within_window",
    });
    expect(await refusal(() => fresh.db.satisfactionAnswer.create({ data: { ...base, answeredAt: new Date(ended.getTime() - 1) } }))).toMatchObject({
      constraint: "SatisfactionAnswer_within_window",
    });
    const noShow = await visit({ outcome: "NO_SHOW", autonomy: null, startedAt: null });
    expect(await refusal(() => fresh.db.satisfactionAnswer.create({ data: { ...base, visitId: noShow.id, answeredAt: ended } }))).toMatchObject({
      constraint: "SatisfactionAnswer_served_contact",
    });
    const inWindow = { ...base, answeredAt: new Date(ended.getTime() + DAY) };
    expect(await refusal(() => fresh.db.satisfactionAnswer.create({ data: { ...inWindow, overall: 6 } }))).toMatchObject({ constraint: "SatisfactionAnswer_overall_range" });
    expect(await refusal(() => fresh.db.satisfactionAnswer.create({ data: { ...inWindow, waiting: 0 } }))).toMatchObject({ constraint: "SatisfactionAnswer_items_range" });
    expect(await refusal(() => fresh.db.satisfactionAnswer.create({ data: { ...inWindow, comment: " " } }))).toMatchObject({ constraint: "SatisfactionAnswer_comment_length" });
    await fresh.db.satisfactionAnswer.create({ data: inWindow });
    expect(await refusal(() => fresh.db.satisfactionAnswer.create({ data: inWindow }))).toMatchObject({ kind: "unique" });
  });
});

describe("the invitation mail", () => {
  it("goes to a booked citizen with an e-mail, in their language, with a working code; walk-ins get none", async () => {
    const appointment = await bookAppointment(fresh.db, desk, new Date(ended.getTime() - 20 * 60_000), { status: "DONE", locale: "en", email: "anna@example.org" });
    const booked = await visit({ appointmentId: appointment.id });
    expect(await sendInvitationMail(fresh.db, { visitId: booked.id, baseUrl: BASE, now: ended })).toBe("sent");
    const mail = await fresh.db.outboxMessage.findFirstOrThrow({ where: { to: "anna@example.org" }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toBe("How did it go at the desk? Health card PIN and PUK");
    expect(mail.text).toContain("Dear Maria Rossi,");
    const code = /\/valuta\?codice=([0-9A-Z-]{14})/.exec(mail.text)![1];
    expect(await findQuestionnaire(fresh.db, { code, now: ended, locale: "en" })).toMatchObject({ ok: true, contact: { visitId: booked.id } });

    const walkIn = await visit();
    expect(await sendInvitationMail(fresh.db, { visitId: walkIn.id, baseUrl: BASE, now: ended })).toBe("no_email");
  });
});

describe("complaints", () => {
  const olp = { id: "", role: "OLP" as const, sedeIds: [] as string[] };
  const otherOlp = { id: "", role: "OLP" as const, sedeIds: [] as string[] };
  const admin = { id: "", role: "ADMIN" as const, sedeIds: [] as string[] };

  beforeAll(async () => {
    olp.id = (await fresh.db.user.create({ data: { email: "olp@example.org", name: "Paola Olp", role: "OLP" } })).id;
    olp.sedeIds = [desk.sedeId];
    otherOlp.id = (await fresh.db.user.create({ data: { email: "altro.olp@example.org", name: "Altro Olp", role: "OLP" } })).id;
    otherOlp.sedeIds = [otherDeskId];
    admin.id = (await fresh.db.user.create({ data: { email: "admin@example.org", name: "Admin", role: "ADMIN" } })).id;
  });

  const input = (extra: Record<string, string> = {}) =>
    complaintSchema.parse({ kind: "COMPLAINT", scuCode: "138935", serviceCode: "PIN_PUK", text: "Attesa di un'ora senza informazioni.", email: "Cittadino@Example.org", consent: "on", ...extra });

  it("numbers references from the sequence, mails a receipt and sets the 30-day deadline", async () => {
    const now = new Date("2026-11-25T10:00:00+01:00");
    const first = await fileComplaint(fresh.db, { complaint: input(), locale: "it", now, baseUrl: BASE });
    const second = await fileComplaint(fresh.db, { complaint: input({ email: "", consent: "" }), locale: "it", now, baseUrl: BASE });
    if (!first.ok || !second.ok) throw new Error("refused");
    expect(first.reference).toMatch(/^R-2026-\d{6}$/);
    expect(Number(second.reference.slice(7))).toBe(Number(first.reference.slice(7)) + 1);
    expect(first.dueAt).toEqual(new Date("2026-12-25T10:00:00+01:00"));
    expect(first.mailed).toBe(true);
    expect(second.mailed).toBe(false);
    const receipt = await fresh.db.outboxMessage.findFirstOrThrow({ where: { to: "cittadino@example.org" } });
    expect(receipt.subject).toBe(`Abbiamo ricevuto la tua segnalazione ${first.reference}`);
    expect(receipt.text).toContain("25 dicembre 2026");
    expect(await fileComplaint(fresh.db, { complaint: input({ scuCode: "999999" }), locale: "it", now, baseUrl: BASE })).toEqual({ ok: false, reason: "unknown_desk" });
  });

  it("takes the reference's year from the receipt in Rome, whatever the database's clock says", async () => {
    // 23:30 UTC on 31 December is already the new year in Rome; a year far from the server's clock.
    const newYear = await fileComplaint(fresh.db, { complaint: input(), locale: "it", now: new Date("2031-12-31T23:30:00Z"), baseUrl: BASE });
    const oldYear = await fileComplaint(fresh.db, { complaint: input(), locale: "it", now: new Date("2031-12-31T22:30:00Z"), baseUrl: BASE });
    if (!newYear.ok || !oldYear.ok) throw new Error("refused");
    expect(newYear.reference).toMatch(/^R-2032-\d{6}$/);
    expect(oldYear.reference).toMatch(/^R-2031-\d{6}$/);
    // The number is the database's to give: a reference written by hand is refused.
    const written = { reference: "R-2031-000001", kind: "PRAISE", text: "Grazie per l'aiuto.", receivedAt: new Date("2031-05-01T10:00:00Z"), dueAt: new Date("2031-05-31T10:00:00Z") } as const;
    expect(await refusal(() => fresh.db.complaint.create({ data: written }))).toMatchObject({ constraint: "Complaint_reference_assigned" });
  });

  it("is read and handled by its desk's OLP and administrators only; each read is audited", async () => {
    const now = new Date("2026-11-25T11:00:00+01:00");
    const filed = await fileComplaint(fresh.db, { complaint: input(), locale: "en", now, baseUrl: BASE });
    const noDesk = await fileComplaint(fresh.db, { complaint: input({ scuCode: "", serviceCode: "" }), locale: "it", now, baseUrl: BASE });
    if (!filed.ok || !noDesk.ok) throw new Error("refused");

    expect(await loadComplaint(fresh.db, { id: filed.id, staff: otherOlp, now })).toEqual({ ok: false, reason: "forbidden" });
    expect(await loadComplaint(fresh.db, { id: noDesk.id, staff: olp, now })).toEqual({ ok: false, reason: "forbidden" });
    expect((await loadComplaint(fresh.db, { id: noDesk.id, staff: admin, now })).ok).toBe(true);
    expect(await startComplaint(fresh.db, { id: filed.id, staff: otherOlp, now })).toEqual({ ok: false, reason: "not_found" });
    expect(await answerComplaint(fresh.db, { id: filed.id, answer: "Risposta di un altro OLP.", staff: otherOlp, now })).toEqual({ ok: false, reason: "not_found" });
    expect((await listComplaints(fresh.db, { staff: otherOlp, now })).map((item) => item.id)).not.toContain(filed.id);
    expect((await listComplaints(fresh.db, { staff: olp, now })).map((item) => item.id)).toContain(filed.id);
    expect((await listComplaints(fresh.db, { staff: olp, now })).map((item) => item.id)).not.toContain(noDesk.id);
    expect((await listComplaints(fresh.db, { staff: admin, sedeId: null, now })).map((item) => item.id)).toContain(noDesk.id);

    const loaded = await loadComplaint(fresh.db, { id: filed.id, staff: olp, now });
    expect(loaded).toMatchObject({ ok: true, complaint: { reference: filed.reference, text: "Attesa di un'ora senza informazioni.", serviceNames: { it: "PIN e PUK della tessera sanitaria", en: "Health card PIN and PUK" } } });
    const reads = await fresh.db.auditLog.findMany({ where: { action: "complaint.read", entityId: filed.id } });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actorId: olp.id, metadata: {} });

    const later = new Date("2026-11-27T11:00:00+01:00");
    expect(await startComplaint(fresh.db, { id: filed.id, staff: olp, now: later })).toEqual({ ok: true, mailed: false });
    expect(await startComplaint(fresh.db, { id: filed.id, staff: olp, now: later })).toEqual({ ok: false, reason: "wrong_state" });
    expect(await answerComplaint(fresh.db, { id: filed.id, answer: "Ci scusiamo: abbiamo aggiunto un secondo volontario.", staff: olp, now: later })).toEqual({ ok: true, mailed: true });
    expect(await closeComplaint(fresh.db, { id: filed.id, reason: "Già risposto", staff: olp, now: later })).toEqual({ ok: false, reason: "wrong_state" });
    const answerMail = await fresh.db.outboxMessage.findFirstOrThrow({ where: { subject: `Answer to your message ${filed.reference}` } });
    expect(answerMail.text).toContain("Ci scusiamo: abbiamo aggiunto un secondo volontario.");

    expect(await lookupComplaintStatus(fresh.db, { reference: filed.reference, email: "cittadino@example.org" })).toMatchObject({ status: "ANSWERED", answer: expect.stringContaining("secondo volontario") });
    expect(await lookupComplaintStatus(fresh.db, { reference: filed.reference, email: "altro@example.org" })).toBeNull();
    expect(await closeComplaint(fresh.db, { id: noDesk.id, reason: "Doppione di un altro messaggio", staff: admin, now: later })).toEqual({ ok: true, mailed: false });
  });

  it("refuses rows that break the status rules", async () => {
    const base = { kind: "REPORT" as const, text: "Il sito era lento ieri sera.", dueAt: new Date("2027-01-01T00:00:00Z"), receivedAt: new Date("2026-12-01T00:00:00Z") };
    expect(await refusal(() => fresh.db.complaint.create({ data: { ...base, status: "ANSWERED" } }))).toMatchObject({ constraint: "Complaint_status_fields" });
    expect(await refusal(() => fresh.db.complaint.create({ data: { ...base, status: "CLOSED", closedAt: base.receivedAt } }))).toMatchObject({ constraint: "Complaint_status_fields" });
    expect(await refusal(() => fresh.db.complaint.create({ data: { ...base, email: "a@example.org" } }))).toMatchObject({ constraint: "Complaint_email_consented" });
    expect(await refusal(() => fresh.db.complaint.create({ data: { ...base, text: "corto" } }))).toMatchObject({ constraint: "Complaint_text_present" });
    expect(await refusal(() => fresh.db.complaint.create({ data: { ...base, anonymizedAt: base.receivedAt, text: null } }))).toMatchObject({
      constraint: "Complaint_anonymized_without_personal_data",
    });
    expect(await refusal(() => fresh.db.complaint.create({ data: { ...base, dueAt: base.receivedAt } }))).toMatchObject({ constraint: "Complaint_due_after_receipt" });
  });
});

describe("retention", () => {
  it("wipes handled complaints' words and e-mail and old comments, keeps the rows, deletes expired codes", async () => {
    const fresh2 = fresh;
    const now = new Date("2028-01-10T03:15:00+01:00");
    const old = new Date("2026-12-01T10:00:00+01:00");
    const answered = await fresh2.db.complaint.create({
      data: { kind: "COMPLAINT", text: "Testo del reclamo vecchio.", email: "vecchio@example.org", privacyConsentAt: old, receivedAt: old, dueAt: new Date(old.getTime() + 30 * DAY), status: "ANSWERED", answer: "Risposta vecchia data.", answeredAt: old },
    });
    const open = await fresh2.db.complaint.create({
      data: { kind: "COMPLAINT", text: "Reclamo mai gestito, ancora aperto.", receivedAt: old, dueAt: new Date(old.getTime() + 30 * DAY) },
    });
    const served = await visit();
    await fresh2.db.satisfactionAnswer.create({ data: { visitId: served.id, overall: 2, manageAlone: "NOT_SURE", comment: "Troppa attesa", answeredAt: new Date(ended.getTime() + DAY) } });
    const before = { complaints: await fresh2.db.complaint.count(), answers: await fresh2.db.satisfactionAnswer.count() };

    const counts = await purgePersonalData(fresh2.db, { now, retentionDays: 365 });
    expect(counts.complaints).toBeGreaterThanOrEqual(1);
    expect(counts.comments).toBeGreaterThanOrEqual(1);
    expect(counts.codes).toBeGreaterThanOrEqual(1);
    expect(await fresh2.db.complaint.findUniqueOrThrow({ where: { id: answered.id } })).toMatchObject({ text: null, email: null, answer: null, status: "ANSWERED", anonymizedAt: now });
    expect(await fresh2.db.complaint.findUniqueOrThrow({ where: { id: open.id } })).toMatchObject({ text: "Reclamo mai gestito, ancora aperto.", anonymizedAt: null });
    expect(await fresh2.db.satisfactionAnswer.findUniqueOrThrow({ where: { visitId: served.id } })).toMatchObject({ overall: 2, comment: null });
    expect(await fresh2.db.feedbackCode.count({ where: { expiresAt: { lt: now } } })).toBe(0);
    expect({ complaints: await fresh2.db.complaint.count(), answers: await fresh2.db.satisfactionAnswer.count() }).toEqual(before);
    expect(await lookupComplaintStatus(fresh2.db, { reference: answered.reference, email: "vecchio@example.org" })).toBeNull();
  });
});
