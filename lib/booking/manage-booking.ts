import { audit } from "@/lib/audit/audit";
import { findOffer } from "@/lib/availability/load-slots";
import type { Db, DbClient } from "@/lib/db";
import { constraintViolation } from "@/lib/db-errors";
import type { CancelReason } from "@/lib/generated/prisma/client";

import { checkSlot, type CreateBookingResult, type SlotRefusal } from "./create-booking";
import { freeSeat, lockSlot, SLOT_TRANSACTION } from "./slot-lock";

/** The appointment booked with this code and e-mail, or null: the two must match together. */
export async function lookupBooking(db: DbClient, input: { code: string; email: string }): Promise<string | null> {
  const row = await db.appointment.findUnique({ where: { bookingCode: input.code }, select: { id: true, email: true } });
  return row && row.email?.toLowerCase() === input.email ? row.id : null;
}

/** Whether the citizen can still move or cancel it: booked, and not yet begun. */
export const isChangeable = (appointment: { status: string; startsAt: Date }, now: Date) =>
  appointment.status === "BOOKED" && appointment.startsAt > now;

export type ChangeRefusal = "not_found" | "not_changeable";

export type RescheduleResult =
  | { ok: true; startsAt: Date }
  | { ok: false; reason: ChangeRefusal | "not_offered" | "unchanged" }
  | Extract<CreateBookingResult, { alternatives: unknown }>;

/**
 * Moves a booking to another slot of the same service and desk, atomically: the new place is taken
 * in the same statement that gives up the old one, so the citizen never ends up with neither.
 */
export async function rescheduleBooking(
  db: Db,
  input: { appointmentId: string; day: string; time: string; now: Date },
): Promise<RescheduleResult> {
  const appointment = await db.appointment.findUnique({
    where: { id: input.appointmentId },
    select: { id: true, status: true, startsAt: true, sede: { select: { scuCode: true } }, sedeService: { select: { service: { select: { code: true } } } } },
  });
  if (!appointment) return { ok: false, reason: "not_found" };
  if (!isChangeable(appointment, input.now)) return { ok: false, reason: "not_changeable" };
  const offer = await findOffer(db, { scuCode: appointment.sede.scuCode, serviceCode: appointment.sedeService.service.code });
  if (!offer) return { ok: false, reason: "not_offered" };

  const checked = await checkSlot(db, offer, { day: input.day, time: input.time, now: input.now, ignoreAppointmentId: appointment.id });
  if (!checked.ok) return checked;
  if (checked.slot.startsAt.getTime() === appointment.startsAt.getTime()) return { ok: false, reason: "unchanged" };
  const slot = { sedeId: offer.sedeId, serviceId: offer.serviceId, startsAt: checked.slot.startsAt, endsAt: checked.slot.endsAt };

  const taken = async (reason: SlotRefusal = "slot_taken"): Promise<RescheduleResult> => {
    const again = await checkSlot(db, offer, { day: input.day, time: input.time, now: input.now, ignoreAppointmentId: appointment.id });
    return { ok: false, reason, alternatives: again.ok ? [] : again.alternatives };
  };

  try {
    const moved = await db.$transaction(async (tx) => {
      await lockSlot(tx, slot);
      const seat = await freeSeat(tx, slot, offer.capacity, appointment.id);
      if (seat === null) return "taken" as const;
      const { count } = await tx.appointment.updateMany({
        where: { id: appointment.id, status: "BOOKED", startsAt: { gt: input.now } },
        data: { startsAt: slot.startsAt, endsAt: slot.endsAt, seat, sequence: { increment: 1 }, reminderSentAt: null },
      });
      return count === 1 ? ("moved" as const) : ("gone" as const);
    }, SLOT_TRANSACTION);
    if (moved === "taken") return taken();
    if (moved === "gone") return { ok: false, reason: "not_changeable" };
  } catch (error) {
    const violation = constraintViolation(error)?.constraint;
    if (violation === "Appointment_one_citizen_per_seat" || violation === "Appointment_within_daily_cap") return taken();
    if (violation === "Appointment_outside_closures") return taken("slot_unavailable");
    throw error;
  }
  await audit(db, {
    actorId: null,
    action: "appointment.reschedule",
    entityType: "Appointment",
    entityId: appointment.id,
    metadata: { from: appointment.startsAt.toISOString(), to: slot.startsAt.toISOString() },
    at: input.now,
  });
  return { ok: true, startsAt: slot.startsAt };
}

/** Cancels a booking that has not begun; its place is free again at once. */
export async function cancelBooking(
  db: DbClient,
  input: { appointmentId: string; reason: CancelReason; now: Date },
): Promise<{ ok: true } | { ok: false; reason: ChangeRefusal }> {
  const { count } = await db.appointment.updateMany({
    where: { id: input.appointmentId, status: "BOOKED", startsAt: { gt: input.now } },
    data: { status: "CANCELLED", cancelledAt: input.now, cancelReason: input.reason },
  });
  if (count === 0) {
    const exists = await db.appointment.count({ where: { id: input.appointmentId } });
    return { ok: false, reason: exists ? "not_changeable" : "not_found" };
  }
  await audit(db, {
    actorId: null,
    action: "appointment.cancel",
    entityType: "Appointment",
    entityId: input.appointmentId,
    metadata: { reason: input.reason },
    at: input.now,
  });
  return { ok: true };
}
