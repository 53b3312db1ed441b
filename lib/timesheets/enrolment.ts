import type { DbClient } from "@/lib/db";

import { dayOfDate } from "./dates";

export interface VolunteerEnrolment {
  userId: string;
  name: string;
  project: { id: string; code: string; title: string };
  startsOn: string;
  endsOn: string;
  rules: { annualServiceMinutes: number; weeklyAverageMinutes: number | null; weeklyMinimumMinutes: number | null; serviceDaysPerWeek: number };
  activities: { code: string; title: string }[];
}

/** The volunteer's year of service, with the project's rules and activity codes; null if not enrolled. */
export async function loadEnrolment(db: DbClient, userId: string): Promise<VolunteerEnrolment | null> {
  const row = await db.enrolment.findUnique({
    where: { userId },
    include: {
      user: { select: { name: true } },
      project: { include: { activities: { orderBy: { code: "asc" }, select: { code: true, title: true } } } },
    },
  });
  if (!row) return null;
  const project = row.project;
  return {
    userId,
    name: row.user.name,
    project: { id: project.id, code: project.code, title: project.title },
    startsOn: dayOfDate(row.startsOn),
    endsOn: dayOfDate(row.endsOn),
    rules: {
      annualServiceMinutes: project.annualServiceMinutes,
      weeklyAverageMinutes: project.weeklyAverageMinutes,
      weeklyMinimumMinutes: project.weeklyMinimumMinutes,
      serviceDaysPerWeek: project.serviceDaysPerWeek,
    },
    activities: project.activities,
  };
}
