import type { FormState } from "@/components/forms/form-state";
import type { Messages } from "@/lib/i18n/messages";

export type DeskAdminErrorKey = `deskAdmin.errors.${keyof Messages["deskAdmin"]["errors"]}`;
export type DeskAdminDoneKey = `deskAdmin.done.${keyof Messages["deskAdmin"]["done"]}`;
export type DeskAdminFormState = FormState<DeskAdminErrorKey, DeskAdminDoneKey>;

/** A booked appointment a closure would cancel, as the warning lists it (no names, no contacts). */
export interface AffectedView {
  id: string;
  /** "martedì 1 dicembre 2026, 09:30", in the OLP's language. */
  when: string;
  service: string;
  bookingCode: string;
  hasEmail: boolean;
}

/**
 * The closure form's answer: the usual ones, or the warning listing the booked appointments the
 * closure falls on, to be confirmed (`changed` when the list moved since the OLP last saw it).
 */
export type ClosureFormState =
  | DeskAdminFormState
  | { ok: true; data: { warning: true; affected: AffectedView[]; changed: boolean; at: number } };
