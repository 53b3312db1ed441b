"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";

import { fieldErrorsUnder } from "@/components/forms/field-errors";
import type { TimesheetErrorKey, TimesheetFormState } from "@/components/timesheets/timesheet-form-state";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { canReview } from "@/lib/timesheets/access";
import { reviewSchema } from "@/lib/timesheets/schema";
import { reviewWeek } from "@/lib/timesheets/weeks";

/** The OLP's decision on a volunteer's week: approve, return with a comment, or reopen an approved one. */
export async function reviewWeekAction(_previous: TimesheetFormState, formData: FormData): Promise<TimesheetFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/ore");
  const raw = {
    userId: String(formData.get("userId") ?? ""),
    weekStart: String(formData.get("weekStart") ?? ""),
    decision: String(formData.get("decision") ?? ""),
    comment: String(formData.get("comment") ?? "").slice(0, 2000),
  };
  const input = reviewSchema.safeParse(raw);
  if (!input.success) {
    const fieldErrors = fieldErrorsUnder<TimesheetErrorKey>(input.error.issues, "timesheets.errors.");
    return { ok: false, error: "timesheets.errors.invalidForm", fieldErrors, values: raw, at: Date.now() };
  }
  if (!(await canReview(db(), staff, input.data.userId))) forbidden();
  try {
    const result = await reviewWeek(db(), { ...input.data, reviewerId: staff.id, now: new Date() });
    if (!result.ok) return { ok: false, error: "timesheets.errors.wrongState", fieldErrors: {}, values: raw, at: Date.now() };
  } catch (error) {
    console.error(`reviewWeek failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { ok: false, error: "timesheets.errors.unavailable", fieldErrors: {}, values: raw, at: Date.now() };
  }
  revalidatePath(`/supervisione/ore/${input.data.userId}`);
  // The form goes with the decision (a decided week offers other choices): the page says what was done.
  redirect(`/supervisione/ore/${input.data.userId}?settimana=${input.data.weekStart}&esito=${input.data.decision}`);
}
