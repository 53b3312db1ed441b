"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import type { z } from "zod";

import { fieldErrorsUnder } from "@/components/forms/field-errors";
import type { TrainingErrorKey, TrainingFormState } from "@/components/training/training-form-state";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { canManageProject, canManageSession } from "@/lib/training/access";
import { attendanceFormSchema, sessionFormSchema } from "@/lib/training/schema";
import { createSession, recordAttendance } from "@/lib/training/sessions";

// Training sessions and attendance: an OLP for the projects and volunteers of the desks they supervise,
// an administrator for all.

const refused = (error: TrainingErrorKey, fieldErrors: Partial<Record<string, TrainingErrorKey>> = {}, values?: Record<string, string>): TrainingFormState => ({
  ok: false,
  error,
  fieldErrors,
  values,
  at: Date.now(),
});

const fieldErrorsOf = (error: z.ZodError, name: (path: readonly PropertyKey[]) => string) => fieldErrorsUnder<TrainingErrorKey>(error.issues, "training.errors.", name);

function failed(what: string, error: unknown): TrainingFormState {
  console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
  return refused("training.errors.unavailable");
}

/** A new session of a project the OLP runs; then its attendance page. */
export async function createSessionAction(_previous: TrainingFormState, formData: FormData): Promise<TrainingFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/formazione");
  const raw = Object.fromEntries(
    ["projectId", "kind", "title", "day", "start", "minutes", "place"].map((name) => [name, String(formData.get(name) ?? "").slice(0, 400)]),
  );
  const input = sessionFormSchema.safeParse(raw);
  if (!input.success) return refused("training.errors.invalidForm", fieldErrorsOf(input.error, (path) => String(path[0] ?? "form")), raw);
  if (!(await canManageProject(db(), staff, input.data.projectId))) forbidden();
  let sessionId: string;
  try {
    sessionId = (await createSession(db(), { form: input.data, staff })).id;
  } catch (error) {
    return failed("createSession", error);
  }
  revalidatePath("/supervisione/formazione");
  redirect(`/supervisione/formazione/${sessionId}?esito=creato`);
}

/** Who attended a session, among the volunteers the OLP follows, and for how long. */
export async function recordAttendanceAction(_previous: TrainingFormState, formData: FormData): Promise<TrainingFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/formazione");
  const present = formData.getAll("present").map(String).slice(0, 200);
  const raw = {
    sessionId: String(formData.get("sessionId") ?? ""),
    present: present.map((userId) => ({ userId, minutes: String(formData.get(`minutes-${userId}`) ?? "") })),
  };
  const input = attendanceFormSchema.safeParse(raw);
  if (!input.success) {
    // present[i].minutes → the minutes field of that volunteer.
    const name = (path: readonly PropertyKey[]) => (path[0] === "present" && typeof path[1] === "number" ? `minutes-${present[path[1]]}` : String(path[0] ?? "form"));
    return refused("training.errors.invalidForm", fieldErrorsOf(input.error, name));
  }
  if (!(await canManageSession(db(), staff, input.data.sessionId))) forbidden();
  try {
    const result = await recordAttendance(db(), { form: input.data, staff, today: romeDayKey(new Date()) });
    if (!result.ok) {
      switch (result.reason) {
        case "not_found":
          return refused("training.errors.invalidForm");
        case "not_attendee":
          return refused("training.errors.notAttendee");
        case "not_yet":
          return refused("training.errors.notYet");
        case "individual_single":
          return refused("training.errors.individualSingle", { present: "training.errors.individualSingle" });
        case "too_long":
          return refused("training.errors.invalidForm", { [`minutes-${result.userId}`]: "training.errors.attendedTooLong" });
      }
    }
    revalidatePath(`/supervisione/formazione/${input.data.sessionId}`);
    return { ok: true, data: { message: "training.done.attendanceSaved", values: { count: String(result.present) }, at: Date.now() } };
  } catch (error) {
    return failed("recordAttendance", error);
  }
}
