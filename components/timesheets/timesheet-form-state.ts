import type { FormState } from "@/components/forms/form-state";
import type { Messages } from "@/lib/i18n/messages";

export type TimesheetErrorKey = `timesheets.errors.${keyof Messages["timesheets"]["errors"]}`;
export type TimesheetDoneKey = `timesheets.done.${keyof Messages["timesheets"]["done"]}`;
export type TimesheetFormState = FormState<TimesheetErrorKey, TimesheetDoneKey>;
