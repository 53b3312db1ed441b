import { audit } from "@/lib/audit/audit";
import type { DbClient } from "@/lib/db";
import { violates } from "@/lib/db-errors";

/** The desk's workstations in their order, with whether a volunteer has one open now. */
export async function listDeskWorkstations(db: DbClient, sedeId: string) {
  const rows = await db.workstation.findMany({
    where: { sedeId },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, active: true, shifts: { where: { closedAt: null }, select: { id: true } } },
  });
  return rows.map(({ shifts, ...row }) => ({ ...row, open: shifts.length > 0 }));
}

export type WorkstationResult = { ok: true; id: string } | { ok: false; reason: "name_taken" | "not_found" | "open" };

/** Adds a workstation at the end of the desk's list; the name is unique at the desk. */
export async function addWorkstation(db: DbClient, input: { sedeId: string; name: string; actorId: string }): Promise<WorkstationResult> {
  const last = await db.workstation.aggregate({ where: { sedeId: input.sedeId }, _max: { sortOrder: true } });
  let id: string;
  try {
    ({ id } = await db.workstation.create({
      data: { sedeId: input.sedeId, name: input.name, sortOrder: (last._max.sortOrder ?? 0) + 1 },
      select: { id: true },
    }));
  } catch (error) {
    if (violates(error, "Workstation_sedeId_name_key")) return { ok: false, reason: "name_taken" };
    throw error;
  }
  await audit(db, { actorId: input.actorId, action: "workstation.create", entityType: "Workstation", entityId: id, metadata: { sedeId: input.sedeId } });
  return { ok: true, id };
}

/** Renames a workstation of desk `sedeId`. */
export async function renameWorkstation(db: DbClient, input: { sedeId: string; id: string; name: string; actorId: string }): Promise<WorkstationResult> {
  try {
    const { count } = await db.workstation.updateMany({ where: { id: input.id, sedeId: input.sedeId }, data: { name: input.name } });
    if (count === 0) return { ok: false, reason: "not_found" };
  } catch (error) {
    if (violates(error, "Workstation_sedeId_name_key")) return { ok: false, reason: "name_taken" };
    throw error;
  }
  await audit(db, { actorId: input.actorId, action: "workstation.rename", entityType: "Workstation", entityId: input.id, metadata: { sedeId: input.sedeId } });
  return { ok: true, id: input.id };
}

/**
 * Deactivates (or reactivates) a workstation. Not while a volunteer has it open: the shift would be
 * left at a place that no longer exists. The check and the update are one statement.
 */
export async function setWorkstationActive(db: DbClient, input: { sedeId: string; id: string; active: boolean; actorId: string }): Promise<WorkstationResult> {
  const { count } = await db.workstation.updateMany({
    where: { id: input.id, sedeId: input.sedeId, ...(input.active ? {} : { shifts: { none: { closedAt: null } } }) },
    data: { active: input.active },
  });
  if (count === 0) {
    const exists = await db.workstation.count({ where: { id: input.id, sedeId: input.sedeId } });
    return { ok: false, reason: exists ? "open" : "not_found" };
  }
  await audit(db, {
    actorId: input.actorId,
    action: input.active ? "workstation.reactivate" : "workstation.deactivate",
    entityType: "Workstation",
    entityId: input.id,
    metadata: { sedeId: input.sedeId },
  });
  return { ok: true, id: input.id };
}
