import { ROME } from "@/lib/calendar/time";
import type { DbClient } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { sendMail, type Mail } from "@/lib/mail/send-mail";

import { questionnaireUrl } from "./feedback-code";
import { feedbackMailCopy } from "./mail-copy";
import { renderMail, type MailBlock } from "./mail-layout";
import { issueFeedbackCode } from "./questionnaire";

const longDate = (instant: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "it" ? "it-IT" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: ROME }).format(instant);

const mail = (to: string, locale: Locale, subject: string, heading: string, blocks: MailBlock[]): Mail => {
  const copy = feedbackMailCopy[locale];
  return { to, subject, ...renderMail({ locale, subject, heading, blocks, signature: copy.signature, automatic: copy.automatic }) };
};

/** The invitation to rate a contact, with its link and code. */
export function composeInvitationMail(input: { to: string; name: string | null; locale: Locale; serviceName: string; deskName: string; code: string; expiresAt: Date; baseUrl: string }): Mail {
  const copy = feedbackMailCopy[input.locale];
  return mail(input.to, input.locale, copy.subject.invitation(input.serviceName), copy.heading.invitation, [
    { paragraph: copy.greeting(input.name) },
    { paragraph: copy.invitationIntro(input.serviceName, input.deskName) },
    { paragraph: copy.invitationHow },
    { link: copy.invitationLink, url: questionnaireUrl(input.baseUrl, input.code) },
    { label: copy.invitationCode, value: input.code },
    { paragraph: copy.invitationDeadline(longDate(input.expiresAt, input.locale)) },
    { paragraph: copy.invitationPrivacy },
  ]);
}

export type InvitationResult = "sent" | "no_email" | "not_served";

/**
 * After a contact is closed as served: a booked citizen who left an e-mail gets the questionnaire's
 * link, in the language they booked in. Walk-ins get the code on the volunteer's screen instead.
 * Logs nothing: the mail holds personal data and a live code.
 */
export async function sendInvitationMail(db: DbClient, input: { visitId: string; baseUrl: string; now: Date }): Promise<InvitationResult> {
  const visit = await db.visit.findUniqueOrThrow({
    where: { id: input.visitId },
    select: {
      sedeId: true,
      sede: { select: { name: true } },
      appointment: { select: { email: true, citizenName: true, locale: true } },
      sedeService: { select: { service: { select: { code: true, translations: { select: { locale: true, name: true } } } } } },
    },
  });
  const email = visit.appointment?.email;
  if (!email) return "no_email";
  const issued = await issueFeedbackCode(db, { visitId: input.visitId, sedeId: visit.sedeId, now: input.now });
  if (!issued.ok) return "not_served";
  const locale: Locale = isLocale(visit.appointment?.locale) ? visit.appointment.locale : "it";
  const service = visit.sedeService.service;
  const serviceName = service.translations.find((t) => t.locale === locale)?.name ?? service.code;
  await sendMail(
    db,
    composeInvitationMail({
      to: email,
      name: visit.appointment?.citizenName || null,
      locale,
      serviceName,
      deskName: visit.sede.name,
      code: issued.code,
      expiresAt: issued.expiresAt,
      baseUrl: input.baseUrl,
    }),
    input.now,
  );
  return "sent";
}

interface ComplaintForMail {
  reference: string;
  kind: "COMPLAINT" | "REPORT" | "PRAISE";
  email: string;
  locale: string;
  dueAt: Date;
  text: string;
}

const localeOf = (value: string): Locale => (isLocale(value) ? value : "it");

/** The receipt of a complaint, report or praise: its reference and the answer's deadline. */
export function composeReceiptMail(complaint: ComplaintForMail, baseUrl: string): Mail {
  const locale = localeOf(complaint.locale);
  const copy = feedbackMailCopy[locale];
  return mail(complaint.email, locale, copy.subject.receipt(complaint.reference), copy.heading.receipt, [
    { paragraph: copy.greeting(null) },
    { paragraph: copy.receiptIntro[complaint.kind] },
    { label: copy.reference, value: complaint.reference },
    { paragraph: copy.receiptDeadline(longDate(complaint.dueAt, locale)) },
    { paragraph: copy.statusHow },
    { link: copy.statusLink, url: new URL("/reclami/stato", baseUrl).toString() },
    { quote: complaint.text, title: copy.yourText },
  ]);
}

/** The answer to a complaint, with the citizen's own text below it. */
export function composeAnswerMail(complaint: ComplaintForMail & { answer: string }): Mail {
  const locale = localeOf(complaint.locale);
  const copy = feedbackMailCopy[locale];
  return mail(complaint.email, locale, copy.subject.answer(complaint.reference), copy.heading.answer, [
    { paragraph: copy.greeting(null) },
    { paragraph: copy.answerIntro(complaint.reference) },
    { quote: complaint.answer, title: copy.answerText },
    { quote: complaint.text, title: copy.yourText },
  ]);
}
