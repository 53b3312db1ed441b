import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";

import { trainedVolunteerWhere } from "./access";
import { loadRegister, registerProjects, type TrainingRegister } from "./register";

export type RegisterLookup =
  | { ok: true; register: TrainingRegister; projects: { id: string; title: string }[]; volunteers: { userId: string; name: string }[] }
  | { ok: false; reason: "forbidden" | "not_found" | "none" };

/**
 * The register a supervisor asks for: a project some volunteer they follow is enrolled in (by default
 * the first), optionally one of those volunteers. An OLP reads only the volunteers of the desks they
 * supervise; an administrator everyone's.
 */
export async function supervisedRegister(
  db: DbClient,
  staff: Pick<Staff, "role" | "sedeIds">,
  input: { projectId?: string; userId?: string; today: string },
): Promise<RegisterLookup> {
  const visible = trainedVolunteerWhere(staff);
  if (!visible) return { ok: false, reason: "forbidden" };
  const projects = await registerProjects(db, visible);
  if (projects.length === 0) return { ok: false, reason: "none" };
  const projectId = input.projectId ?? projects[0].id;
  if (!projects.some((project) => project.id === projectId)) return { ok: false, reason: "not_found" };
  const [register, volunteers] = await Promise.all([
    loadRegister(db, { projectId, visible, userId: input.userId, today: input.today }),
    db.user.findMany({ where: { AND: [visible, { enrolment: { projectId } }] }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true } }),
  ]);
  if (!register) return { ok: false, reason: "not_found" };
  return { ok: true, register, projects, volunteers: volunteers.map((volunteer) => ({ userId: volunteer.id, name: volunteer.name })) };
}

/** The signed-in volunteer's own register; null when they are not enrolled. */
export async function ownRegister(db: DbClient, userId: string, today: string): Promise<TrainingRegister | null> {
  const enrolment = await db.enrolment.findUnique({ where: { userId }, select: { projectId: true } });
  if (!enrolment) return null;
  return loadRegister(db, { projectId: enrolment.projectId, visible: { id: userId }, userId, today });
}
