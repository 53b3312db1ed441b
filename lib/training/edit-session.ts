import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/session";
import type { Db, DbClient } from "@/lib/db";
import { constraintViolation } from "@/lib/db-errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateOfDay, dayOfDate } from "@/lib/timesheets/dates";

import { trainedVolunteerWhere } from "./access";
import type { SessionEdit } from "./schema";

type Supervisor = Pick<Staff, "id" | "role" | "sedeIds">;

/** The fields whose change moves or re-counts recorded attendance: asked to be confirmed first. */
export const ATTENDANCE_FIELDS = ["kind", "day", "start", "minutes"] as const;
export type AttendanceField = (typeof ATTENDANCE_FIELDS)[number];

export type EditSessionResult =
  | { ok: true; changed: AttendanceField[] }
  | { ok: false; reason: "not_found" | "others_attendance" | "individual_single" | "future_with_attendance" | "outside_enrolment" }
  | { ok: false; reason: "shorter_than_attendance"; longestMinutes: number }
  | { ok: false; reason: "needs_confirmation"; attendances: number; changed: AttendanceField[] };

export type DeleteSessionResult =
  | { ok: true; attendances: number; projectId: string }
  | { ok: false; reason: "not_found" | "others_attendance" }
  | { ok: false; reason: "count_changed"; attendances: number };

/** Locks the session's row, as recording attendance does (trigger), so that neither races the other. */
async function lockSession(tx: Prisma.TransactionClient, sessionId: string) {
  await tx.$queryRaw`SELECT 1 FROM "TrainingSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
  return tx.trainingSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      projectId: true,
      kind: true,
      day: true,
      startMinute: true,
      minutes: true,
      attendances: { select: { userId: true, minutes: true, enrolment: { select: { startsOn: true, endsOn: true } } } },
    },
  });
}

/**
 * How many of the session's attendance records are of volunteers `staff` does not follow (another
 * OLP's): an OLP may not change or delete what they cannot see; an administrator follows everyone.
 */
async function othersAttendance(db: DbClient, staff: Supervisor, sessionId: string): Promise<number> {
  if (staff.role === "ADMIN") return 0;
  const followed = trainedVolunteerWhere(staff);
  if (!followed) return Number.POSITIVE_INFINITY;
  return db.trainingAttendance.count({ where: { sessionId, NOT: { enrolment: { user: followed } } } });
}

/**
 * Changes a session. With attendance recorded, what would make it wrong is refused: shorter than an
 * attendance, individual tutoring with several attendees (PostgreSQL refuses both as well), moved into
 * the future, or to a day outside an attendee's year of service. What only re-counts it (another kind,
 * day, time or length) needs `confirmed`: the first call answers "needs_confirmation" with the number
 * of records. Attended minutes are never changed by an edit.
 */
export async function editSession(
  db: Db,
  input: { sessionId: string; form: SessionEdit; staff: Supervisor; today: string; confirmed: boolean },
): Promise<EditSessionResult> {
  const { form, staff } = input;
  try {
    return await db.$transaction(async (tx): Promise<EditSessionResult> => {
      const session = await lockSession(tx, input.sessionId);
      if (!session) return { ok: false, reason: "not_found" };
      if ((await othersAttendance(tx, staff, session.id)) > 0) return { ok: false, reason: "others_attendance" };
      const before = { kind: session.kind, day: dayOfDate(session.day), start: session.startMinute, minutes: session.minutes };
      const changed = ATTENDANCE_FIELDS.filter((field) => before[field] !== form[field]);
      const attendances = session.attendances;
      if (attendances.length > 0) {
        const longest = Math.max(...attendances.map((attendance) => attendance.minutes));
        if (form.minutes < longest) return { ok: false, reason: "shorter_than_attendance", longestMinutes: longest };
        if (form.kind === "TUTORING_INDIVIDUAL" && attendances.length > 1) return { ok: false, reason: "individual_single" };
        if (form.day > input.today) return { ok: false, reason: "future_with_attendance" };
        const outside = attendances.some(({ enrolment }) => form.day < dayOfDate(enrolment.startsOn) || form.day > dayOfDate(enrolment.endsOn));
        if (outside) return { ok: false, reason: "outside_enrolment" };
        if (changed.length > 0 && !input.confirmed) return { ok: false, reason: "needs_confirmation", attendances: attendances.length, changed };
      }
      await tx.trainingSession.update({
        where: { id: session.id },
        data: {
          kind: form.kind,
          title: form.title,
          day: dateOfDay(form.day),
          startMinute: form.start,
          minutes: form.minutes,
          place: form.place ?? null,
          trainer: form.trainer ?? null,
        },
      });
      await audit(tx, {
        actorId: staff.id,
        action: "training.session_update",
        entityType: "TrainingSession",
        entityId: session.id,
        metadata: { changed: changed.join(",") || null, attendances: attendances.length },
      });
      return { ok: true, changed };
    });
  } catch (error) {
    // Checked above under the lock; PostgreSQL's triggers answer the same if a path was missed.
    const constraint = constraintViolation(error)?.constraint;
    if (constraint === "TrainingAttendance_within_session") return { ok: false, reason: "shorter_than_attendance", longestMinutes: form.minutes };
    if (constraint === "TrainingAttendance_individual_single") return { ok: false, reason: "individual_single" };
    throw error;
  }
}

/**
 * Deletes a session with its attendance, if the number of records is still the one the OLP was shown
 * (`expectedAttendances`): attendance recorded meanwhile is not deleted unseen.
 */
export async function deleteSession(db: Db, input: { sessionId: string; staff: Supervisor; expectedAttendances: number }): Promise<DeleteSessionResult> {
  return db.$transaction(async (tx): Promise<DeleteSessionResult> => {
    const session = await lockSession(tx, input.sessionId);
    if (!session) return { ok: false, reason: "not_found" };
    if ((await othersAttendance(tx, input.staff, session.id)) > 0) return { ok: false, reason: "others_attendance" };
    const attendances = session.attendances.length;
    if (attendances !== input.expectedAttendances) return { ok: false, reason: "count_changed", attendances };
    // The attendance goes with it (foreign key ON DELETE CASCADE).
    await tx.trainingSession.delete({ where: { id: session.id } });
    await audit(tx, {
      actorId: input.staff.id,
      action: "training.session_delete",
      entityType: "TrainingSession",
      entityId: session.id,
      metadata: { projectId: session.projectId, kind: session.kind, attendances },
    });
    return { ok: true, attendances, projectId: session.projectId };
  });
}
