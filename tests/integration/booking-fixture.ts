import { newBookingCode } from "@/lib/booking/booking-code";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface BookingDesk {
  sedeId: string;
  serviceId: string;
}

/** The municipality of Cremona, whose patron saint's day (13 November) closes its desks. */
export function createCremona(db: Db) {
  return db.ente.create({
    data: { code: "cremona", name: "Comune di Cremona", province: "CR", patronSaintIt: "Sant'Omobono", patronSaintEn: "Saint Homobonus", patronMonth: 11, patronDay: 13 },
  });
}

/** A desk of Cremona offering PIN_PUK, with Italian and English names and documents. */
export async function createBookingDesk(db: Db): Promise<BookingDesk> {
  const ente = await createCremona(db);
  const sede = await db.sede.create({
    data: { scuCode: "138935", enteId: ente.id, name: "Spazio Comune", street: "Piazza del Comune, 8", postalCode: "26100", city: "Cremona", phone: "0372 407951" },
  });
  const service = await db.service.create({
    data: {
      code: "PIN_PUK",
      defaultDurationMinutes: 20,
      requiresFiscalCode: false,
      translations: {
        create: [
          { locale: "it", name: "PIN e PUK della tessera sanitaria", description: "Ritiro dei codici.", documentsToBring: ["Tessera sanitaria", "Documento d'identità"] },
          { locale: "en", name: "Health card PIN and PUK", description: "Collecting the codes.", documentsToBring: ["Health card", "Identity document"] },
        ],
      },
    },
  });
  await db.sedeService.create({ data: { sedeId: sede.id, serviceId: service.id, capacity: 50, slotMinutes: 20 } });
  return { sedeId: sede.id, serviceId: service.id };
}

/** An online booking of 20 minutes at `startsAt`; override anything. */
export function bookAppointment(
  db: Db,
  desk: BookingDesk,
  startsAt: Date,
  overrides: Partial<Prisma.AppointmentUncheckedCreateInput> = {},
) {
  return db.appointment.create({
    data: {
      sedeId: desk.sedeId,
      serviceId: desk.serviceId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 20 * 60_000),
      bookingCode: newBookingCode(),
      citizenName: "Maria Rossi",
      email: "maria.rossi@example.org",
      channel: "ONLINE",
      privacyConsentAt: new Date("2026-11-20T10:00:00Z"),
      ...overrides,
    },
  });
}
