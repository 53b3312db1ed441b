import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayOfDate } from "@/lib/timesheets/dates";

import { trainedVolunteerWhere } from "./access";
import { trainingProgress, type TrainingKind, type TrainingProgress } from "./progress";

export interface AttendedSessionDetail {
  sessionId: string;
  kind: TrainingKind;
  title: string;
  day: string;
  startMinute: number;
  sessionMinutes: number;
  minutes: number;
  place: string | null;
}

export interface VolunteerTraining {
  userId: string;
  name: string;
  project: { id: string; title: string };
  startsOn: string;
  endsOn: string;
  attended: AttendedSessionDetail[];
  progress: TrainingProgress;
}

const select = {
  id: true,
  name: true,
  enrolment: {
    select: {
      startsOn: true,
      endsOn: true,
      project: {
        select: {
          id: true,
          title: true,
          generalTrainingMinutes: true,
          specificTrainingMinutes: true,
          tutoringMinutes: true,
          tutoringGroupMinutes: true,
          tutoringIndividualMinutes: true,
        },
      },
      trainingAttendances: {
        orderBy: [{ session: { day: "asc" } }, { session: { startMinute: "asc" } }],
        select: { minutes: true, session: { select: { id: true, kind: true, title: true, day: true, startMinute: true, minutes: true, place: true } } },
      },
    },
  },
} satisfies Prisma.UserSelect;

async function load(db: DbClient, where: Prisma.UserWhereInput, today: string): Promise<VolunteerTraining[]> {
  const rows = await db.user.findMany({ where: { AND: [where, { enrolment: { isNot: null } }] }, orderBy: [{ name: "asc" }, { email: "asc" }], select });
  return rows.flatMap((row) => {
    const enrolment = row.enrolment;
    if (!enrolment) return [];
    const project = enrolment.project;
    const attended = enrolment.trainingAttendances.map(({ minutes, session }) => ({
      sessionId: session.id,
      kind: session.kind,
      title: session.title,
      day: dayOfDate(session.day),
      startMinute: session.startMinute,
      sessionMinutes: session.minutes,
      minutes,
      place: session.place,
    }));
    const period = { startsOn: dayOfDate(enrolment.startsOn), endsOn: dayOfDate(enrolment.endsOn) };
    return [
      {
        userId: row.id,
        name: row.name,
        project: { id: project.id, title: project.title },
        ...period,
        attended,
        progress: trainingProgress({
          enrolment: period,
          targets: {
            generalMinutes: project.generalTrainingMinutes,
            specificMinutes: project.specificTrainingMinutes,
            tutoringMinutes: project.tutoringMinutes,
            tutoringGroupMinutes: project.tutoringGroupMinutes,
            tutoringIndividualMinutes: project.tutoringIndividualMinutes,
          },
          attended,
          today,
        }),
      },
    ];
  });
}

/** The signed-in volunteer's own training; null when not enrolled. */
export async function loadOwnTraining(db: DbClient, userId: string, today: string): Promise<VolunteerTraining | null> {
  return (await load(db, { id: userId }, today))[0] ?? null;
}

/** The training of every enrolled volunteer `staff` follows, by name. */
export async function listVolunteerTraining(db: DbClient, staff: Pick<Staff, "role" | "sedeIds">, today: string): Promise<VolunteerTraining[]> {
  const where = trainedVolunteerWhere(staff);
  return where ? load(db, { ...where, active: true }, today) : [];
}
