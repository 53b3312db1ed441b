import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { appointmentCalendar, calendarContentType, calendarUid, type CalendarAppointment } from "./ics";

const appointment: CalendarAppointment = {
  id: "0b6f1a52-3c1e-4a8e-9f59-7d2a1c3e5b10",
  sequence: 2,
  startsAt: new Date("2026-12-01T08:30:00Z"),
  endsAt: new Date("2026-12-01T09:00:00Z"),
  bookingCode: "7KQ2-M9XD-4TNB-Z3HC",
  serviceName: "PIN e PUK della tessera sanitaria",
  deskName: "Spazio Comune; piano terra",
  address: "Piazza del Comune, 8, 26100 Cremona (CR)",
  documentsToBring: ["Tessera sanitaria", "Documento d'identità valido"],
  manageUrl: "https://sportello.example.org/prenotazione?codice=7KQ2-M9XD-4TNB-Z3HC",
  locale: "it",
  organizer: { name: "Sportello Digitale", email: "noreply@sportello.example.org" },
  attendee: { name: 'Maria "Mary" Rossi', email: "maria.rossi@example.org" },
};

const NOW = new Date("2026-11-20T10:00:00Z");

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe("appointmentCalendar", () => {
  it("describes a live booking as an invitation with a stable UID, in UTC", () => {
    const ics = appointmentCalendar(appointment, "REQUEST", NOW);
    const { calendar, vevent, event } = parse(ics);

    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe("0b6f1a52-3c1e-4a8e-9f59-7d2a1c3e5b10@sportello-digitale");
    expect(event.uid).toBe(calendarUid(appointment.id));
    expect(event.sequence).toBe(2);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-01T09:00:00.000Z");
    expect(ics).toContain("DTSTART:20261201T083000Z");
    expect(event.summary).toBe("PIN e PUK della tessera sanitaria – Spazio Comune; piano terra");
    expect(event.location).toBe("Piazza del Comune, 8, 26100 Cremona (CR)");
    expect(event.description).toBe(
      [
        "Codice di prenotazione: 7KQ2-M9XD-4TNB-Z3HC",
        "",
        "Documenti da portare:",
        "- Tessera sanitaria",
        "- Documento d'identità valido",
        "",
        "Gestisci la prenotazione: https://sportello.example.org/prenotazione?codice=7KQ2-M9XD-4TNB-Z3HC",
      ].join("\n"),
    );
    expect(vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-20T10:00:00Z");
    expect(vevent.getFirstPropertyValue("organizer")).toBe("MAILTO:noreply@sportello.example.org");
    const attendee = vevent.getFirstProperty("attendee");
    expect(attendee?.getFirstValue()).toBe("mailto:maria.rossi@example.org");
    expect(attendee?.getParameter("partstat")).toBe("ACCEPTED");
  });

  it("reminds the day before", () => {
    const { vevent } = parse(appointmentCalendar(appointment, "REQUEST", NOW));
    const alarm = vevent.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    const trigger = alarm?.getFirstPropertyValue("trigger");
    expect(trigger).toBeInstanceOf(ICAL.Duration);
    expect((trigger as ICAL.Duration).toSeconds()).toBe(-24 * 60 * 60);
  });

  it("keeps the instant of an appointment on the day summer time starts", () => {
    // 29 March 2026: Rome moves from UTC+1 to UTC+2 at 02:00; 10:00 in Rome is 08:00 UTC.
    const dst = { ...appointment, startsAt: new Date("2026-03-29T08:00:00Z"), endsAt: new Date("2026-03-29T08:20:00Z") };
    const { event } = parse(appointmentCalendar(dst, "REQUEST", NOW));
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-29T08:00:00.000Z");
    expect(event.duration.toSeconds()).toBe(20 * 60);
  });

  it("cancels with the same UID, a higher sequence and no alarm", () => {
    const ics = appointmentCalendar(appointment, "CANCEL", NOW);
    const { calendar, vevent, event } = parse(ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.uid).toBe(calendarUid(appointment.id));
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstSubcomponent("valarm")).toBeNull();
    expect(calendarContentType("CANCEL")).toBe("text/calendar; charset=utf-8; method=CANCEL");
  });

  it("writes the description in the appointment's language, and gives the same file twice", () => {
    const english = { ...appointment, locale: "en" as const, documentsToBring: [] };
    const ics = appointmentCalendar(english, "REQUEST", NOW);
    expect(parse(ics).event.description).toBe(
      "Booking code: 7KQ2-M9XD-4TNB-Z3HC\n\nManage your booking: https://sportello.example.org/prenotazione?codice=7KQ2-M9XD-4TNB-Z3HC",
    );
    expect(appointmentCalendar(english, "REQUEST", NOW)).toBe(ics);
  });
});
