import { audit } from "@/lib/audit/audit";
import { romeDay } from "@/lib/calendar/time";
import type { Db, DbClient } from "@/lib/db";
import { violates } from "@/lib/db-errors";

import { nextTicketNumber, queuedAt, ticketLabel } from "./tickets";

export type CheckInResult =
  | { ok: true; visitId: string; ticket: string }
  | { ok: false; reason: "not_found" | "other_day" | "cancelled" | "already_checked_in" | "closed" };

/**
 * Checks in the citizen of booking `code` at desk `sedeId`, today: the appointment becomes "arrived"
 * and the citizen gets a ticket in the queue. A code of another desk answers as unknown, so that a
 * desk cannot probe other desks' bookings.
 */
export async function checkIn(db: Db, input: { sedeId: string; code: string; staffId: string; now: Date }): Promise<CheckInResult> {
  const day = romeDay(input.now);
  try {
    return await db.$transaction(async (tx) => {
      // Locked: two volunteers scanning the same QR code at once check the citizen in once.
      const rows = await tx.$queryRaw<{ id: string; startsAt: Date; status: string; serviceId: string }[]>`
        SELECT "id", "startsAt", "status"::text AS "status", "serviceId" FROM "Appointment"
        WHERE "bookingCode" = ${input.code} AND "sedeId" = ${input.sedeId}::uuid FOR UPDATE`;
      const appointment = rows[0];
      if (!appointment) return { ok: false, reason: "not_found" } as const;
      if (appointment.status === "CANCELLED") return { ok: false, reason: "cancelled" } as const;
      if (romeDay(appointment.startsAt).getTime() !== day.getTime()) return { ok: false, reason: "other_day" } as const;
      if (appointment.status !== "BOOKED" && appointment.status !== "NO_SHOW") {
        return { ok: false, reason: appointment.status === "DONE" ? "closed" : "already_checked_in" } as const;
      }
      const visit = await issueTicket(tx, {
        sedeId: input.sedeId,
        serviceId: appointment.serviceId,
        appointment: { id: appointment.id, startsAt: appointment.startsAt },
        staffId: input.staffId,
        now: input.now,
      });
      await tx.appointment.update({ where: { id: appointment.id }, data: { status: "ARRIVED" } });
      await audit(tx, { actorId: input.staffId, action: "appointment.check_in", entityType: "Appointment", entityId: appointment.id, metadata: { visitId: visit.id }, at: input.now });
      return { ok: true, visitId: visit.id, ticket: ticketLabel(visit) } as const;
    });
  } catch (error) {
    // The unique visit per appointment: a check-in that raced another one.
    if (violates(error, "Visit_appointmentId_key")) return { ok: false, reason: "already_checked_in" };
    throw error;
  }
}

export type WalkInResult = { ok: true; visitId: string; ticket: string } | { ok: false; reason: "not_offered" };

/** Registers a citizen who came without a booking: a ticket in today's queue for `serviceCode`. */
export async function registerWalkIn(
  db: Db,
  input: { sedeId: string; serviceCode: string; name: string; staffId: string; now: Date },
): Promise<WalkInResult> {
  const offer = await db.sedeService.findFirst({
    where: { sedeId: input.sedeId, active: true, service: { code: input.serviceCode, active: true } },
    select: { serviceId: true },
  });
  if (!offer) return { ok: false, reason: "not_offered" };
  return db.$transaction(async (tx) => {
    const visit = await issueTicket(tx, { sedeId: input.sedeId, serviceId: offer.serviceId, citizenName: input.name, staffId: input.staffId, now: input.now });
    await audit(tx, { actorId: input.staffId, action: "visit.create", entityType: "Visit", entityId: visit.id, metadata: { channel: "WALK_IN" }, at: input.now });
    return { ok: true, visitId: visit.id, ticket: ticketLabel(visit) } as const;
  });
}

/** A visit with the desk's next ticket of the day, queued fairly (see `queuedAt`). */
async function issueTicket(
  tx: DbClient,
  input: { sedeId: string; serviceId: string; appointment?: { id: string; startsAt: Date }; citizenName?: string; staffId: string; now: Date },
) {
  const day = romeDay(input.now);
  return tx.visit.create({
    data: {
      sedeId: input.sedeId,
      serviceId: input.serviceId,
      appointmentId: input.appointment?.id ?? null,
      citizenName: input.citizenName ?? null,
      day,
      ticketNumber: await nextTicketNumber(tx, input.sedeId, day),
      arrivedAt: input.now,
      queuedAt: queuedAt(input.now, input.appointment?.startsAt ?? null),
      createdById: input.staffId,
    },
    select: { id: true, ticketNumber: true, appointmentId: true },
  });
}
