import type { Messages } from "@/lib/i18n/messages";

export type DeskErrorKey = `deskWork.errors.${keyof Messages["deskWork"]["errors"]}`;
export type DeskDoneKey = `deskWork.done.${keyof Messages["deskWork"]["done"]}`;

/** What every desk action answers: a message to announce, or the refusal with its fields' errors. */
export type DeskFormState =
  | null
  | { ok: true; data: { message: DeskDoneKey; values: Record<string, string>; at: number } }
  | { ok: false; error: DeskErrorKey; fieldErrors: Partial<Record<string, DeskErrorKey>>; values?: Record<string, string>; at: number };
