import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface SupervisedVolunteer {
  id: string;
  name: string;
  email: string;
  active: boolean;
  lastSignInAt: Date | null;
}

export interface SupervisedDesk {
  id: string;
  scuCode: string;
  name: string;
  city: string;
  active: boolean;
  /** Users with the VOLUNTEER role assigned to the desk, by name. */
  volunteers: SupervisedVolunteer[];
}

/**
 * The desks whose volunteers `staff` may see: every desk for an administrator, their own for an OLP,
 * none for anybody else. Null means "none", so that no query is made at all.
 */
export function supervisedDeskWhere(staff: Pick<Staff, "role" | "sedeIds">): Prisma.SedeWhereInput | null {
  if (staff.role === "ADMIN") return {};
  if (staff.role === "OLP") return { id: { in: staff.sedeIds } };
  return null;
}

/** The supervision page's data: each supervised desk with its volunteers. */
export async function listSupervisedDesks(db: DbClient, staff: Pick<Staff, "role" | "sedeIds">): Promise<SupervisedDesk[]> {
  const where = supervisedDeskWhere(staff);
  if (!where) return [];
  const desks = await db.sede.findMany({
    where,
    orderBy: [{ active: "desc" }, { name: "asc" }, { scuCode: "asc" }],
    select: {
      id: true,
      scuCode: true,
      name: true,
      city: true,
      active: true,
      users: {
        where: { user: { role: "VOLUNTEER" } },
        orderBy: [{ user: { name: "asc" } }, { user: { email: "asc" } }],
        select: { user: { select: { id: true, name: true, email: true, active: true, lastSignInAt: true } } },
      },
    },
  });
  return desks.map(({ users, ...desk }) => ({ ...desk, volunteers: users.map(({ user }) => user) }));
}
