"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { FormResult } from "@/components/forms/FormResult";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { describedBy, FieldError, inputClass, primaryButtonClass } from "@/components/users/form-parts";
import type { REVIEW_DECISIONS } from "@/lib/timesheets/schema";

import type { TimesheetFormState } from "./timesheet-form-state";

type Decision = (typeof REVIEW_DECISIONS)[number];

/** The OLP's decision on one week, with the comment returning or reopening it needs. */
export function ReviewForm({
  userId,
  weekStart,
  decisions,
  action,
}: {
  userId: string;
  weekStart: string;
  /** What the week's state allows: approve or return a sent week, reopen an approved one. */
  decisions: Decision[];
  action: (state: TimesheetFormState, formData: FormData) => Promise<TimesheetFormState>;
}) {
  const t = useTranslations("timesheets.review");
  const tAll = useTranslations();
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const [decision, setDecision] = useState<Decision>(decisions[0]);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const prefix = tAll("booking.form.fieldErrorPrefix");


  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4">
      <FormResult state={state} id="review-result" fieldIds={{ comment: "review-comment", decision: `decision-${decisions[0]}` }} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="weekStart" value={weekStart} />
      <fieldset>
        <legend className="mb-2 font-semibold">{t("decisionLegend")}</legend>
        <div className="space-y-2">
          {decisions.map((value) => (
            <div key={value} className="flex items-center gap-3">
              <input id={`decision-${value}`} type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} className="h-5 w-5" />
              <label htmlFor={`decision-${value}`}>{t(value)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="review-comment" className="mb-1 block font-semibold">{t("comment")}</label>
        <p id="review-comment-hint" className="mb-1 text-sm text-muted">{t("commentHint")}</p>
        <FieldError id="review-comment-error" error={errors.comment} prefix={prefix} />
        <textarea
          id="review-comment"
          name="comment"
          rows={3}
          maxLength={1000}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={describedBy(errors.comment && "review-comment-error", "review-comment-hint")}
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>{t("send")}</button>
    </form>
  );
}
