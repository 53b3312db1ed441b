import type { FormState } from "@/components/forms/form-state";
import type { Messages } from "@/lib/i18n/messages";

export type TrainingErrorKey = `training.errors.${keyof Messages["training"]["errors"]}`;
export type TrainingDoneKey = `training.done.${keyof Messages["training"]["done"]}`;
export type TrainingFormState = FormState<TrainingErrorKey, TrainingDoneKey>;

/** The session form's answer: the usual ones, or the edit that needs confirming (attendance recorded). */
export type SessionEditState = TrainingFormState | { ok: true; data: { warning: true; attendances: number; changed: string[]; at: number } };
