import type { DbClient } from "@/lib/db";
import type { AppointmentStatus, CancelReason } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";

import { isChangeable } from "./manage-booking";

export interface BookingView {
  id: string;
  code: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  changeable: boolean;
  cancelReason: CancelReason | null;
  citizenName: string;
  email: string | null;
  phone: string | null;
  fiscalCode: string | null;
  service: { code: string; name: string; documentsToBring: string[] };
  desk: { scuCode: string; name: string; street: string; postalCode: string | null; city: string; phone: string | null; enteName: string };
}

/** What the citizen sees of their own booking, in their language; null once it is anonymized. */
export async function getBookingView(db: DbClient, input: { appointmentId: string; locale: Locale; now: Date }): Promise<BookingView | null> {
  const row = await db.appointment.findUnique({
    where: { id: input.appointmentId },
    include: {
      sede: { include: { ente: { select: { name: true } } } },
      sedeService: { include: { service: { include: { translations: { where: { locale: input.locale } } } } } },
    },
  });
  // Past the retention period nothing of the citizen's is left to show (lib/privacy/retention.ts).
  if (!row || row.anonymizedAt) return null;
  const service = row.sedeService.service;
  return {
    id: row.id,
    code: row.bookingCode,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    changeable: isChangeable(row, input.now),
    cancelReason: row.cancelReason,
    citizenName: row.citizenName,
    email: row.email,
    phone: row.phone,
    fiscalCode: row.fiscalCode,
    service: { code: service.code, name: service.translations[0]?.name ?? service.code, documentsToBring: service.translations[0]?.documentsToBring ?? [] },
    desk: {
      scuCode: row.sede.scuCode,
      name: row.sede.name,
      street: row.sede.street,
      postalCode: row.sede.postalCode,
      city: row.sede.city,
      phone: row.sede.phone,
      enteName: row.sede.ente.name,
    },
  };
}
