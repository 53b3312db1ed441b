import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";
import { supervisedDeskWhere } from "@/lib/staff/supervised-desks";

import { dayOfDate } from "./dates";

export interface ReviewedVolunteer {
  userId: string;
  name: string;
  desks: string[];
  project: string;
  /** Mondays of the weeks sent and waiting for a decision. */
  pending: string[];
}

/** The enrolled volunteers of the desks `staff` supervises, with the weeks waiting for a decision. */
export async function listReviewedVolunteers(db: DbClient, staff: Pick<Staff, "role" | "sedeIds">): Promise<ReviewedVolunteer[]> {
  const desks = supervisedDeskWhere(staff);
  if (!desks) return [];
  const volunteers = await db.user.findMany({
    where: { role: "VOLUNTEER", active: true, enrolment: { isNot: null }, sedi: { some: { sede: desks } } },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      sedi: { select: { sede: { select: { name: true } } } },
      enrolment: { select: { project: { select: { title: true } } } },
      weeks: { where: { status: "SUBMITTED" }, orderBy: { weekStart: "asc" }, select: { weekStart: true } },
    },
  });
  return volunteers.map((volunteer) => ({
    userId: volunteer.id,
    name: volunteer.name,
    desks: volunteer.sedi.map((link) => link.sede.name),
    project: volunteer.enrolment?.project.title ?? "",
    pending: volunteer.weeks.map((week) => dayOfDate(week.weekStart)),
  }));
}
