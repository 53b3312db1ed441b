import { audit } from "@/lib/audit/audit";
import { romeDay } from "@/lib/calendar/time";
import type { Db } from "@/lib/db";
import { violates } from "@/lib/db-errors";

import { ticketLabel } from "./tickets";

export type CallNextResult =
  | { ok: true; visitId: string; ticket: string; workstation: string }
  | { ok: false; reason: "no_workstation" | "busy" | "empty" };

/**
 * Calls the first citizen of the desk's queue to the workstation `userId` has open. Racing calls
 * skip each other's locked rows (FOR UPDATE SKIP LOCKED), so two volunteers pressing at the same
 * instant get two different citizens; the database also refuses a second live citizen at one
 * workstation.
 */
export async function callNext(db: Db, input: { sedeId: string; userId: string; now: Date }): Promise<CallNextResult> {
  const day = romeDay(input.now);
  try {
    return await db.$transaction(async (tx) => {
      const shift = await tx.workstationShift.findFirst({
        where: { userId: input.userId, closedAt: null, workstation: { sedeId: input.sedeId } },
        select: { workstation: { select: { id: true, name: true } } },
      });
      if (!shift) return { ok: false, reason: "no_workstation" } as const;
      const live = await tx.visit.count({ where: { workstationId: shift.workstation.id, status: { in: ["CALLED", "IN_PROGRESS"] } } });
      if (live > 0) return { ok: false, reason: "busy" } as const;
      const next = await tx.$queryRaw<{ id: string; ticketNumber: number; appointmentId: string | null }[]>`
        SELECT "id", "ticketNumber", "appointmentId" FROM "Visit"
        WHERE "sedeId" = ${input.sedeId}::uuid AND "day" = ${day}::date AND "status" = 'WAITING'
        ORDER BY "queuedAt", "ticketNumber"
        LIMIT 1 FOR UPDATE SKIP LOCKED`;
      const visit = next[0];
      if (!visit) return { ok: false, reason: "empty" } as const;
      await tx.visit.update({
        where: { id: visit.id },
        data: { status: "CALLED", workstationId: shift.workstation.id, servedById: input.userId, calledAt: input.now },
      });
      await audit(tx, { actorId: input.userId, action: "visit.call", entityType: "Visit", entityId: visit.id, metadata: { workstationId: shift.workstation.id }, at: input.now });
      return { ok: true, visitId: visit.id, ticket: ticketLabel(visit), workstation: shift.workstation.name } as const;
    });
  } catch (error) {
    // Two calls from one workstation at once: the second finds it taken.
    if (violates(error, "Visit_one_live_per_workstation")) return { ok: false, reason: "busy" };
    throw error;
  }
}
