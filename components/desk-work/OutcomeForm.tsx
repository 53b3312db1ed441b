"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormResult } from "@/components/forms/FormResult";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { describedBy, FieldError, inputClass, primaryButtonClass } from "@/components/users/form-parts";
import { AUTONOMY_LEVELS, NOT_POSSIBLE_REASONS, OUTCOMES } from "@/lib/desk/schema";

import type { DeskFormState } from "./desk-form-state";

/**
 * The outcome of the contact: what happened, why not (from a closed list), how autonomous the
 * citizen was, and optional notes with no personal data. "No-show" only while nobody started.
 */
export function OutcomeForm({
  scuCode,
  visitId,
  started,
  action,
}: {
  scuCode: string;
  visitId: string;
  started: boolean;
  action: (state: DeskFormState, formData: FormData) => Promise<DeskFormState>;
}) {
  const t = useTranslations("deskWork");
  const tAll = useTranslations();
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const values = state && !state.ok ? state.values : undefined;
  const [outcome, setOutcome] = useState(values?.outcome ?? "");
  const errors = state && !state.ok ? state.fieldErrors : {};
  const prefix = tAll("booking.form.fieldErrorPrefix");
  const outcomes = OUTCOMES.filter((value) => value !== "NO_SHOW" || !started);
  const served = outcome === "COMPLETED" || outcome === "PARTIAL";


  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-6">
      <FormResult
        state={state}
        id="outcome-result"
        fieldIds={{ outcome: `outcome-${outcomes[0]}`, reason: "outcome-reason", autonomy: `autonomy-${AUTONOMY_LEVELS[0]}`, notes: "outcome-notes" }}
      />
      <input type="hidden" name="scuCode" value={scuCode} />
      <input type="hidden" name="visitId" value={visitId} />
      <fieldset aria-describedby={errors.outcome ? "outcome-error" : undefined}>
        <legend className="mb-2 font-semibold">{t("visit.outcomeLegend")}</legend>
        <FieldError id="outcome-error" error={errors.outcome} prefix={prefix} />
        <div className="space-y-2">
          {outcomes.map((value) => (
            <div key={value} className="flex items-center gap-3">
              <input id={`outcome-${value}`} type="radio" name="outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} className="h-5 w-5" />
              <label htmlFor={`outcome-${value}`}>{t(`outcome.${value}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>

      {outcome === "NOT_POSSIBLE" ? (
        <div>
          <label htmlFor="outcome-reason" className="mb-1 block font-semibold">
            {t("visit.reasonLabel")}
          </label>
          <FieldError id="outcome-reason-error" error={errors.reason} prefix={prefix} />
          <select
            id="outcome-reason"
            name="reason"
            defaultValue={values?.reason ?? ""}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={describedBy(errors.reason && "outcome-reason-error")}
            className={inputClass}
          >
            <option value="">{t("visit.choose")}</option>
            {NOT_POSSIBLE_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`reason.${reason}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}

      {served ? (
        <fieldset aria-describedby={errors.autonomy ? "autonomy-error" : undefined}>
          <legend className="mb-2 font-semibold">{t("visit.autonomyLegend")}</legend>
          <FieldError id="autonomy-error" error={errors.autonomy} prefix={prefix} />
          <div className="space-y-2">
            {AUTONOMY_LEVELS.map((level) => (
              <div key={level} className="flex items-center gap-3">
                <input id={`autonomy-${level}`} type="radio" name="autonomy" value={level} defaultChecked={values?.autonomy === level} className="h-5 w-5" />
                <label htmlFor={`autonomy-${level}`}>{t(`autonomy.${level}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}

      {outcome && outcome !== "NO_SHOW" ? (
        <div>
          <label htmlFor="outcome-notes" className="mb-1 block font-semibold">
            {t("visit.notes")}
          </label>
          <p id="outcome-notes-hint" className="mb-1 text-sm text-muted">
            {t("visit.notesHint")}
          </p>
          <FieldError id="outcome-notes-error" error={errors.notes} prefix={prefix} />
          <textarea
            id="outcome-notes"
            name="notes"
            rows={3}
            maxLength={500}
            defaultValue={values?.notes}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={describedBy(errors.notes && "outcome-notes-error", "outcome-notes-hint")}
            className={inputClass}
          />
        </div>
      ) : null}

      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("visit.save")}
      </button>
    </form>
  );
}
