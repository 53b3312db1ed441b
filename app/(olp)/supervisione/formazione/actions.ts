"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import type { z } from "zod";

import { fieldErrorsUnder } from "@/components/forms/field-errors";
import type { SessionEditState, TrainingErrorKey, TrainingFormState } from "@/components/training/training-form-state";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { canManageProject, canManageSession } from "@/lib/training/access";
import { deleteSession, editSession } from "@/lib/training/edit-session";
import { attendanceFormSchema, sessionEditSchema, sessionFormSchema } from "@/lib/training/schema";
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
    ["projectId", "kind", "title", "day", "start", "minutes", "place", "trainer"].map((name) => [name, String(formData.get(name) ?? "").slice(0, 400)]),
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

const SESSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Changes a session with the creation form's rules. With attendance recorded, what would break it is
 * refused; a change of kind, day, time or length is shown for confirmation first (`intent=confirm`).
 */
export async function editSessionAction(_previous: SessionEditState, formData: FormData): Promise<SessionEditState> {
  const sessionId = String(formData.get("sessionId") ?? "");
  const staff = await requireRole(OLP_AREA, `/supervisione/formazione/${SESSION_ID.test(sessionId) ? sessionId : ""}`);
  if (!SESSION_ID.test(sessionId)) return refused("training.errors.invalidForm");
  if (!(await canManageSession(db(), staff, sessionId))) forbidden();
  const raw = Object.fromEntries(["kind", "title", "day", "start", "minutes", "place", "trainer"].map((name) => [name, String(formData.get(name) ?? "").slice(0, 400)]));
  const input = sessionEditSchema.safeParse(raw);
  if (!input.success) return refused("training.errors.invalidForm", fieldErrorsOf(input.error, (path) => String(path[0] ?? "form")), raw);
  let result;
  try {
    result = await editSession(db(), { sessionId, form: input.data, staff, today: romeDayKey(new Date()), confirmed: formData.get("intent") === "confirm" });
  } catch (error) {
    return failed("editSession", error);
  }
  if (!result.ok) {
    switch (result.reason) {
      case "needs_confirmation":
        return { ok: true, data: { warning: true, attendances: result.attendances, changed: result.changed, at: Date.now() } };
      case "not_found":
        return refused("training.errors.sessionGone", {}, raw);
      case "others_attendance":
        return refused("training.errors.othersAttendance", {}, raw);
      case "shorter_than_attendance":
        return refused("training.errors.invalidForm", { minutes: "training.errors.shorterThanAttendance" }, raw);
      case "individual_single":
        return refused("training.errors.invalidForm", { kind: "training.errors.individualSingleEdit" }, raw);
      case "future_with_attendance":
        return refused("training.errors.invalidForm", { day: "training.errors.futureWithAttendance" }, raw);
      case "outside_enrolment":
        return refused("training.errors.invalidForm", { day: "training.errors.outsideEnrolment" }, raw);
    }
  }
  revalidatePath("/supervisione/formazione");
  revalidatePath(`/supervisione/formazione/${sessionId}`);
  return { ok: true, data: { message: "training.done.sessionUpdated", values: {}, at: Date.now() } };
}

/**
 * Deletes a session and its attendance, once the OLP has seen how many records go with it
 * (`attendances`); if that number changed meanwhile, nothing is deleted and the new one is said.
 */
export async function deleteSessionAction(_previous: TrainingFormState, formData: FormData): Promise<TrainingFormState> {
  const sessionId = String(formData.get("sessionId") ?? "");
  const staff = await requireRole(OLP_AREA, "/supervisione/formazione");
  const expected = Number(formData.get("attendances"));
  if (!SESSION_ID.test(sessionId) || !Number.isInteger(expected) || expected < 0) return refused("training.errors.invalidForm");
  if (!(await canManageSession(db(), staff, sessionId))) forbidden();
  let result;
  try {
    result = await deleteSession(db(), { sessionId, staff, expectedAttendances: expected });
  } catch (error) {
    return failed("deleteSession", error);
  }
  if (!result.ok) {
    if (result.reason === "count_changed") {
      // The page shows the new number, and the button sends it next time.
      revalidatePath(`/supervisione/formazione/${sessionId}`);
      return refused("training.errors.attendanceChanged");
    }
    return refused(result.reason === "others_attendance" ? "training.errors.othersAttendance" : "training.errors.sessionGone");
  }
  revalidatePath("/supervisione/formazione");
  redirect(`/supervisione/formazione?esito=eliminato&presenze=${result.attendances}`);
}
