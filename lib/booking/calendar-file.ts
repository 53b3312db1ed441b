import type { DbClient } from "@/lib/db";

import { appointmentCalendar, calendarContentType } from "./ics";
import { bookingMailCopy } from "./mail-copy";
import { loadBookingMailDetails } from "./mail-details";
import { mailSender, manageBookingUrl } from "./mails";

/** The calendar file the booking page offers: the same event (UID, SEQUENCE) as the mailed ones. */
export async function bookingCalendarFile(
  db: DbClient,
  input: { appointmentId: string; baseUrl: string },
): Promise<{ filename: string; contentType: string; content: string }> {
  const details = await loadBookingMailDetails(db, input.appointmentId);
  const method = "PUBLISH";
  const content = appointmentCalendar(
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
      manageUrl: manageBookingUrl(input.baseUrl, details.bookingCode),
      locale: details.locale,
      organizer: mailSender(),
    },
    method,
  );
  return { filename: bookingMailCopy[details.locale].calendarFile, contentType: calendarContentType(method), content };
}
