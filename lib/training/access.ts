import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { supervisedDeskWhere } from "@/lib/staff/supervised-desks";

type Supervisor = Pick<Staff, "role" | "sedeIds">;

/**
 * The projects whose training `staff` runs: every project for an administrator; for an OLP, the
 * projects of the desks they supervise and those their volunteers are enrolled in; none for others.
 */
export function trainingProjectWhere(staff: Supervisor): Prisma.ProjectWhereInput | null {
  const desks = supervisedDeskWhere(staff);
  if (!desks) return null;
  if (staff.role === "ADMIN") return {};
  return {
    OR: [{ sedi: { some: { sede: desks } } }, { enrolments: { some: { user: { sedi: { some: { sede: desks } } } } } }],
  };
}

/** The volunteers whose training `staff` follows: as `canReview` for timesheets, by supervised desk. */
export function trainedVolunteerWhere(staff: Supervisor): Prisma.UserWhereInput | null {
  const desks = supervisedDeskWhere(staff);
  if (!desks) return null;
  if (staff.role === "ADMIN") return { role: "VOLUNTEER" };
  return { role: "VOLUNTEER", sedi: { some: { sede: desks } } };
}

/** Whether `staff` may see and record the attendance of session `sessionId`. */
export async function canManageSession(db: DbClient, staff: Supervisor, sessionId: string): Promise<boolean> {
  const projects = trainingProjectWhere(staff);
  if (!projects) return false;
  return (await db.trainingSession.count({ where: { id: sessionId, project: projects } })) > 0;
}

/** Whether `staff` may add sessions to project `projectId`. */
export async function canManageProject(db: DbClient, staff: Supervisor, projectId: string): Promise<boolean> {
  const projects = trainingProjectWhere(staff);
  if (!projects) return false;
  return (await db.project.count({ where: { AND: [{ id: projectId }, projects] } })) > 0;
}
