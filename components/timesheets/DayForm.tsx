"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormResult } from "@/components/forms/FormResult";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { describedBy, FieldError, inputClass, primaryButtonClass } from "@/components/users/form-parts";
import { WORKED_KINDS } from "@/lib/timesheets/rules-entry";
import { KINDS, type Kind } from "@/lib/timesheets/schema";

import type { TimesheetFormState } from "./timesheet-form-state";

export interface DayFormValues {
  kind: Kind | "";
  start: string;
  end: string;
  breakMinutes: string;
  activityCodes: string[];
  note: string;
}

/** One day of the timesheet: the kind of day, then times and activities when it was service. */
export function DayForm({
  day,
  initial,
  activities,
  action,
}: {
  day: string;
  initial: DayFormValues;
  activities: { code: string; title: string }[];
  action: (state: TimesheetFormState, formData: FormData) => Promise<TimesheetFormState>;
}) {
  const t = useTranslations("timesheets");
  const tAll = useTranslations();
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const [kind, setKind] = useState<Kind | "">(initial.kind);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const prefix = tAll("booking.form.fieldErrorPrefix");
  const worked = kind !== "" && WORKED_KINDS.includes(kind);


  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-6">
      <FormResult
        state={state}
        id="day-result"
        fieldIds={{ kind: `kind-${KINDS[0]}`, start: "day-start", end: "day-end", breakMinutes: "day-break", activityCodes: `activity-${activities[0]?.code}`, note: "day-note", day: `kind-${KINDS[0]}` }}
      />
      <input type="hidden" name="day" value={day} />
      <fieldset aria-describedby={errors.kind ? "kind-error" : undefined}>
        <legend className="mb-2 font-semibold">{t("dayForm.kindLegend")}</legend>
        <FieldError id="kind-error" error={errors.kind} prefix={prefix} />
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {KINDS.map((value) => (
            <div key={value} className="flex items-center gap-2">
              <input id={`kind-${value}`} type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} className="h-5 w-5" />
              <label htmlFor={`kind-${value}`}>{t(`kind.${value}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      {worked ? (
        <>
          <div className="flex flex-wrap gap-6">
            {(
              [
                ["start", "day-start", t("dayForm.start"), initial.start],
                ["end", "day-end", t("dayForm.end"), initial.end],
              ] as const
            ).map(([name, id, label, value]) => (
              <div key={name}>
                <label htmlFor={id} className="mb-1 block font-semibold">{label}</label>
                <FieldError id={`${id}-error`} error={errors[name]} prefix={prefix} />
                <input
                  id={id}
                  name={name}
                  type="time"
                  defaultValue={value}
                  required
                  aria-invalid={errors[name] ? true : undefined}
                  aria-describedby={describedBy(errors[name] && `${id}-error`)}
                  className={`${inputClass} w-36`}
                />
              </div>
            ))}
            <div>
              <label htmlFor="day-break" className="mb-1 block font-semibold">{t("dayForm.break")}</label>
              <FieldError id="day-break-error" error={errors.breakMinutes} prefix={prefix} />
              <input
                id="day-break"
                name="breakMinutes"
                type="number"
                min={0}
                max={600}
                step={5}
                inputMode="numeric"
                defaultValue={initial.breakMinutes}
                aria-invalid={errors.breakMinutes ? true : undefined}
                aria-describedby={describedBy(errors.breakMinutes && "day-break-error")}
                className={`${inputClass} w-36`}
              />
            </div>
          </div>
          <fieldset aria-describedby={errors.activityCodes ? "activities-error" : undefined}>
            <legend className="mb-2 font-semibold">{t("dayForm.activitiesLegend")}</legend>
            <FieldError id="activities-error" error={errors.activityCodes} prefix={prefix} />
            <div className="space-y-2">
              {activities.map((activity) => (
                <div key={activity.code} className="flex items-start gap-3">
                  <input
                    id={`activity-${activity.code}`}
                    type="checkbox"
                    name="activityCodes"
                    value={activity.code}
                    defaultChecked={initial.activityCodes.includes(activity.code)}
                    className="mt-1 h-5 w-5 shrink-0"
                  />
                  <label htmlFor={`activity-${activity.code}`}>
                    <span className="font-mono font-semibold">{activity.code}</span> {activity.title}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </>
      ) : null}

      <div>
        <label htmlFor="day-note" className="mb-1 block font-semibold">{t("dayForm.note")}</label>
        <p id="day-note-hint" className="mb-1 text-sm text-muted">{t("dayForm.noteHint")}</p>
        <FieldError id="day-note-error" error={errors.note} prefix={prefix} />
        <textarea
          id="day-note"
          name="note"
          rows={2}
          maxLength={300}
          defaultValue={initial.note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy(errors.note && "day-note-error", "day-note-hint")}
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("dayForm.save")}
      </button>
    </form>
  );
}
