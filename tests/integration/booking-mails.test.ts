// The citizen's booking mails, written to the outbox (no SMTP_URL in tests) with their attachments.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { sendBookingMail } from "@/lib/booking/mails";
import { listOutbox } from "@/lib/mail/list-outbox";
import { outboxAttachment } from "@/lib/mail/outbox-attachment";

import { bookAppointment, createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
let desk: BookingDesk;
const BASE_URL = "https://sportello.example.org";
const PNG_SIGNATURE = "89504e470d0a1a0a";

beforeAll(async () => {
  fresh = await freshDatabase();
  desk = await createBookingDesk(fresh.db);
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

async function outboxMailTo(to: string) {
  const mail = await fresh.db.outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const attachments = outboxAttachment.array().parse(mail.attachments);
  return { ...mail, attachments, bytes: (index: number) => Buffer.from(attachments[index].base64, "base64") };
}

function vevent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent("vevent");
  if (!event) throw new Error("no VEVENT");
  return { method: calendar.getFirstPropertyValue("method"), event: new ICAL.Event(event), component: event };
}

describe("sendBookingMail", () => {
  it("keeps the confirmation with its calendar file and QR code, and the calendar file parses", async () => {
    const appointment = await bookAppointment(fresh.db, desk, new Date("2026-12-01T08:30:00Z"), { email: "conferma@example.org" });
    expect(await sendBookingMail(fresh.db, { appointmentId: appointment.id, kind: "confirmation", baseUrl: BASE_URL })).toBe("sent");

    const mail = await outboxMailTo("conferma@example.org");
    expect(mail.subject).toBe("Prenotazione confermata: PIN e PUK della tessera sanitaria, martedì 1 dicembre 2026, 09:30");
    expect(mail.text).toContain(`Codice di prenotazione: ${appointment.bookingCode}`);
    expect(mail.text).toContain("Indirizzo: Piazza del Comune, 8, 26100 Cremona (CR)");
    expect(mail.text).toContain("- Documento d'identità");
    expect(mail.text).toContain(`${BASE_URL}/prenotazione?codice=${appointment.bookingCode}`);
    expect(mail.html).toContain('<img src="cid:booking-qr@sportello-digitale"');
    expect(mail.attachments.map(({ filename, contentType }) => ({ filename, contentType }))).toEqual([
      { filename: "appuntamento.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST" },
      { filename: "codice-qr.png", contentType: "image/png" },
    ]);
    expect(mail.bytes(1).subarray(0, 8).toString("hex")).toBe(PNG_SIGNATURE);

    const { method, event } = vevent(mail.bytes(0).toString("utf8"));
    expect(method).toBe("REQUEST");
    expect(event.uid).toBe(`${appointment.id}@sportello-digitale`);
    expect(event.sequence).toBe(0);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-01T08:50:00.000Z");
    expect(event.summary).toBe("PIN e PUK della tessera sanitaria – Spazio Comune");
    expect(event.location).toBe("Piazza del Comune, 8, 26100 Cremona (CR)");
    expect(event.description).toContain(appointment.bookingCode);
  });

  it("writes in the appointment's language, with that language's service name and documents", async () => {
    const appointment = await bookAppointment(fresh.db, desk, new Date("2026-12-02T13:00:00Z"), { email: "english@example.org", locale: "en" });
    await sendBookingMail(fresh.db, { appointmentId: appointment.id, kind: "confirmation", baseUrl: BASE_URL });
    const mail = await outboxMailTo("english@example.org");
    expect(mail.subject).toBe("Booking confirmed: Health card PIN and PUK, Wednesday 2 December 2026, 14:00");
    expect(mail.text).toContain("- Identity document");
    expect(mail.attachments.map((attachment) => attachment.filename)).toEqual(["appointment.ics", "qr-code.png"]);
  });

  it("sends a reschedule that replaces the calendar event (same UID, the new sequence)", async () => {
    const appointment = await bookAppointment(fresh.db, desk, new Date("2026-12-03T08:00:00Z"), { email: "sposta@example.org" });
    // What the reschedule does: a new time and a bumped sequence.
    await fresh.db.appointment.update({
      where: { id: appointment.id },
      data: { startsAt: new Date("2026-12-04T09:00:00Z"), endsAt: new Date("2026-12-04T09:20:00Z"), sequence: { increment: 1 } },
    });
    await sendBookingMail(fresh.db, { appointmentId: appointment.id, kind: "rescheduled", baseUrl: BASE_URL });
    const mail = await outboxMailTo("sposta@example.org");
    expect(mail.subject).toBe("Appuntamento spostato: PIN e PUK della tessera sanitaria, venerdì 4 dicembre 2026, 10:00");
    const { event } = vevent(mail.bytes(0).toString("utf8"));
    expect(event.uid).toBe(`${appointment.id}@sportello-digitale`);
    expect(event.sequence).toBe(1);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-04T09:00:00.000Z");
  });

  it("sends the cancellation with a CANCEL calendar file and no QR code", async () => {
    const appointment = await bookAppointment(fresh.db, desk, new Date("2026-12-05T08:00:00Z"), { email: "annulla@example.org" });
    await fresh.db.appointment.update({
      where: { id: appointment.id },
      data: { status: "CANCELLED", cancelledAt: new Date(), cancelReason: "CANNOT_ATTEND" },
    });
    await sendBookingMail(fresh.db, { appointmentId: appointment.id, kind: "cancelled", baseUrl: BASE_URL });
    const mail = await outboxMailTo("annulla@example.org");
    expect(mail.subject).toMatch(/^Appuntamento annullato: /);
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0].contentType).toBe("text/calendar; charset=utf-8; method=CANCEL");
    const { method, event, component } = vevent(mail.bytes(0).toString("utf8"));
    expect(method).toBe("CANCEL");
    expect(component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.uid).toBe(`${appointment.id}@sportello-digitale`);
  });

  it("sends nothing for an appointment without an e-mail", async () => {
    const before = await fresh.db.outboxMessage.count();
    const appointment = await bookAppointment(fresh.db, desk, new Date("2026-12-07T08:00:00Z"), {
      channel: "WALK_IN",
      email: null,
      privacyConsentAt: null,
    });
    expect(await sendBookingMail(fresh.db, { appointmentId: appointment.id, kind: "confirmation", baseUrl: BASE_URL })).toBe("no_email");
    expect(await fresh.db.outboxMessage.count()).toBe(before);
  });

  it("lists each kept mail's attachments with their sizes for the outbox page", async () => {
    const { messages } = await listOutbox(fresh.db);
    const confirmation = messages.find((message) => message.to === "conferma@example.org");
    expect(confirmation?.attachments.map((attachment) => attachment.filename)).toEqual(["appuntamento.ics", "codice-qr.png"]);
    for (const attachment of confirmation?.attachments ?? []) expect(attachment.size).toBeGreaterThan(100);
  });
});
