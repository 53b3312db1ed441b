import { audit } from "@/lib/audit/audit";
import type { Db, DbClient } from "@/lib/db";

import type { OutcomeInput } from "./schema";

export type VisitChangeResult = { ok: true } | { ok: false; reason: "not_found" | "wrong_state" | "steps_missing" | "already_started" };

const LIVE = ["CALLED", "IN_PROGRESS"] as const;

/** The citizen sat down at the workstation: the service time starts now. */
export async function startVisit(db: Db, input: { sedeId: string; visitId: string; userId: string; now: Date }): Promise<VisitChangeResult> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.visit.updateMany({
      where: { id: input.visitId, sedeId: input.sedeId, status: "CALLED" },
      data: { status: "IN_PROGRESS", startedAt: input.now },
    });
    if (count === 0) return (await tx.visit.count({ where: { id: input.visitId, sedeId: input.sedeId } })) ? { ok: false, reason: "wrong_state" } : { ok: false, reason: "not_found" };
    await markAppointment(tx, input.visitId, "IN_PROGRESS");
    await audit(tx, { actorId: input.userId, action: "visit.start", entityType: "Visit", entityId: input.visitId, at: input.now });
    return { ok: true };
  });
}

/**
 * Closes the contact with its outcome: the end is stamped now, and so is the start if the volunteer
 * never pressed "start" (the service time then runs from the call). A citizen who did not come when
 * called is a no-show, which only a called (not started) visit can be.
 */
export async function recordOutcome(db: Db, input: OutcomeInput & { sedeId: string; userId: string; now: Date }): Promise<VisitChangeResult> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string; calledAt: Date | null; startedAt: Date | null }[]>`
      SELECT "status"::text AS "status", "calledAt", "startedAt" FROM "Visit"
      WHERE "id" = ${input.visitId}::uuid AND "sedeId" = ${input.sedeId}::uuid FOR UPDATE`;
    const visit = rows[0];
    if (!visit) return { ok: false, reason: "not_found" };
    if (!(LIVE as readonly string[]).includes(visit.status)) return { ok: false, reason: "wrong_state" };
    if (input.outcome === "NO_SHOW" && visit.status !== "CALLED") return { ok: false, reason: "already_started" };
    if (input.outcome === "COMPLETED" && (await missingSteps(tx, input.visitId)).length > 0) return { ok: false, reason: "steps_missing" };
    await tx.visit.update({
      where: { id: input.visitId },
      data: {
        status: "DONE",
        outcome: input.outcome,
        notPossibleReason: input.reason ?? null,
        autonomy: input.autonomy ?? null,
        notes: input.notes ?? null,
        startedAt: input.outcome === "NO_SHOW" ? null : (visit.startedAt ?? visit.calledAt),
        endedAt: input.now,
      },
    });
    await markAppointment(tx, input.visitId, input.outcome === "NO_SHOW" ? "NO_SHOW" : "DONE");
    await audit(tx, { actorId: input.userId, action: "visit.close", entityType: "Visit", entityId: input.visitId, metadata: { outcome: input.outcome }, at: input.now });
    return { ok: true };
  });
}

async function markAppointment(tx: DbClient, visitId: string, status: "IN_PROGRESS" | "DONE" | "NO_SHOW") {
  const visit = await tx.visit.findUniqueOrThrow({ where: { id: visitId }, select: { appointmentId: true } });
  if (visit.appointmentId) await tx.appointment.update({ where: { id: visit.appointmentId }, data: { status } });
}

/** A booked citizen who never came: once the appointment time has passed, the desk marks the no-show. */
export async function markNoShow(db: Db, input: { sedeId: string; appointmentId: string; userId: string; now: Date }): Promise<VisitChangeResult> {
  const { count } = await db.appointment.updateMany({
    where: { id: input.appointmentId, sedeId: input.sedeId, status: "BOOKED", startsAt: { lt: input.now } },
    data: { status: "NO_SHOW" },
  });
  if (count === 0) {
    return (await db.appointment.count({ where: { id: input.appointmentId, sedeId: input.sedeId } })) ? { ok: false, reason: "wrong_state" } : { ok: false, reason: "not_found" };
  }
  await audit(db, { actorId: input.userId, action: "appointment.no_show", entityType: "Appointment", entityId: input.appointmentId, at: input.now });
  return { ok: true };
}

/** The keys of the required steps of the visit's procedure that are not ticked done. */
export async function missingSteps(db: DbClient, visitId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ key: string }[]>`
    SELECT p."key" FROM "Visit" v
    JOIN "ProcedureStep" p ON p."serviceId" = v."serviceId" AND p."active" AND p."required"
    LEFT JOIN "VisitStep" s ON s."visitId" = v."id" AND s."stepKey" = p."key" AND s."done"
    WHERE v."id" = ${visitId}::uuid AND s."visitId" IS NULL
    ORDER BY p."position"`;
  return rows.map((row) => row.key);
}
