import { beforeEach, describe, expect, it, vi } from "vitest";

import type { DbClient } from "@/lib/db";

const config = vi.hoisted(() => ({ SMTP_URL: undefined as string | undefined, MAIL_OUTBOX: "false", MAIL_FROM: "Sportello Digitale <noreply@sportello.example.org>" }));
const transport = vi.hoisted(() => ({ sendMail: vi.fn(async () => ({})) }));

vi.mock("@/lib/env", () => ({ env: () => config }));
vi.mock("nodemailer", () => ({ default: { createTransport: () => transport } }));

const { sendMail } = await import("./send-mail");

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
const mail = {
  to: "maria.rossi@example.org",
  subject: "Prenotazione confermata",
  text: "Testo",
  html: "<p>Testo</p>",
  attachments: [
    { filename: "appuntamento.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: "BEGIN:VCALENDAR" },
    { filename: "codice-qr.png", contentType: "image/png", content: png, cid: "qr@sportello" },
  ],
};

describe("sendMail", () => {
  beforeEach(() => transport.sendMail.mockClear());

  it("hands the attachments to nodemailer, the image inline by its Content-ID", async () => {
    config.SMTP_URL = "smtp://mail.example.org:587";
    await sendMail({} as DbClient, mail);
    expect(transport.sendMail).toHaveBeenCalledWith({
      from: "Sportello Digitale <noreply@sportello.example.org>",
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: [
        { filename: "appuntamento.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: "BEGIN:VCALENDAR", cid: undefined },
        { filename: "codice-qr.png", contentType: "image/png", content: png, cid: "qr@sportello" },
      ],
    });
  });

  it("keeps the attachments as base64 in the outbox without a mail server", async () => {
    config.SMTP_URL = undefined;
    const create = vi.fn(async () => ({}));
    await sendMail({ outboxMessage: { create } } as unknown as DbClient, mail);
    expect(transport.sendMail).not.toHaveBeenCalled();
    expect(create).toHaveBeenCalledWith({
      data: {
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: [
          { filename: "appuntamento.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", base64: Buffer.from("BEGIN:VCALENDAR").toString("base64") },
          { filename: "codice-qr.png", contentType: "image/png", base64: "iVBORw==" },
        ],
      },
    });
  });
});
