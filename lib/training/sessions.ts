import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/session";
import type { Db, DbClient } from "@/lib/db";
import { constraintViolation } from "@/lib/db-errors";
import { dateOfDay, dayOfDate } from "@/lib/timesheets/dates";

import { trainedVolunteerWhere, trainingProjectWhere } from "./access";
import type { TrainingKind } from "./progress";
import type { AttendanceForm, SessionForm } from "./schema";

type Supervisor = Pick<Staff, "id" | "role" | "sedeIds">;

export interface SessionSummary {
  id: string;
  project: { id: string; title: string };
  kind: TrainingKind;
  title: string;
  day: string;
  startMinute: number;
  minutes: number;
  place: string | null;
  trainer: string | null;
  attendees: number;
}

const summarySelect = {
  id: true,
  kind: true,
  title: true,
  day: true,
  startMinute: true,
  minutes: true,
  place: true,
  trainer: true,
  project: { select: { id: true, title: true } },
  _count: { select: { attendances: true } },
} as const;

function summary(row: {
  id: string;
  kind: TrainingKind;
  title: string;
  day: Date;
  startMinute: number;
  minutes: number;
  place: string | null;
  trainer: string | null;
  project: { id: string; title: string };
  _count: { attendances: number };
}): SessionSummary {
  const { _count, day, ...rest } = row;
  return { ...rest, day: dayOfDate(day), attendees: _count.attendances };
}

/** The projects `staff` may add sessions to, by title. */
export async function listTrainingProjects(db: DbClient, staff: Supervisor): Promise<{ id: string; title: string }[]> {
  const where = trainingProjectWhere(staff);
  if (!where) return [];
  return db.project.findMany({ where, orderBy: { title: "asc" }, select: { id: true, title: true } });
}

/** The sessions of the projects `staff` runs, newest first. */
export async function listSessions(db: DbClient, staff: Supervisor): Promise<SessionSummary[]> {
  const where = trainingProjectWhere(staff);
  if (!where) return [];
  const rows = await db.trainingSession.findMany({
    where: { project: where },
    orderBy: [{ day: "desc" }, { startMinute: "desc" }, { title: "asc" }],
    take: 200,
    select: summarySelect,
  });
  return rows.map(summary);
}

export async function loadSession(db: DbClient, sessionId: string): Promise<SessionSummary | null> {
  const row = await db.trainingSession.findUnique({ where: { id: sessionId }, select: summarySelect });
  return row ? summary(row) : null;
}

/** Adds a session; the caller has checked that `staff` runs the project. */
export async function createSession(db: Db, input: { form: SessionForm; staff: Supervisor }): Promise<{ id: string }> {
  const { form, staff } = input;
  return db.$transaction(async (tx) => {
    const session = await tx.trainingSession.create({
      data: {
        projectId: form.projectId,
        kind: form.kind,
        title: form.title,
        day: dateOfDay(form.day),
        startMinute: form.start,
        minutes: form.minutes,
        place: form.place ?? null,
        trainer: form.trainer ?? null,
        createdById: staff.id,
      },
      select: { id: true },
    });
    await audit(tx, { actorId: staff.id, action: "training.session_create", entityType: "TrainingSession", entityId: session.id, metadata: { projectId: form.projectId, kind: form.kind } });
    return session;
  });
}

export interface Attendee {
  userId: string;
  name: string;
  /** Minutes recorded for the session; null when not recorded as present. */
  minutes: number | null;
}

/**
 * The volunteers whose attendance `staff` records at `session`: enrolled in its project on its day, and
 * followed by `staff` (their desks' OLP, or an administrator), by name.
 */
export async function listAttendees(db: DbClient, staff: Supervisor, session: Pick<SessionSummary, "id" | "project" | "day">): Promise<Attendee[]> {
  const volunteers = trainedVolunteerWhere(staff);
  if (!volunteers) return [];
  const day = dateOfDay(session.day);
  const rows = await db.user.findMany({
    where: { AND: [volunteers, { enrolment: { projectId: session.project.id, startsOn: { lte: day }, endsOn: { gte: day } } }] },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    select: { id: true, name: true, enrolment: { select: { trainingAttendances: { where: { sessionId: session.id }, select: { minutes: true } } } } },
  });
  return rows.map((row) => ({ userId: row.id, name: row.name, minutes: row.enrolment?.trainingAttendances[0]?.minutes ?? null }));
}

export type AttendanceResult =
  | { ok: true; present: number }
  | { ok: false; reason: "not_found" | "not_attendee" | "not_yet" | "individual_single" }
  | { ok: false; reason: "too_long"; userId: string };

/**
 * Records who attended `form.sessionId` among the volunteers `staff` follows there: the ones listed
 * present with their minutes, the others absent. Other OLPs' volunteers at the session are left as
 * they are. PostgreSQL refuses what the checks here would miss (enrolment, minutes, one attendee).
 */
export async function recordAttendance(db: Db, input: { form: AttendanceForm; staff: Supervisor; today: string }): Promise<AttendanceResult> {
  const { form, staff } = input;
  const session = await loadSession(db, form.sessionId);
  if (!session) return { ok: false, reason: "not_found" };
  if (session.day > input.today && form.present.length > 0) return { ok: false, reason: "not_yet" };
  const attendees = await listAttendees(db, staff, session);
  const known = new Set(attendees.map((attendee) => attendee.userId));
  if (form.present.some((entry) => !known.has(entry.userId))) return { ok: false, reason: "not_attendee" };
  const tooLong = form.present.find((entry) => entry.minutes > session.minutes);
  if (tooLong) return { ok: false, reason: "too_long", userId: tooLong.userId };
  if (session.kind === "TUTORING_INDIVIDUAL" && form.present.length > 1) return { ok: false, reason: "individual_single" };

  const present = new Set(form.present.map((entry) => entry.userId));
  try {
    await db.$transaction(async (tx) => {
      await tx.trainingAttendance.deleteMany({ where: { sessionId: session.id, userId: { in: [...known].filter((userId) => !present.has(userId)) } } });
      for (const entry of form.present) {
        await tx.trainingAttendance.upsert({
          where: { sessionId_userId: { sessionId: session.id, userId: entry.userId } },
          create: { sessionId: session.id, projectId: session.project.id, userId: entry.userId, minutes: entry.minutes },
          update: { minutes: entry.minutes, recordedAt: new Date() },
        });
      }
      await audit(tx, { actorId: staff.id, action: "training.attendance_record", entityType: "TrainingSession", entityId: session.id, metadata: { present: form.present.length } });
    });
  } catch (error) {
    // Another OLP's volunteer already attends this individual tutoring session.
    if (constraintViolation(error)?.constraint === "TrainingAttendance_individual_single") return { ok: false, reason: "individual_single" };
    throw error;
  }
  return { ok: true, present: form.present.length };
}
