"use server";

import { revalidatePath } from "next/cache";

import { fieldErrorsUnder } from "@/components/forms/field-errors";
import type { ProceduresErrorKey, ProceduresFormState } from "@/components/procedures/procedures-form-state";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { addStep, editStep, moveStep, setStepActive, type StepResult } from "@/lib/procedures/admin";
import { stepActiveSchema, stepAddSchema, stepEditSchema, stepMoveSchema } from "@/lib/procedures/schema";

// The guided procedures belong to the service catalogue, shared by every desk: OLPs and
// administrators keep them up to date.

const refused = (error: ProceduresErrorKey, fieldErrors: Partial<Record<string, ProceduresErrorKey>> = {}): ProceduresFormState => ({ ok: false, error, fieldErrors, at: Date.now() });

const fieldErrorsOf = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => fieldErrorsUnder<ProceduresErrorKey>(issues, "procedures.errors.");

async function run(what: string, call: () => Promise<StepResult>, done: Extract<ProceduresFormState, { ok: true }>["data"]["message"]): Promise<ProceduresFormState> {
  try {
    const result = await call();
    if (!result.ok) return refused(result.reason === "edge" ? "procedures.errors.edge" : "procedures.errors.notFound");
  } catch (error) {
    console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return refused("procedures.errors.unavailable");
  }
  revalidatePath("/supervisione/procedure", "layout");
  return { ok: true, data: { message: done, values: {}, at: Date.now() } };
}

const fields = (formData: FormData) => ({ ...Object.fromEntries(formData), required: formData.get("required") ?? "" });

export async function editStepAction(_previous: ProceduresFormState, formData: FormData): Promise<ProceduresFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/procedure");
  const input = stepEditSchema.safeParse(fields(formData));
  if (!input.success) return refused("procedures.errors.invalidForm", fieldErrorsOf(input.error.issues));
  return run("editStep", () => editStep(db(), { ...input.data, actorId: staff.id }), "procedures.done.saved");
}

export async function addStepAction(_previous: ProceduresFormState, formData: FormData): Promise<ProceduresFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/procedure");
  const input = stepAddSchema.safeParse(fields(formData));
  if (!input.success) return refused("procedures.errors.invalidForm", fieldErrorsOf(input.error.issues));
  return run("addStep", () => addStep(db(), { ...input.data, actorId: staff.id }), "procedures.done.added");
}

export async function moveStepAction(_previous: ProceduresFormState, formData: FormData): Promise<ProceduresFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/procedure");
  const input = stepMoveSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) return refused("procedures.errors.invalidForm");
  return run("moveStep", () => moveStep(db(), { ...input.data, actorId: staff.id }), "procedures.done.moved");
}

export async function setStepActiveAction(_previous: ProceduresFormState, formData: FormData): Promise<ProceduresFormState> {
  const staff = await requireRole(OLP_AREA, "/supervisione/procedure");
  const input = stepActiveSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) return refused("procedures.errors.invalidForm");
  return run("setStepActive", () => setStepActive(db(), { ...input.data, actorId: staff.id }), "procedures.done.toggled");
}
