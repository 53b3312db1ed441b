import type { Db } from "@/lib/db";
import { constraintViolation } from "@/lib/db-errors";
import type { Appointment, Channel } from "@/lib/generated/prisma/client";

import { newBookingCode } from "./booking-code";
import { freeSeat, lockSlot, SLOT_TRANSACTION } from "./slot-lock";

export interface BookSlotInput {
  sedeId: string;
  serviceId: string;
  startsAt: Date;
  endsAt: Date;
  citizenName: string;
  email: string | null;
  phone: string | null;
  fiscalCode: string | null;
  channel: Channel;
  /** When the citizen accepted the privacy notice; required for online bookings (CHECK). */
  privacyConsentAt: Date | null;
  locale: "it" | "en";
  /** One per form submission: submitting twice books once. */
  idempotencyKey: string;
}

export type BookSlotResult =
  | { ok: true; appointment: Appointment; replayed: boolean }
  | { ok: false; reason: "slot_taken" | "day_full" | "not_offered" | "closed" };

/**
 * Takes a place in a slot. The slot's validity (opening hours, closures, notice) is the caller's
 * check, done with lib/availability before this; the capacity is PostgreSQL's: each place (seat
 * 1…capacity) is held by one live appointment at a time (exclusion constraint), places beyond the
 * capacity and days beyond the daily cap are refused (trigger). Bookings of one slot queue on a lock
 * so that they do not race into the constraint, which would make them wait on each other.
 */
export async function bookSlot(db: Db, input: BookSlotInput): Promise<BookSlotResult> {
  const replay = await db.appointment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (replay) return { ok: true, appointment: replay, replayed: true };

  try {
    return await db.$transaction(async (tx): Promise<BookSlotResult> => {
      const offer = await tx.sedeService.findUnique({
        where: { sedeId_serviceId: { sedeId: input.sedeId, serviceId: input.serviceId } },
        select: { capacity: true, active: true },
      });
      if (!offer?.active) return { ok: false, reason: "not_offered" };

      await lockSlot(tx, input);
      // The same submission may have booked while this one waited for the lock.
      const earlier = await tx.appointment.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
      if (earlier) return { ok: true, appointment: earlier, replayed: true };
      const seat = await freeSeat(tx, input, offer.capacity);
      if (seat === null) return { ok: false, reason: "slot_taken" };
      const appointment = await tx.appointment.create({
        data: {
          sedeId: input.sedeId,
          serviceId: input.serviceId,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          citizenName: input.citizenName,
          email: input.email,
          phone: input.phone,
          fiscalCode: input.fiscalCode,
          channel: input.channel,
          privacyConsentAt: input.privacyConsentAt,
          locale: input.locale,
          seat,
          idempotencyKey: input.idempotencyKey,
          bookingCode: newBookingCode(),
        },
      });
      return { ok: true, appointment, replayed: false };
    }, SLOT_TRANSACTION);
  } catch (error) {
    const violation = constraintViolation(error)?.constraint;
    if (violation === "Appointment_idempotencyKey_key") {
      // The same submission, a moment earlier, on another request.
      const earlier = await db.appointment.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } });
      return { ok: true, appointment: earlier, replayed: true };
    }
    if (violation === "Appointment_within_daily_cap") return { ok: false, reason: "day_full" };
    // The desk was closed over the slot while this booking was on its way.
    if (violation === "Appointment_outside_closures") return { ok: false, reason: "closed" };
    // A booking of an overlapping slot of another length, or a capacity lowered meanwhile.
    if (violation === "Appointment_one_citizen_per_seat" || violation === "Appointment_seat_within_capacity") {
      return { ok: false, reason: "slot_taken" };
    }
    throw error;
  }
}
