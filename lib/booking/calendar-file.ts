import type { DbClient } from "@/lib/db";
import { mailSender } from "@/lib/mail/sender";

import { appointmentCalendar, calendarContentType, type CalendarMethod } from "./ics";
import { bookingMailCopy } from "./mail-copy";
import { loadBookingMailDetails, type BookingMailDetails } from "./mail-details";
import { manageBookingUrl } from "./manage-url";

/** The iCalendar file of an appointment as loaded for its mails: one event (UID, SEQUENCE) everywhere. */
export function calendarOfDetails(
  details: BookingMailDetails,
  options: { method: CalendarMethod; baseUrl: string; organizer: { name: string; email: string }; withAttendee?: boolean; now?: Date },
): string {
  return appointmentCalendar(
    {
      id: details.appointmentId,
      sequence: details.sequence,
      startsAt: details.startsAt,
      endsAt: details.endsAt,
      bookingCode: details.bookingCode,
      serviceName: details.serviceName,
      deskName: details.deskName,
      address: details.address,
      documentsToBring: details.documentsToBring,
      manageUrl: manageBookingUrl(options.baseUrl, details.bookingCode),
      locale: details.locale,
      organizer: options.organizer,
      attendee: options.withAttendee && details.email ? { name: details.citizenName, email: details.email } : undefined,
    },
    options.method,
    options.now,
  );
}

/** The calendar file the booking page offers for download. */
export async function bookingCalendarFile(
  db: DbClient,
  input: { appointmentId: string; baseUrl: string },
): Promise<{ filename: string; contentType: string; content: string }> {
  const details = await loadBookingMailDetails(db, input.appointmentId);
  const method = "PUBLISH";
  const content = calendarOfDetails(details, { method, baseUrl: input.baseUrl, organizer: mailSender() });
  return { filename: bookingMailCopy[details.locale].calendarFile, contentType: calendarContentType(method), content };
}
