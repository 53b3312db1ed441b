import nodemailer from "nodemailer";

import type { DbClient } from "@/lib/db";
import { env } from "@/lib/env";

import { toOutboxAttachment } from "./outbox-attachment";

export interface MailAttachment {
  filename: string;
  /** e.g. "image/png", or "text/calendar; charset=utf-8; method=REQUEST". */
  contentType: string;
  content: Buffer | string;
  /** Content-ID, for an image shown in the HTML as <img src="cid:…">. */
  cid?: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

let transport: nodemailer.Transporter | undefined;

/** Whether mail stays in the outbox table instead of leaving (no SMTP_URL, or MAIL_OUTBOX=true). */
export function keepsMailInOutbox(): boolean {
  const { SMTP_URL, MAIL_OUTBOX } = env();
  return !SMTP_URL || MAIL_OUTBOX === "true";
}

/**
 * Sends through SMTP_URL; without it (development, tests) the mail is kept in the outbox table, where
 * administrators read it. Never logged: mails carry one-time links and personal data. `now` is the
 * operation's clock: it stamps the outbox row, which the retention purge compares with its own `now`.
 */
export async function sendMail(db: DbClient, mail: Mail, now?: Date): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  const attachments = mail.attachments ?? [];
  if (!SMTP_URL || keepsMailInOutbox()) {
    await db.outboxMessage.create({
      data: {
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
        attachments: attachments.map(toOutboxAttachment),
        ...(now ? { createdAt: now } : {}),
      },
    });
    return;
  }
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: attachments.map(({ filename, contentType, content, cid }) => ({ filename, contentType, content, cid })),
  });
}
