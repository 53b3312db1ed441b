"use client";

import { useTranslations } from "next-intl";

import { ButtonForm } from "@/components/forms/ButtonForm";
import { FieldError } from "@/components/forms/FieldError";
import { FormResult } from "@/components/forms/FormResult";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { describedBy, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import type { ComplaintFormState } from "./feedback-form-state";

type Action = (state: ComplaintFormState, formData: FormData) => Promise<ComplaintFormState>;

/** One text and a button: the answer to the citizen, or the reason for closing without one. */
function TextForm({ id, name, label, hint, submit, action, complaintId, rows }: { id: string; name: string; label: string; hint: string; submit: string; action: Action; complaintId: string; rows: number }) {
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const error = state && !state.ok ? state.fieldErrors[name] : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormResult state={state} id={`${id}-result`} fieldIds={{ [name]: id }} />
      <input type="hidden" name="complaintId" value={complaintId} />
      <div>
        <label htmlFor={id} className="mb-1 block font-semibold">
          {label}
        </label>
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
        <FieldError id={`${id}-error`} error={error} />
        <textarea
          id={id}
          name={name}
          rows={rows}
          maxLength={4000}
          defaultValue={state && !state.ok ? state.values?.[name] : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && `${id}-error`, `${id}-hint`)}
          className={`${inputClass} max-w-2xl`}
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {submit}
      </button>
    </form>
  );
}

/** The OLP's handling of an open complaint: take it on, answer it, or close it without an answer. */
export function ComplaintHandling({
  complaintId,
  status,
  hasEmail,
  start,
  answer,
  close,
}: {
  complaintId: string;
  status: "RECEIVED" | "IN_PROGRESS";
  hasEmail: boolean;
  start: Action;
  answer: Action;
  close: Action;
}) {
  const t = useTranslations("feedback.item");
  return (
    <div className="space-y-8">
      {status === "RECEIVED" ? <ButtonForm id="start-complaint" action={start} label={t("start")} hidden={{ complaintId }} look="secondary" /> : null}
      <TextForm id="answer" name="answer" label={t("answerLabel")} hint={hasEmail ? t("answerHint") : t("answerHintNoEmail")} submit={t("answerSubmit")} action={answer} complaintId={complaintId} rows={8} />
      <TextForm id="close-reason" name="reason" label={t("closeLabel")} hint={t("closeHint")} submit={t("closeSubmit")} action={close} complaintId={complaintId} rows={3} />
    </div>
  );
}
