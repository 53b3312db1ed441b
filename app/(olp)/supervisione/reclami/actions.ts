"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";

import type { ComplaintFormState, FeedbackErrorKey } from "@/components/feedback/feedback-form-state";
import { fieldErrorsUnder } from "@/components/forms/field-errors";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { answerComplaint, closeComplaint, startComplaint, type ComplaintChangeResult } from "@/lib/feedback/complaints";
import { complaintAnswerSchema, complaintCloseSchema, complaintIdSchema } from "@/lib/feedback/schema";

// Every action: the OLP area's role first; lib/feedback then acts only on a complaint of a desk the
// user supervises (an administrator: any, and those about no desk), under a row lock. Refusals are
// states with i18n keys; success goes back to the complaint's page with the outcome in the address.

const refused = (error: FeedbackErrorKey, fieldErrors: Partial<Record<string, FeedbackErrorKey>> = {}, values?: Record<string, string>): ComplaintFormState => ({
  ok: false,
  error,
  fieldErrors,
  values,
  at: Date.now(),
});

const fieldErrorsOf = (error: z.ZodError) => fieldErrorsUnder<FeedbackErrorKey>(error.issues, "feedback.errors.");

const text = (formData: FormData, name: string, max: number) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};

const REFUSAL = { not_found: "feedback.errors.invalidForm", wrong_state: "feedback.errors.wrongState" } as const;

async function run(what: string, complaintId: string, outcome: (result: Extract<ComplaintChangeResult, { ok: true }>) => string, call: () => Promise<ComplaintChangeResult>, values?: Record<string, string>) {
  let result: ComplaintChangeResult;
  try {
    result = await call();
  } catch (error) {
    // The class only: messages can quote the citizen's words.
    console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return refused("feedback.errors.unavailable", {}, values);
  }
  if (!result.ok) return refused(REFUSAL[result.reason], {}, values);
  revalidatePath("/supervisione/reclami", "layout");
  redirect(`/supervisione/reclami/${complaintId}?esito=${outcome(result)}`);
}

/** "Prendi in carico": the citizen's status becomes "being handled". */
export async function startComplaintAction(_previous: ComplaintFormState, formData: FormData): Promise<ComplaintFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/reclami");
  const input = complaintIdSchema.safeParse({ complaintId: text(formData, "complaintId", 60) });
  if (!input.success) return refused("feedback.errors.invalidForm");
  const { complaintId } = input.data;
  return run("startComplaint", complaintId, () => "preso", () => startComplaint(db(), { id: complaintId, staff, now: new Date() }));
}

/** The answer: stored, and mailed to the citizen when they left an e-mail. */
export async function answerComplaintAction(_previous: ComplaintFormState, formData: FormData): Promise<ComplaintFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/reclami");
  const values = { complaintId: text(formData, "complaintId", 60), answer: text(formData, "answer", 8000) };
  const input = complaintAnswerSchema.safeParse(values);
  if (!input.success) return refused("feedback.errors.invalidForm", fieldErrorsOf(input.error), values);
  const { complaintId, answer } = input.data;
  return run(
    "answerComplaint",
    complaintId,
    (result) => (result.mailed ? "inviata" : "risposta"),
    () => answerComplaint(db(), { id: complaintId, answer, staff, now: new Date() }),
    values,
  );
}

/** Closed without an answer, with the reason (kept for the citizen's status page). */
export async function closeComplaintAction(_previous: ComplaintFormState, formData: FormData): Promise<ComplaintFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/reclami");
  const values = { complaintId: text(formData, "complaintId", 60), reason: text(formData, "reason", 2000) };
  const input = complaintCloseSchema.safeParse(values);
  if (!input.success) return refused("feedback.errors.invalidForm", fieldErrorsOf(input.error), values);
  const { complaintId, reason } = input.data;
  return run("closeComplaint", complaintId, () => "chiuso", () => closeComplaint(db(), { id: complaintId, reason, staff, now: new Date() }), values);
}
