import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayOfDate } from "@/lib/timesheets/dates";

import { trainingProgress, type ProgressRow, type TrainingKind, type TrainingTargets } from "./progress";

// The training register ("registro della formazione") an SCU project keeps: every session with its
// day, times, kind, module, trainer and length, who attended it and for how long, and each volunteer's
// totals against the project's targets. Read here once; the page, the CSV and the PDF lay it out.

export interface RegisterAttendee {
  userId: string;
  name: string;
  minutes: number;
}

export interface RegisterSession {
  id: string;
  day: string;
  startMinute: number;
  minutes: number;
  kind: TrainingKind;
  title: string;
  trainer: string | null;
  place: string | null;
  attendees: RegisterAttendee[];
}

export interface RegisterVolunteer {
  userId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  rows: ProgressRow[];
}

export interface TrainingRegister {
  project: { id: string; code: string; title: string; enteName: string; targets: TrainingTargets };
  /** Set for one volunteer's register: then only the sessions they attended. */
  volunteer: { userId: string; name: string } | null;
  sessions: RegisterSession[];
  volunteers: RegisterVolunteer[];
}

/**
 * The register of project `projectId` as seen by someone who may read the volunteers of `visible`
 * (an OLP: those of the desks they supervise; a volunteer: themself). With `userId`, one volunteer's
 * register. Null when the project does not exist or, for one volunteer, when they are not a visible
 * volunteer enrolled in it.
 */
export async function loadRegister(
  db: DbClient,
  input: { projectId: string; visible: Prisma.UserWhereInput; userId?: string; today: string },
): Promise<TrainingRegister | null> {
  const project = await db.project.findUnique({
    where: { id: input.projectId },
    select: {
      id: true,
      code: true,
      title: true,
      generalTrainingMinutes: true,
      specificTrainingMinutes: true,
      tutoringMinutes: true,
      tutoringGroupMinutes: true,
      tutoringIndividualMinutes: true,
      ente: { select: { name: true } },
    },
  });
  if (!project) return null;
  const enrolled: Prisma.UserWhereInput = { AND: [input.visible, { enrolment: { projectId: project.id } }, ...(input.userId ? [{ id: input.userId }] : [])] };
  const users = await db.user.findMany({
    where: enrolled,
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, enrolment: { select: { startsOn: true, endsOn: true } } },
  });
  if (input.userId && users.length === 0) return null;
  const ids = users.map((user) => user.id);
  const sessions = await db.trainingSession.findMany({
    where: { projectId: project.id, ...(input.userId ? { attendances: { some: { userId: input.userId } } } : {}) },
    orderBy: [{ day: "asc" }, { startMinute: "asc" }, { title: "asc" }],
    select: {
      id: true,
      day: true,
      startMinute: true,
      minutes: true,
      kind: true,
      title: true,
      trainer: true,
      place: true,
      attendances: { where: { userId: { in: ids } }, select: { userId: true, minutes: true } },
    },
  });
  const names = new Map(users.map((user) => [user.id, user.name]));
  const targets: TrainingTargets = {
    generalMinutes: project.generalTrainingMinutes,
    specificMinutes: project.specificTrainingMinutes,
    tutoringMinutes: project.tutoringMinutes,
    tutoringGroupMinutes: project.tutoringGroupMinutes,
    tutoringIndividualMinutes: project.tutoringIndividualMinutes,
  };
  const registerSessions: RegisterSession[] = sessions.map(({ attendances, day, ...session }) => ({
    ...session,
    day: dayOfDate(day),
    attendees: attendances
      .map((attendance) => ({ userId: attendance.userId, name: names.get(attendance.userId) ?? "", minutes: attendance.minutes }))
      .sort((a, b) => a.name.localeCompare(b.name, "it")),
  }));
  const volunteers = users.flatMap((user) => {
    if (!user.enrolment) return [];
    const enrolment = { startsOn: dayOfDate(user.enrolment.startsOn), endsOn: dayOfDate(user.enrolment.endsOn) };
    const attended = registerSessions.flatMap((session) =>
      session.attendees.filter((attendee) => attendee.userId === user.id).map((attendee) => ({ kind: session.kind, day: session.day, minutes: attendee.minutes })),
    );
    return [{ userId: user.id, name: user.name, ...enrolment, rows: trainingProgress({ enrolment, targets, attended, today: input.today }).rows }];
  });
  return {
    project: { id: project.id, code: project.code, title: project.title, enteName: project.ente.name, targets },
    volunteer: input.userId ? { userId: users[0].id, name: users[0].name } : null,
    sessions: registerSessions,
    volunteers,
  };
}

/** The projects whose register `visible`'s volunteers give a reader: those they are enrolled in, by title. */
export async function registerProjects(db: DbClient, visible: Prisma.UserWhereInput): Promise<{ id: string; title: string }[]> {
  return db.project.findMany({
    where: { enrolments: { some: { user: visible } } },
    orderBy: { title: "asc" },
    select: { id: true, title: true },
  });
}
