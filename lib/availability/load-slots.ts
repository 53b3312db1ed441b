import { upcomingClosures } from "@/lib/calendar/closures";
import type { DbClient } from "@/lib/db";

import { availableSlots, type Slot } from "./slots";

export interface Offer {
  sedeId: string;
  serviceId: string;
  scuCode: string;
  serviceCode: string;
  slotMinutes: number;
  capacity: number;
  dailyCap: number | null;
  requiresFiscalCode: boolean;
  minNoticeMinutes: number;
  horizonDays: number;
}

/** A service as an active desk offers it, or null when it does not. */
export async function findOffer(db: DbClient, input: { scuCode: string; serviceCode: string }): Promise<Offer | null> {
  const row = await db.sedeService.findFirst({
    where: {
      active: true,
      sede: { scuCode: input.scuCode, active: true },
      service: { code: input.serviceCode, active: true },
    },
    select: {
      sedeId: true,
      serviceId: true,
      slotMinutes: true,
      capacity: true,
      dailyCap: true,
      sede: { select: { scuCode: true } },
      service: { select: { code: true, requiresFiscalCode: true, minNoticeMinutes: true, horizonDays: true } },
    },
  });
  if (!row) return null;
  return {
    sedeId: row.sedeId,
    serviceId: row.serviceId,
    scuCode: row.sede.scuCode,
    serviceCode: row.service.code,
    slotMinutes: row.slotMinutes,
    capacity: row.capacity,
    dailyCap: row.dailyCap,
    requiresFiscalCode: row.service.requiresFiscalCode,
    minNoticeMinutes: row.service.minNoticeMinutes,
    horizonDays: row.service.horizonDays,
  };
}

export interface OfferSlots {
  /** Bookable now, with the places left. */
  free: Slot[];
  /** Every slot the hours lay out in the window, as if nothing were booked: tells "taken" from "never offered". */
  laidOut: Slot[];
}

/**
 * The slots of an offer from now to its horizon: the desk's weekly hours minus national holidays, the
 * patron saint's day, the desk's closures and live appointments. `ignoreAppointmentId` leaves one
 * appointment out, so that rescheduling can offer the citizen's own slot's neighbours fairly.
 */
export async function loadOfferSlots(
  db: DbClient,
  offer: Offer,
  input: { now: Date; ignoreAppointmentId?: string },
): Promise<OfferSlots> {
  const horizonEnd = new Date(input.now.getTime() + (offer.horizonDays + 1) * 24 * 60 * 60_000);
  const [sede, booked] = await Promise.all([
    db.sede.findUniqueOrThrow({
      where: { id: offer.sedeId },
      select: {
        openingHours: { select: { weekday: true, opensMinute: true, closesMinute: true } },
        closures: { where: { endsAt: { gt: input.now }, startsAt: { lt: horizonEnd } }, select: { kind: true, startsAt: true, endsAt: true, reasonIt: true, reasonEn: true } },
        ente: { select: { patronMonth: true, patronDay: true, patronSaintIt: true, patronSaintEn: true } },
      },
    }),
    db.appointment.findMany({
      where: {
        sedeId: offer.sedeId,
        serviceId: offer.serviceId,
        status: { not: "CANCELLED" },
        endsAt: { gt: input.now },
        startsAt: { lt: horizonEnd },
        ...(input.ignoreAppointmentId ? { id: { not: input.ignoreAppointmentId } } : {}),
      },
      select: { startsAt: true, endsAt: true },
    }),
  ]);
  const closures = upcomingClosures({
    from: input.now,
    days: offer.horizonDays + 1,
    stored: sede.closures,
    patron: { month: sede.ente.patronMonth, day: sede.ente.patronDay, nameIt: sede.ente.patronSaintIt, nameEn: sede.ente.patronSaintEn },
    locale: "it",
  });
  const common = {
    openingHours: sede.openingHours,
    slotMinutes: offer.slotMinutes,
    capacity: offer.capacity,
    closures,
    now: input.now,
    minNoticeMinutes: offer.minNoticeMinutes,
    horizonDays: offer.horizonDays,
  };
  return {
    free: availableSlots({ ...common, booked, ...(offer.dailyCap ? { dailyCap: offer.dailyCap } : {}) }),
    laidOut: availableSlots({ ...common, booked: [] }),
  };
}

/** The free slots nearest in time to `target`, in time order. */
export function nearestSlots(free: Slot[], target: Date, count = 3): Slot[] {
  return [...free]
    .sort((a, b) => Math.abs(a.startsAt.getTime() - target.getTime()) - Math.abs(b.startsAt.getTime() - target.getTime()))
    .slice(0, count)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
