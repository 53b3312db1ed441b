import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";
import { scuCodeSchema } from "@/lib/desks/schema";
import { supervisedDeskWhere } from "@/lib/staff/supervised-desks";

export interface SupervisedDeskRef {
  id: string;
  scuCode: string;
  name: string;
  city: string;
  active: boolean;
}

export type SupervisedDeskLookup = { ok: true; desk: SupervisedDeskRef } | { ok: false; reason: "not_found" | "forbidden" };

/**
 * Desk `scuCode` if `staff` supervises it (an administrator: any desk, active or not, since past
 * figures stay readable). A code that names no desk is "not_found"; another OLP's desk "forbidden".
 */
export async function findSupervisedDesk(db: DbClient, staff: Pick<Staff, "role" | "sedeIds">, scuCode: string): Promise<SupervisedDeskLookup> {
  if (!scuCodeSchema.safeParse(scuCode).success) return { ok: false, reason: "not_found" };
  const where = supervisedDeskWhere(staff);
  const select = { id: true, scuCode: true, name: true, city: true, active: true } as const;
  const desk = where ? await db.sede.findFirst({ where: { AND: [where, { scuCode }] }, select }) : null;
  if (desk) return { ok: true, desk };
  return (await db.sede.count({ where: { scuCode } })) > 0 ? { ok: false, reason: "forbidden" } : { ok: false, reason: "not_found" };
}
