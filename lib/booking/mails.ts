import type { DbClient } from "@/lib/db";
import { html, type SafeHtml } from "@/lib/mail/html";
import { mailSender } from "@/lib/mail/sender";
import { sendMail, type Mail, type MailAttachment } from "@/lib/mail/send-mail";

import { formatAppointmentDateTime, formatAppointmentTime } from "./format-appointment-time";
import { calendarOfDetails } from "./calendar-file";
import { calendarContentType, type CalendarMethod } from "./ics";
import { bookingMailCopy, type BookingMailKind } from "./mail-copy";
import { loadBookingMailDetails, type BookingMailDetails } from "./mail-details";
import { manageBookingUrl } from "./manage-url";
import { bookingQrPng } from "./qr";

export type { BookingMailKind } from "./mail-copy";

/** Content-ID of the QR image, referenced by the HTML as cid:…. */
export const QR_CID = "booking-qr@sportello-digitale";

export interface BookingMailOptions {
  /** Origin of the links, e.g. https://sportello.comune.example.it */
  baseUrl: string;
  /** The portal's sender, the calendar event's organizer. */
  from: { name: string; email: string };
  /** DTSTAMP of the calendar file. */
  now?: Date;
  /** Why a cancelled appointment was cancelled, when it was not the citizen's choice. */
  cause?: "desk_closed";
}


/** The citizen's mail of `kind` about an appointment, in the appointment's language, with its attachments. */
export async function composeBookingMail(
  details: BookingMailDetails & { email: string },
  kind: BookingMailKind,
  options: BookingMailOptions,
): Promise<Mail> {
  const copy = bookingMailCopy[details.locale];
  const cancelled = kind === "cancelled";
  const intro = cancelled && options.cause === "desk_closed" ? copy.deskClosedIntro : copy.intro[kind];
  const when = formatAppointmentDateTime(details.startsAt, details.locale);
  const subject = copy.subject[kind]({ service: details.serviceName, when, time: formatAppointmentTime(details.startsAt) });
  const manageUrl = manageBookingUrl(options.baseUrl, details.bookingCode);
  const deskUrl = new URL(`/sedi/${encodeURIComponent(details.deskScuCode)}`, options.baseUrl).toString();
  const method: CalendarMethod = cancelled ? "CANCEL" : "REQUEST";

  const calendar = calendarOfDetails(details, { method, baseUrl: options.baseUrl, organizer: options.from, withAttendee: true, now: options.now });
  const attachments: MailAttachment[] = [
    { filename: copy.calendarFile, contentType: calendarContentType(method), content: calendar },
  ];
  // A cancelled booking's code opens nothing at the desk: no QR code to show.
  if (!cancelled) {
    attachments.push({ filename: copy.qrFile, contentType: "image/png", content: await bookingQrPng(details.bookingCode), cid: QR_CID });
  }

  const facts: { label: string; value: string; link?: { text: string; url: string } }[] = [
    { label: copy.service, value: details.serviceName },
    { label: copy.when, value: when },
    { label: copy.desk, value: details.deskName },
    { label: copy.address, value: details.address, link: { text: copy.map, url: details.mapUrl } },
    ...(details.deskPhone ? [{ label: copy.phone, value: details.deskPhone }] : []),
    { label: copy.bookingCode, value: details.bookingCode },
  ];
  const documents = cancelled ? [] : details.documentsToBring;
  const [link, linkText] = cancelled ? [copy.bookAgain, copy.bookAgainLink] : [copy.manage, copy.manageLink];
  const linkUrl = cancelled ? deskUrl : manageUrl;

  const text = [
    copy.greeting(details.citizenName),
    "",
    intro,
    "",
    ...facts.flatMap(({ label, value, link }) => [`${label}: ${value}`, ...(link ? [`${link.text}: ${link.url}`] : [])]),
    ...(documents.length ? ["", `${copy.documents}:`, ...documents.map((document) => `- ${document}`)] : []),
    "",
    link,
    linkUrl,
    "",
    ...(cancelled ? [] : [copy.qrHint, ""]),
    copy.calendarHint[kind],
    "",
    ...copy.signature,
    "",
    "—",
    copy.automatic,
    "",
  ].join("\n");

  const cell = "padding:6px 16px 6px 0;text-align:left;vertical-align:top";
  const body: SafeHtml = html`<!DOCTYPE html>
<html lang="${details.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${subject}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#17324d;font-family:'Titillium Web',Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:600px;margin:0 auto;padding:24px">
<h1 style="margin:0 0 16px;font-size:24px;line-height:1.25;color:#004080">${copy.heading[kind]}</h1>
<p>${copy.greeting(details.citizenName)}</p>
<p>${intro}</p>
<table style="border-collapse:collapse;margin:16px 0">
<tbody>
${facts.map(
  ({ label, value, link }) =>
    html`<tr><th scope="row" style="${cell}">${label}</th><td style="padding:6px 0;vertical-align:top">${value}${
      link ? html`<br><a href="${link.url}" style="color:#0066cc">${link.text}</a>` : null
    }</td></tr>
`,
)}</tbody>
</table>
${
  documents.length
    ? html`<h2 style="margin:24px 0 8px;font-size:18px;color:#004080">${copy.documents}</h2>
<ul>${documents.map((document) => html`<li>${document}</li>`)}</ul>
`
    : null
}<p>${link}<br><a href="${linkUrl}" style="color:#0066cc;font-weight:bold">${linkText}</a></p>
${
  cancelled
    ? null
    : html`<p>${copy.qrHint}</p>
<p><img src="cid:${QR_CID}" width="240" height="240" alt="${copy.qrAlt(details.bookingCode)}" style="display:block;border:0"></p>
`
}<p>${copy.calendarHint[kind]}</p>
<p>${copy.signature.map((line, index) => html`${index ? html`<br>` : null}${line}`)}</p>
<hr style="border:0;border-top:1px solid #c5d3e0;margin:24px 0">
<p style="font-size:14px;color:#455b71">${copy.automatic}</p>
</div>
</body>
</html>
`;

  return { to: details.email, subject, text, html: body.toString(), attachments };
}


export type SendBookingMailResult = "sent" | "no_email";

/**
 * Writes and sends the citizen's mail of `kind` about an appointment. An appointment without an e-mail
 * (taken at the desk or by phone) gets none. Logs nothing: the mail holds personal data.
 */
export async function sendBookingMail(
  db: DbClient,
  input: { appointmentId: string; kind: BookingMailKind; baseUrl: string; now?: Date; cause?: "desk_closed" },
): Promise<SendBookingMailResult> {
  const details = await loadBookingMailDetails(db, input.appointmentId);
  if (!details.email) return "no_email";
  const mail = await composeBookingMail({ ...details, email: details.email }, input.kind, {
    baseUrl: input.baseUrl,
    from: mailSender(),
    now: input.now,
    cause: input.cause,
  });
  await sendMail(db, mail, input.now);
  return "sent";
}
