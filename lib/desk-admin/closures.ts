import { audit } from "@/lib/audit/audit";
import type { Db, DbClient } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

export interface AffectedAppointment {
  id: string;
  startsAt: Date;
  endsAt: Date;
  serviceName: string;
  bookingCode: string;
  citizenName: string;
  /** Whether a mail can reach the citizen (bookings by phone or at the desk may have no e-mail). */
  hasEmail: boolean;
}

/**
 * The live appointments (BOOKED) at desk `sedeId` that a closure from `startsAt` to `endsAt` would
 * fall on: any that overlaps it, even by a minute. In time order.
 */
export async function findAffectedAppointments(
  db: DbClient,
  input: { sedeId: string; startsAt: Date; endsAt: Date; locale: Locale },
): Promise<AffectedAppointment[]> {
  const rows = await db.appointment.findMany({
    where: { sedeId: input.sedeId, status: "BOOKED", startsAt: { lt: input.endsAt }, endsAt: { gt: input.startsAt } },
    orderBy: [{ startsAt: "asc" }, { bookingCode: "asc" }],
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      bookingCode: true,
      citizenName: true,
      email: true,
      sedeService: { select: { service: { select: { code: true, translations: { where: { locale: input.locale }, select: { name: true } } } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    bookingCode: row.bookingCode,
    citizenName: row.citizenName,
    hasEmail: Boolean(row.email),
    serviceName: row.sedeService.service.translations[0]?.name ?? row.sedeService.service.code,
  }));
}

export type AddClosureResult =
  | { ok: true; closureId: string; cancelledIds: string[] }
  /** The booked appointments inside the closure are not (or no longer) those the OLP confirmed. */
  | { ok: false; reason: "unconfirmed"; affectedIds: string[] }
  | { ok: false; reason: "past" };

/**
 * Adds a closure to desk `sedeId` and cancels the booked appointments it falls on, in one
 * transaction: both happen or neither. `confirmedIds` are the appointments the OLP was shown; if the
 * appointments inside the closure differ at the moment of saving (a booking came in, or one was
 * cancelled), nothing is saved and the caller shows the new list. The rows are locked (FOR UPDATE),
 * so that no check-in or cancellation changes them between the check and the update.
 */
export async function addClosure(
  db: Db,
  input: { sedeId: string; startsAt: Date; endsAt: Date; reasonIt: string; reasonEn: string | null; confirmedIds: string[]; actorId: string; now: Date },
): Promise<AddClosureResult> {
  if (input.endsAt <= input.now) return { ok: false, reason: "past" };
  return db.$transaction(async (tx) => {
    // Exclusive against bookings of the desk, which take it shared (trigger "Appointment_outside_closures"):
    // a booking either committed before (and is in the list below) or waits and sees the closure.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('closures:' || ${input.sedeId}, 0))`;
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Appointment"
      WHERE "sedeId" = ${input.sedeId}::uuid AND "status" = 'BOOKED' AND "startsAt" < ${input.endsAt} AND "endsAt" > ${input.startsAt}
      ORDER BY "id" FOR UPDATE`;
    const affectedIds = locked.map((row) => row.id);
    const confirmed = new Set(input.confirmedIds);
    if (affectedIds.length !== confirmed.size || affectedIds.some((id) => !confirmed.has(id))) {
      return { ok: false, reason: "unconfirmed", affectedIds };
    }
    const closure = await tx.closure.create({
      data: { sedeId: input.sedeId, kind: "EXCEPTIONAL", startsAt: input.startsAt, endsAt: input.endsAt, reasonIt: input.reasonIt, reasonEn: input.reasonEn },
      select: { id: true },
    });
    if (affectedIds.length > 0) {
      await tx.appointment.updateMany({
        where: { id: { in: affectedIds }, status: "BOOKED" },
        data: { status: "CANCELLED", cancelledAt: input.now, cancelReason: "DESK_CLOSED" },
      });
    }
    await audit(tx, {
      actorId: input.actorId,
      action: "closure.create",
      entityType: "Closure",
      entityId: closure.id,
      metadata: { sedeId: input.sedeId, cancelledAppointments: affectedIds.length },
      at: input.now,
    });
    for (const id of affectedIds) {
      await audit(tx, { actorId: input.actorId, action: "appointment.cancel", entityType: "Appointment", entityId: id, metadata: { reason: "DESK_CLOSED", closureId: closure.id }, at: input.now });
    }
    return { ok: true, closureId: closure.id, cancelledIds: affectedIds };
  });
}

/** Deletes a closure of desk `sedeId` that has not started yet (past ones are the desk's history). */
export async function deleteClosure(
  db: DbClient,
  input: { sedeId: string; closureId: string; actorId: string; now: Date },
): Promise<{ ok: true } | { ok: false; reason: "not_found" }> {
  const { count } = await db.closure.deleteMany({ where: { id: input.closureId, sedeId: input.sedeId, startsAt: { gt: input.now } } });
  if (count === 0) return { ok: false, reason: "not_found" };
  await audit(db, { actorId: input.actorId, action: "closure.delete", entityType: "Closure", entityId: input.closureId, metadata: { sedeId: input.sedeId }, at: input.now });
  return { ok: true };
}

/** The desk's stored closures that have not ended yet, soonest first. */
export function listCurrentClosures(db: DbClient, input: { sedeId: string; now: Date }) {
  return db.closure.findMany({
    where: { sedeId: input.sedeId, endsAt: { gt: input.now } },
    orderBy: { startsAt: "asc" },
    select: { id: true, kind: true, startsAt: true, endsAt: true, reasonIt: true, reasonEn: true },
  });
}
