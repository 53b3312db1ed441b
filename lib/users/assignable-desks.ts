import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AssignableDesk {
  id: string;
  name: string;
  scuCode: string;
  city: string;
  active: boolean;
}

/**
 * The desks `actor` may assign staff to, by city and name: an administrator every active desk, an OLP
 * the desks they supervise (the rule of `createStaffUser`), anybody else none. `alsoList` adds desks
 * in the actor's reach that would otherwise be left out (an edited user's inactive desk), so that
 * saving the form does not drop them unnoticed.
 */
export async function listAssignableDesks(
  db: DbClient,
  actor: Pick<Staff, "role" | "sedeIds">,
  options: { alsoList?: string[] } = {},
): Promise<AssignableDesk[]> {
  let where: Prisma.SedeWhereInput;
  if (actor.role === "ADMIN") where = { OR: [{ active: true }, { id: { in: options.alsoList ?? [] } }] };
  else if (actor.role === "OLP") where = { id: { in: actor.sedeIds } };
  else return [];
  return db.sede.findMany({
    where,
    select: { id: true, name: true, scuCode: true, city: true, active: true },
    orderBy: [{ city: "asc" }, { name: "asc" }, { scuCode: "asc" }],
  });
}
