import type { FormState } from "@/components/forms/form-state";
import type { Messages } from "@/lib/i18n/messages";

export type DeskErrorKey = `deskWork.errors.${keyof Messages["deskWork"]["errors"]}`;
export type DeskDoneKey = `deskWork.done.${keyof Messages["deskWork"]["done"]}`;

/** What every desk action answers. */
export type DeskFormState = FormState<DeskErrorKey, DeskDoneKey>;
