import { createEvent, type EventAttributes } from "ics";

import type { Locale } from "@/lib/i18n/locales";

import { bookingMailCopy } from "./mail-copy";

/**
 * REQUEST adds or updates the event in the citizen's calendar (mail invitation); CANCEL removes it;
 * PUBLISH is the file downloaded from the booking page, which calendar apps import without treating
 * it as an invitation to answer.
 */
export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

export interface CalendarAppointment {
  id: string;
  /** Appointment.sequence: bumped at each reschedule. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  bookingCode: string;
  serviceName: string;
  deskName: string;
  /** One line, e.g. "Piazza del Comune 8, 26100 Cremona (CR)". */
  address: string;
  documentsToBring: readonly string[];
  manageUrl: string;
  locale: Locale;
  /** The portal's sender: calendar apps want an organizer on an invitation (RFC 5546). */
  organizer: { name: string; email: string };
  /** The citizen, when the appointment has an e-mail. */
  attendee?: { name: string; email: string };
}

/** The same UID in every file of an appointment, so calendar apps replace the event instead of adding one. */
export function calendarUid(appointmentId: string): string {
  return `${appointmentId}@sportello-digitale`;
}

/** Content type of the attachment; `method` lets mail clients offer "add" or "remove" directly. */
export function calendarContentType(method: CalendarMethod): string {
  return `text/calendar; charset=utf-8; method=${method}`;
}

// Quotes are the one character the ics library cannot put in a CN parameter correctly.
const parameterSafe = (name: string) => name.replaceAll('"', "'");

/**
 * The iCalendar file of an appointment, with times in UTC so that no calendar app has to know Rome's
 * time zone rules. `now` is the file's DTSTAMP.
 */
export function appointmentCalendar(appointment: CalendarAppointment, method: CalendarMethod, now = new Date()): string {
  const copy = bookingMailCopy[appointment.locale];
  const description = [
    `${copy.bookingCode}: ${appointment.bookingCode}`,
    ...(appointment.documentsToBring.length
      ? ["", `${copy.documents}:`, ...appointment.documentsToBring.map((document) => `- ${document}`)]
      : []),
    "",
    `${copy.manageLink}: ${appointment.manageUrl}`,
  ].join("\n");

  // DTSTAMP is not in the library's types, though its schema accepts it; without it each call stamps
  // Date.now() and the same appointment gives different files.
  const event: EventAttributes & { timestamp: number } = {
    uid: calendarUid(appointment.id),
    // A cancellation must outrank the last invitation whether or not the cancelling code bumped the
    // column: calendar apps ignore an update whose SEQUENCE is lower than the one they hold.
    sequence: method === "CANCEL" ? appointment.sequence + 1 : appointment.sequence,
    method,
    productId: "-//Sportello Digitale//Prenotazioni//IT",
    timestamp: now.getTime(),
    start: appointment.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: appointment.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: `${appointment.serviceName} – ${appointment.deskName}`,
    location: appointment.address,
    description,
    url: appointment.manageUrl,
    status: method === "CANCEL" ? "CANCELLED" : "CONFIRMED",
    busyStatus: "BUSY",
    organizer: { name: parameterSafe(appointment.organizer.name), email: appointment.organizer.email },
    attendees: appointment.attendee
      ? [
          {
            name: parameterSafe(appointment.attendee.name),
            email: appointment.attendee.email,
            // The portal does not read replies: the invitation is already accepted.
            rsvp: false,
            partstat: "ACCEPTED",
            role: "REQ-PARTICIPANT",
          },
        ]
      : undefined,
    // "-PT24H", not "-P1D": the library writes days as "P1DT", which is not valid iCalendar.
    alarms:
      method === "CANCEL" ? undefined : [{ action: "display", description: copy.alarm, trigger: { hours: 24, before: true } }],
  };
  const { error, value } = createEvent(event);
  if (error || !value) throw error ?? new Error("ics produced no calendar");
  return value;
}
