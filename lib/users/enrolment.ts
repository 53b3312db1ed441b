import { addDays, addYears, format, parseISO } from "date-fns";

import type { DbClient } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";

export type EnrolmentPlan =
  | { ok: true; enrolment: { projectId: string; startsOn: Date; endsOn: Date } | null }
  | { ok: false; error: "enrolment_needs_volunteer" | "enrolment_needs_one_project" };

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * What a user's year of service should be after the staff form: none without a start day; for a
 * volunteer, twelve months from it in the one project their desks take part in.
 */
export async function planEnrolment(db: DbClient, input: { role: Role; sedeIds: string[]; serviceStartsOn?: string }): Promise<EnrolmentPlan> {
  if (!input.serviceStartsOn) return { ok: true, enrolment: null };
  if (input.role !== "VOLUNTEER") return { ok: false, error: "enrolment_needs_volunteer" };
  const projects = await db.projectSede.findMany({ where: { sedeId: { in: input.sedeIds } }, distinct: ["projectId"], select: { projectId: true } });
  if (projects.length !== 1) return { ok: false, error: "enrolment_needs_one_project" };
  const last = format(addDays(addYears(parseISO(input.serviceStartsOn), 1), -1), "yyyy-MM-dd");
  return { ok: true, enrolment: { projectId: projects[0].projectId, startsOn: asDate(input.serviceStartsOn), endsOn: asDate(last) } };
}

/** Makes the user's enrolment what `plan` says (in the caller's transaction). */
export async function applyEnrolment(tx: DbClient, userId: string, plan: Extract<EnrolmentPlan, { ok: true }>): Promise<void> {
  if (!plan.enrolment) {
    await tx.enrolment.deleteMany({ where: { userId } });
    return;
  }
  await tx.enrolment.upsert({ where: { userId }, create: { userId, ...plan.enrolment }, update: plan.enrolment });
}

/** A user's first day of service as the form shows it, or "". */
export async function serviceStartOf(db: DbClient, userId: string): Promise<string> {
  const enrolment = await db.enrolment.findUnique({ where: { userId }, select: { startsOn: true } });
  return enrolment ? enrolment.startsOn.toISOString().slice(0, 10) : "";
}
