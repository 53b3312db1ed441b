import { audit } from "@/lib/audit/audit";
import { findOffer, loadOfferSlots, nearestSlots } from "@/lib/availability/load-slots";
import type { Slot } from "@/lib/availability/slots";
import { romeInstant } from "@/lib/calendar/time";
import type { Db } from "@/lib/db";
import type { Appointment } from "@/lib/generated/prisma/client";

import { bookSlot } from "./book-slot";
import type { BookingForm } from "./schema";

export type SlotRefusal = "slot_taken" | "slot_unavailable";

export type CreateBookingResult =
  | { ok: true; appointment: Appointment; replayed: boolean }
  | { ok: false; reason: "not_offered" | "fiscal_code_required" }
  | { ok: false; reason: SlotRefusal; alternatives: Slot[] };

/** The slot at a Rome day and time, if the offer lays one out there and it still has a place. */
export async function checkSlot(
  db: Db,
  offer: NonNullable<Awaited<ReturnType<typeof findOffer>>>,
  input: { day: string; time: string; now: Date; ignoreAppointmentId?: string },
): Promise<{ ok: true; slot: Slot } | { ok: false; reason: SlotRefusal; alternatives: Slot[] }> {
  const slots = await loadOfferSlots(db, offer, { now: input.now, ignoreAppointmentId: input.ignoreAppointmentId });
  const startsAt = romeInstant(input.day, input.time);
  const same = (slot: Slot) => startsAt !== null && slot.startsAt.getTime() === startsAt.getTime();
  const slot = slots.free.find(same);
  if (slot) return { ok: true, slot };
  const target = startsAt ?? romeInstant(input.day, "12:00") ?? input.now;
  return {
    ok: false,
    // A slot the hours lay out but that has no place left was taken; anything else never existed.
    reason: slots.laidOut.some(same) ? "slot_taken" : "slot_unavailable",
    alternatives: nearestSlots(slots.free, target),
  };
}

/**
 * A citizen's online booking: the slot must be one the desk offers now (hours, closures, notice,
 * horizon), then PostgreSQL gives it a place or answers that it was just taken, with the nearest
 * free times. A repeated submission returns the booking it already made.
 */
export async function createBooking(
  db: Db,
  form: BookingForm,
  context: { now: Date; locale: "it" | "en" },
): Promise<CreateBookingResult> {
  const replay = async () => {
    const earlier = await db.appointment.findUnique({ where: { idempotencyKey: form.idempotencyKey } });
    return earlier ? ({ ok: true, appointment: earlier, replayed: true } as const) : null;
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const offer = await findOffer(db, { scuCode: form.scuCode, serviceCode: form.serviceCode });
  if (!offer) return { ok: false, reason: "not_offered" };
  if (offer.requiresFiscalCode && !form.fiscalCode) return { ok: false, reason: "fiscal_code_required" };

  const checked = await checkSlot(db, offer, { day: form.day, time: form.time, now: context.now });
  // A double submission whose twin has just filled the slot: it booked, not "taken".
  if (!checked.ok) return (await replay()) ?? checked;

  const result = await bookSlot(db, {
    sedeId: offer.sedeId,
    serviceId: offer.serviceId,
    startsAt: checked.slot.startsAt,
    endsAt: checked.slot.endsAt,
    citizenName: form.name,
    email: form.email,
    phone: form.phone ?? null,
    // Only the services that need it keep it: data minimisation (GDPR art. 5).
    fiscalCode: offer.requiresFiscalCode ? (form.fiscalCode ?? null) : null,
    channel: "ONLINE",
    privacyConsentAt: context.now,
    locale: context.locale,
    idempotencyKey: form.idempotencyKey,
  });
  if (!result.ok) {
    if (result.reason === "not_offered") return { ok: false, reason: "not_offered" };
    const again = await checkSlot(db, offer, { day: form.day, time: form.time, now: context.now });
    return { ok: false, reason: again.ok ? "slot_taken" : again.reason, alternatives: again.ok ? [] : again.alternatives };
  }
  if (!result.replayed) {
    await audit(db, { actorId: null, action: "appointment.create", entityType: "Appointment", entityId: result.appointment.id, metadata: { channel: "ONLINE" }, at: context.now });
  }
  return result;
}
