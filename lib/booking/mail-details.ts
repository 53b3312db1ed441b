import { formatAddress, mapSearchUrl } from "@/components/desks/address";
import type { DbClient } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/locales";

/** What a booking mail says about an appointment, in the appointment's language. */
export interface BookingMailDetails {
  appointmentId: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  bookingCode: string;
  citizenName: string;
  email: string | null;
  locale: Locale;
  serviceName: string;
  documentsToBring: string[];
  deskName: string;
  deskScuCode: string;
  deskPhone: string | null;
  /** "Piazza del Comune, 8, 26100 Cremona (CR)" */
  address: string;
  mapUrl: string;
}

/** Loads the appointment with its desk, municipality and service name in the appointment's locale. */
export async function loadBookingMailDetails(db: DbClient, appointmentId: string): Promise<BookingMailDetails> {
  const appointment = await db.appointment.findUniqueOrThrow({
    where: { id: appointmentId },
    include: { sede: { include: { ente: { select: { province: true } } } } },
  });
  // A CHECK constraint keeps the column to "it" and "en"; the fallback only satisfies the type.
  const locale: Locale = isLocale(appointment.locale) ? appointment.locale : "it";
  const service = await db.service.findUniqueOrThrow({
    where: { id: appointment.serviceId },
    select: { code: true, translations: { where: { locale }, select: { name: true, documentsToBring: true } } },
  });
  const translation = service.translations[0];
  const { sede } = appointment;
  return {
    appointmentId: appointment.id,
    sequence: appointment.sequence,
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    bookingCode: appointment.bookingCode,
    citizenName: appointment.citizenName,
    email: appointment.email,
    locale,
    serviceName: translation?.name ?? service.code,
    documentsToBring: translation?.documentsToBring ?? [],
    deskName: sede.name,
    deskScuCode: sede.scuCode,
    deskPhone: sede.phone,
    address: `${formatAddress(sede)} (${sede.ente.province})`,
    mapUrl: mapSearchUrl(sede),
  };
}
