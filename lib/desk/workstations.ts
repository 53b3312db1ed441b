import { audit } from "@/lib/audit/audit";
import type { Db, DbClient } from "@/lib/db";
import { violates } from "@/lib/db-errors";

export type ShiftResult = { ok: true } | { ok: false; reason: "not_found" | "taken" | "already_open" | "busy" };

/** The workstation `userId` has open, at any desk; null if none. */
export function openShiftOf(db: DbClient, userId: string) {
  return db.workstationShift.findFirst({
    where: { userId, closedAt: null },
    select: { id: true, openedAt: true, workstation: { select: { id: true, name: true, sedeId: true } } },
  });
}

/** `userId` takes workstation `workstationId` of desk `sedeId` for their shift. */
export async function openWorkstation(db: Db, input: { sedeId: string; workstationId: string; userId: string; now: Date }): Promise<ShiftResult> {
  const workstation = await db.workstation.findFirst({ where: { id: input.workstationId, sedeId: input.sedeId, active: true }, select: { id: true } });
  if (!workstation) return { ok: false, reason: "not_found" };
  try {
    await db.workstationShift.create({ data: { workstationId: workstation.id, userId: input.userId, openedAt: input.now } });
  } catch (error) {
    // The partial unique indexes decide races: one volunteer per workstation, one workstation each.
    if (violates(error, "WorkstationShift_one_open_per_workstation")) return { ok: false, reason: "taken" };
    if (violates(error, "WorkstationShift_one_open_per_user")) return { ok: false, reason: "already_open" };
    throw error;
  }
  await audit(db, { actorId: input.userId, action: "workstation.open", entityType: "Workstation", entityId: workstation.id, at: input.now });
  return { ok: true };
}

/** Ends `userId`'s shift; refused while a citizen is still called to or served at the workstation. */
export async function closeWorkstation(db: Db, input: { userId: string; now: Date }): Promise<ShiftResult> {
  const shift = await openShiftOf(db, input.userId);
  if (!shift) return { ok: false, reason: "not_found" };
  const live = await db.visit.count({ where: { workstationId: shift.workstation.id, status: { in: ["CALLED", "IN_PROGRESS"] } } });
  if (live > 0) return { ok: false, reason: "busy" };
  await db.workstationShift.update({ where: { id: shift.id }, data: { closedAt: input.now } });
  await audit(db, { actorId: input.userId, action: "workstation.close", entityType: "Workstation", entityId: shift.workstation.id, at: input.now });
  return { ok: true };
}
