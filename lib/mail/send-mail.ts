import nodemailer from "nodemailer";

import type { DbClient } from "@/lib/db";
import { env } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

let transport: nodemailer.Transporter | undefined;

/** Whether mail stays in the outbox table instead of leaving (no SMTP_URL, or MAIL_OUTBOX=true). */
export function keepsMailInOutbox(): boolean {
  const { SMTP_URL, MAIL_OUTBOX } = env();
  return !SMTP_URL || MAIL_OUTBOX === "true";
}

/**
 * Sends through SMTP_URL; without it (development, tests) the mail is kept in the outbox table, where
 * administrators read it. Never logged: mails carry one-time links and personal data.
 */
export async function sendMail(db: DbClient, mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL || keepsMailInOutbox()) {
    await db.outboxMessage.create({ data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null } });
    return;
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, ...mail });
}
