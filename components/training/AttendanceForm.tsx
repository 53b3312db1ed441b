"use client";

import { useTranslations } from "next-intl";

import { FieldError } from "@/components/forms/FieldError";
import { FormResult } from "@/components/forms/FormResult";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { describedBy, inputClass, primaryButtonClass } from "@/components/users/form-parts";
import type { Attendee } from "@/lib/training/sessions";

import type { TrainingFormState } from "./training-form-state";

/** Who attended a session: a checkbox per enrolled volunteer, and their minutes (the whole session by default). */
export function AttendanceForm({
  sessionId,
  sessionMinutes,
  attendees,
  hint,
  action,
}: {
  sessionId: string;
  sessionMinutes: number;
  attendees: Attendee[];
  hint?: string;
  action: (state: TrainingFormState, formData: FormData) => Promise<TrainingFormState>;
}) {
  const t = useTranslations("training.attendance");
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const errors = state && !state.ok ? state.fieldErrors : {};

  const fieldIds = Object.fromEntries(attendees.flatMap((attendee) => [[`minutes-${attendee.userId}`, `minutes-${attendee.userId}`]]));
  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      <FormResult state={state} id="attendance-result" fieldIds={{ ...fieldIds, present: `present-${attendees[0]?.userId}` }} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <fieldset aria-describedby={describedBy(hint && "attendance-hint", errors.present && "attendance-present-error")}>
        <legend className="mb-2 font-semibold">{t("legend")}</legend>
        {hint ? <p id="attendance-hint" className="mb-2 text-sm text-muted">{hint}</p> : null}
        <FieldError id="attendance-present-error" error={errors.present} />
        <ul className="space-y-4">
          {attendees.map((attendee) => {
            const minutesId = `minutes-${attendee.userId}`;
            const error = errors[minutesId];
            return (
              <li key={attendee.userId} className="flex flex-wrap items-end gap-x-6 gap-y-2 border-b border-line pb-3">
                <div className="flex items-center gap-3">
                  <input
                    id={`present-${attendee.userId}`}
                    type="checkbox"
                    name="present"
                    value={attendee.userId}
                    defaultChecked={attendee.minutes !== null}
                    className="h-5 w-5"
                  />
                  <label htmlFor={`present-${attendee.userId}`}>{t("present", { name: attendee.name })}</label>
                </div>
                <div>
                  <label htmlFor={minutesId} className="mb-1 block text-sm font-semibold">{t("minutesFor", { name: attendee.name })}</label>
                  <FieldError id={`${minutesId}-error`} error={error} />
                  <input
                    id={minutesId}
                    name={minutesId}
                    type="number"
                    min={1}
                    max={sessionMinutes}
                    step={1}
                    inputMode="numeric"
                    defaultValue={attendee.minutes ?? sessionMinutes}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={describedBy(error && `${minutesId}-error`)}
                    className={`${inputClass} w-32`}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <button type="submit" disabled={pending} className={primaryButtonClass}>{t("submit")}</button>
    </form>
  );
}
