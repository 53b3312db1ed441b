import { audit } from "@/lib/audit/audit";
import type { Db } from "@/lib/db";
import { violates } from "@/lib/db-errors";

import { dateOfDay, mondayOf } from "./dates";
import type { VolunteerEnrolment } from "./enrolment";
import type { DayForm } from "./schema";

export type DayResult = { ok: true } | { ok: false; reason: "outside_enrolment" | "future" | "unknown_activity" | "week_locked" };

const LOCKED = ["SUBMITTED", "APPROVED"];

async function weekLocked(db: Db, userId: string, day: string): Promise<boolean> {
  const week = await db.timesheetWeek.findUnique({ where: { userId_weekStart: { userId, weekStart: dateOfDay(mondayOf(day)) } }, select: { status: true } });
  return Boolean(week && LOCKED.includes(week.status));
}

/**
 * Records (or replaces) one day of the volunteer's own timesheet. The day must be in the year of
 * service and not in the future (absences may be entered ahead: a permit is planned); its
 * activities must be the project's; its week must be open (PostgreSQL refuses it otherwise).
 */
export async function saveDay(db: Db, input: { enrolment: VolunteerEnrolment; form: DayForm; today: string }): Promise<DayResult> {
  const { enrolment, form } = input;
  if (form.day < enrolment.startsOn || form.day > enrolment.endsOn) return { ok: false, reason: "outside_enrolment" };
  if (form.day > input.today && (form.kind === "SERVICE" || form.kind === "TRAINING")) return { ok: false, reason: "future" };
  const known = new Set(enrolment.activities.map((activity) => activity.code));
  if (form.activityCodes.some((code) => !known.has(code))) return { ok: false, reason: "unknown_activity" };
  if (await weekLocked(db, enrolment.userId, form.day)) return { ok: false, reason: "week_locked" };

  const data = {
    kind: form.kind,
    startMinute: form.start ?? null,
    endMinute: form.end ?? null,
    breakMinutes: form.breakMinutes,
    activityCodes: [...new Set(form.activityCodes)].sort(),
    note: form.note ?? null,
    updatedAt: new Date(),
  };
  try {
    await db.timesheetDay.upsert({
      where: { userId_day: { userId: enrolment.userId, day: dateOfDay(form.day) } },
      create: { userId: enrolment.userId, day: dateOfDay(form.day), ...data },
      update: data,
    });
  } catch (error) {
    // Sent to the OLP between the check and the write.
    if (violates(error, "TimesheetDay_week_locked")) return { ok: false, reason: "week_locked" };
    throw error;
  }
  await audit(db, { actorId: enrolment.userId, action: "timesheet.save_day", entityType: "User", entityId: enrolment.userId, metadata: { day: form.day, kind: form.kind } });
  return { ok: true };
}

/** Removes one day of the volunteer's own timesheet, while its week is open. */
export async function deleteDay(db: Db, input: { userId: string; day: string }): Promise<{ ok: true } | { ok: false; reason: "week_locked" }> {
  if (await weekLocked(db, input.userId, input.day)) return { ok: false, reason: "week_locked" };
  try {
    await db.timesheetDay.deleteMany({ where: { userId: input.userId, day: dateOfDay(input.day) } });
  } catch (error) {
    if (violates(error, "TimesheetDay_week_locked")) return { ok: false, reason: "week_locked" };
    throw error;
  }
  return { ok: true };
}
