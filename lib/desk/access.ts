import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";

export interface WorkDesk {
  id: string;
  scuCode: string;
  name: string;
}

/** The desk `scuCode` if `staff` works there (an administrator: any desk); null otherwise. */
export async function findWorkDesk(db: DbClient, staff: Pick<Staff, "role" | "sedeIds">, scuCode: string): Promise<WorkDesk | null> {
  if (!/^\d{1,10}$/.test(scuCode)) return null;
  const desk = await db.sede.findUnique({ where: { scuCode }, select: { id: true, scuCode: true, name: true, active: true } });
  if (!desk?.active) return null;
  if (staff.role !== "ADMIN" && !staff.sedeIds.includes(desk.id)) return null;
  return { id: desk.id, scuCode: desk.scuCode, name: desk.name };
}
