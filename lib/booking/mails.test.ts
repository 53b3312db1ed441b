import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import type { BookingMailDetails } from "./mail-details";
import { composeBookingMail, QR_CID } from "./mails";
import { manageBookingUrl } from "./manage-url";

const details: BookingMailDetails & { email: string } = {
  appointmentId: "0b6f1a52-3c1e-4a8e-9f59-7d2a1c3e5b10",
  sequence: 0,
  startsAt: new Date("2026-12-01T08:30:00Z"),
  endsAt: new Date("2026-12-01T09:00:00Z"),
  bookingCode: "7KQ2-M9XD-4TNB-Z3HC",
  citizenName: "Maria <b>Rossi</b>",
  email: "maria.rossi@example.org",
  locale: "it",
  serviceName: "PIN & PUK della tessera sanitaria",
  documentsToBring: ["Tessera sanitaria", "Documento d'identità"],
  deskName: "Spazio Comune",
  deskScuCode: "138935",
  deskPhone: "0372 407951",
  address: "Piazza del Comune, 8, 26100 Cremona (CR)",
  mapUrl: "https://www.openstreetmap.org/search?query=Piazza%20del%20Comune%2C%208%2C%2026100%20Cremona",
};
const options = {
  baseUrl: "https://sportello.example.org",
  from: { name: "Sportello Digitale", email: "noreply@sportello.example.org" },
  now: new Date("2026-11-20T10:00:00Z"),
};

describe("composeBookingMail", () => {
  it("confirms a booking in Italian with every fact, the manage link and both attachments", async () => {
    const mail = await composeBookingMail(details, "confirmation", options);
    expect(mail.to).toBe("maria.rossi@example.org");
    expect(mail.subject).toBe("Prenotazione confermata: PIN & PUK della tessera sanitaria, martedì 1 dicembre 2026, 09:30");
    for (const fact of [
      "Gentile Maria <b>Rossi</b>,",
      "Servizio: PIN & PUK della tessera sanitaria",
      "Data e ora: martedì 1 dicembre 2026, 09:30",
      "Sportello: Spazio Comune",
      "Indirizzo: Piazza del Comune, 8, 26100 Cremona (CR)",
      "Telefono dello sportello: 0372 407951",
      "Codice di prenotazione: 7KQ2-M9XD-4TNB-Z3HC",
      `Indirizzo: Piazza del Comune, 8, 26100 Cremona (CR)\nApri la mappa: ${details.mapUrl}`,
      "- Documento d'identità",
      "https://sportello.example.org/prenotazione?codice=7KQ2-M9XD-4TNB-Z3HC",
    ]) {
      expect(mail.text).toContain(fact);
    }
    expect(mail.attachments?.map(({ filename, contentType, cid }) => ({ filename, contentType, cid }))).toEqual([
      { filename: "appuntamento.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", cid: undefined },
      { filename: "codice-qr.png", contentType: "image/png", cid: QR_CID },
    ]);
    const calendar = new ICAL.Component(ICAL.parse(String(mail.attachments?.[0].content)));
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
  });

  it("escapes every value in the HTML, which is a whole accessible document", async () => {
    const { html } = await composeBookingMail(details, "confirmation", options);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="it">/);
    expect(html).toContain("<title>Prenotazione confermata: PIN &amp; PUK della tessera sanitaria, martedì 1 dicembre 2026, 09:30</title>");
    expect(html).toContain("Gentile Maria &lt;b&gt;Rossi&lt;/b&gt;,");
    expect(html).not.toContain("<b>Rossi</b>");
    expect(html).toContain('<th scope="row"');
    expect(html).toContain("<li>Documento d&#39;identità</li>");
    expect(html).toContain(`<img src="cid:${QR_CID}" width="240" height="240" alt="Codice QR della prenotazione 7KQ2-M9XD-4TNB-Z3HC"`);
    expect(html).toContain('href="https://sportello.example.org/prenotazione?codice=7KQ2-M9XD-4TNB-Z3HC"');
    expect(html).toContain(`href="${details.mapUrl}"`);
  });

  it("writes English for an English booking", async () => {
    const mail = await composeBookingMail({ ...details, locale: "en", serviceName: "Health card PIN and PUK" }, "reminder", options);
    expect(mail.subject).toBe("Reminder: tomorrow at 09:30, Health card PIN and PUK");
    expect(mail.text).toContain("Date and time: Tuesday 1 December 2026, 09:30");
    expect(mail.text).toContain("Dear Maria <b>Rossi</b>,");
    expect(mail.html).toMatch(/<html lang="en">/);
    expect(mail.attachments?.map((attachment) => attachment.filename)).toEqual(["appointment.ics", "qr-code.png"]);
  });

  it("announces a reschedule with the new time", async () => {
    const moved = { ...details, sequence: 1, startsAt: new Date("2026-12-02T13:00:00Z"), endsAt: new Date("2026-12-02T13:30:00Z") };
    const mail = await composeBookingMail(moved, "rescheduled", options);
    expect(mail.subject).toBe("Appuntamento spostato: PIN & PUK della tessera sanitaria, mercoledì 2 dicembre 2026, 14:00");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(String(mail.attachments?.[0].content))).getFirstSubcomponent("vevent")!);
    expect(event.sequence).toBe(1);
  });

  it("cancels with the calendar's CANCEL file, no QR code and a link to book again", async () => {
    const mail = await composeBookingMail(details, "cancelled", options);
    expect(mail.subject).toBe("Appuntamento annullato: PIN & PUK della tessera sanitaria, martedì 1 dicembre 2026, 09:30");
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments?.[0].contentType).toBe("text/calendar; charset=utf-8; method=CANCEL");
    expect(mail.text).toContain("https://sportello.example.org/sedi/138935");
    expect(mail.text).not.toContain("Documenti da portare");
    expect(mail.html).not.toContain("cid:");
  });
});

describe("manageBookingUrl", () => {
  it("puts the code in the query string", () => {
    expect(manageBookingUrl("https://sportello.example.org/", "7KQ2-M9XD-4TNB-Z3HC")).toBe(
      "https://sportello.example.org/prenotazione?codice=7KQ2-M9XD-4TNB-Z3HC",
    );
  });
});
