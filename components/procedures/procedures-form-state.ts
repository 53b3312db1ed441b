import type { FormState } from "@/components/forms/form-state";
import type { Messages } from "@/lib/i18n/messages";

export type ProceduresErrorKey = `procedures.errors.${keyof Messages["procedures"]["errors"]}`;
export type ProceduresDoneKey = `procedures.done.${keyof Messages["procedures"]["done"]}`;
export type ProceduresFormState = FormState<ProceduresErrorKey, ProceduresDoneKey>;
