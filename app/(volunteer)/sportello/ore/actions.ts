"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";

import { fieldErrorsUnder } from "@/components/forms/field-errors";
import type { TimesheetErrorKey, TimesheetFormState } from "@/components/timesheets/timesheet-form-state";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { mondayOf } from "@/lib/timesheets/dates";
import { deleteDay, saveDay } from "@/lib/timesheets/day-entries";
import { loadEnrolment } from "@/lib/timesheets/enrolment";
import { dayFormSchema, isoDaySchema } from "@/lib/timesheets/schema";
import { submitWeek } from "@/lib/timesheets/weeks";

// A volunteer's own timesheet: every action acts on the signed-in user's days only.

const refused = (error: TimesheetErrorKey, fieldErrors: Partial<Record<string, TimesheetErrorKey>> = {}, values?: Record<string, string>): TimesheetFormState => ({
  ok: false,
  error,
  fieldErrors,
  values,
  at: Date.now(),
});

const fieldErrorsOf = (error: z.ZodError) => fieldErrorsUnder<TimesheetErrorKey>(error.issues, "timesheets.errors.");

async function mine() {
  const staff = await requireRole(VOLUNTEER_AREA, "/sportello/ore");
  const enrolment = await loadEnrolment(db(), staff.id);
  return { staff, enrolment };
}

function failed(what: string, error: unknown): TimesheetFormState {
  console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
  return refused("timesheets.errors.unavailable");
}

const DAY_REFUSAL = {
  outside_enrolment: ["timesheets.errors.outsideEnrolment", "day"],
  future: ["timesheets.errors.future", "kind"],
  unknown_activity: ["timesheets.errors.activityInvalid", "activityCodes"],
  week_locked: ["timesheets.errors.weekLocked", "form"],
} as const;

/** Saves one day of the signed-in volunteer's timesheet, then goes back to its week. */
export async function saveDayAction(_previous: TimesheetFormState, formData: FormData): Promise<TimesheetFormState> {
  const { enrolment } = await mine();
  const raw = {
    day: String(formData.get("day") ?? ""),
    kind: String(formData.get("kind") ?? ""),
    start: String(formData.get("start") ?? ""),
    end: String(formData.get("end") ?? ""),
    breakMinutes: String(formData.get("breakMinutes") ?? ""),
    note: String(formData.get("note") ?? "").slice(0, 1000),
  };
  const values = { ...raw, activityCodes: formData.getAll("activityCodes").map(String).join(" ") };
  if (!enrolment) return refused("timesheets.errors.outsideEnrolment");
  const input = dayFormSchema.safeParse({ ...raw, activityCodes: formData.getAll("activityCodes").map(String) });
  if (!input.success) return refused("timesheets.errors.invalidForm", fieldErrorsOf(input.error), values);
  try {
    const result = await saveDay(db(), { enrolment, form: input.data, today: romeDayKey(new Date()) });
    if (!result.ok) {
      const [error, field] = DAY_REFUSAL[result.reason];
      return refused(error, { [field]: error }, values);
    }
  } catch (error) {
    return failed("saveDay", error);
  }
  revalidatePath("/sportello/ore");
  redirect(`/sportello/ore?settimana=${mondayOf(input.data.day)}&esito=salvato`);
}

export async function deleteDayAction(_previous: TimesheetFormState, formData: FormData): Promise<TimesheetFormState> {
  const { staff } = await mine();
  const day = isoDaySchema.safeParse(formData.get("day"));
  if (!day.success) return refused("timesheets.errors.dayInvalid");
  try {
    const result = await deleteDay(db(), { userId: staff.id, day: day.data });
    if (!result.ok) return refused("timesheets.errors.weekLocked");
  } catch (error) {
    return failed("deleteDay", error);
  }
  revalidatePath("/sportello/ore");
  redirect(`/sportello/ore?settimana=${mondayOf(day.data)}&esito=cancellato`);
}

const WEEK_REFUSAL = { empty: "timesheets.errors.weekEmpty", wrong_state: "timesheets.errors.wrongState", not_finished: "timesheets.errors.weekNotStarted" } as const;

/** Sends the signed-in volunteer's week to the OLP. */
export async function submitWeekAction(_previous: TimesheetFormState, formData: FormData): Promise<TimesheetFormState> {
  const { staff } = await mine();
  const weekStart = isoDaySchema.safeParse(formData.get("weekStart"));
  if (!weekStart.success || mondayOf(weekStart.data) !== weekStart.data) return refused("timesheets.errors.dayInvalid");
  try {
    const result = await submitWeek(db(), { userId: staff.id, weekStart: weekStart.data, today: romeDayKey(new Date()), now: new Date() });
    if (!result.ok) return refused(WEEK_REFUSAL[result.reason]);
  } catch (error) {
    return failed("submitWeek", error);
  }
  revalidatePath("/sportello/ore");
  return { ok: true, data: { message: "timesheets.done.submitted", values: {}, at: Date.now() } };
}
