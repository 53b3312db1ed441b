"use client";

import { useFormatter, useTranslations } from "next-intl";

import { FieldError } from "@/components/forms/FieldError";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { FocusedNotice } from "@/components/users/FocusedNotice";
import { describedBy, ErrorSummary, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import type { ComplaintStatusState } from "./feedback-form-state";

/** Reference + e-mail → where the citizen's message stands, and the answer once given. */
export function ComplaintStatusForm({ action }: { action: (state: ComplaintStatusState, formData: FormData) => Promise<ComplaintStatusState> }) {
  const t = useTranslations("feedback");
  const tAll = useTranslations() as unknown as (key: string, values?: Record<string, string | number>) => string;
  const format = useFormatter();
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const date = (iso: string) => format.dateTime(new Date(iso), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Rome" });
  const refusal = state && !state.ok ? state : null;
  const errors = refusal?.fieldErrors ?? {};
  const fields = { reference: "reference", email: "status-email" } as const;
  const items = Object.entries(errors)
    .filter(([field, error]) => error && field in fields)
    .map(([field, error]) => ({ href: `#${fields[field as keyof typeof fields]}`, text: tAll(error!) }));

  return (
    <div className="space-y-8">
      <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5">
        {refusal ? <ErrorSummary id="status-summary" trigger={refusal} title={tAll("booking.form.summaryTitle")} items={items} message={tAll(refusal.error, { minutes: refusal.minutes ?? 1 })} /> : null}
        <div>
          <label htmlFor="reference" className="mb-1 block font-semibold">
            {t("status.referenceLabel")}
          </label>
          <p id="reference-hint" className="mb-1 text-sm text-muted">
            {t("status.referenceHint")}
          </p>
          <FieldError id="reference-error" error={errors.reference} />
          <input
            id="reference"
            name="reference"
            type="text"
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            defaultValue={refusal?.values?.reference}
            aria-invalid={errors.reference ? true : undefined}
            aria-describedby={describedBy(errors.reference && "reference-error", "reference-hint")}
            className={`${inputClass} font-mono uppercase`}
          />
        </div>
        <div>
          <label htmlFor="status-email" className="mb-1 block font-semibold">
            {t("status.emailLabel")}
          </label>
          <FieldError id="status-email-error" error={errors.email} />
          <input
            id="status-email"
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={refusal?.values?.email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy(errors.email && "status-email-error")}
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {t("status.submit")}
        </button>
      </form>

      {state?.ok ? (
        <FocusedNotice role="status" trigger={state}>
          <h2 className="text-2xl">{t("status.resultHeading", { reference: state.data.reference })}</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1" data-testid="complaint-status">
            <dt className="font-semibold">{t("status.kind")}</dt>
            <dd>{t(`kinds.${state.data.kind}`)}</dd>
            <dt className="font-semibold">{t("status.state")}</dt>
            <dd>{t(`statuses.${state.data.status}`)}</dd>
            <dt className="font-semibold">{t("status.receivedOn")}</dt>
            <dd>{date(state.data.receivedAt)}</dd>
            {state.data.answeredAt ? (
              <>
                <dt className="font-semibold">{t("status.answeredOn")}</dt>
                <dd>{date(state.data.answeredAt)}</dd>
              </>
            ) : state.data.closedAt ? (
              <>
                <dt className="font-semibold">{t("status.closedOn")}</dt>
                <dd>{date(state.data.closedAt)}</dd>
              </>
            ) : (
              <>
                <dt className="font-semibold">{t("status.dueBy")}</dt>
                <dd>{date(state.data.dueAt)}</dd>
              </>
            )}
          </dl>
          {state.data.answer ? (
            <>
              <h3 className="mt-4 text-lg">{t("status.answerHeading")}</h3>
              <p className="mt-1 whitespace-pre-wrap">{state.data.answer}</p>
            </>
          ) : null}
          {state.data.closeReason ? (
            <>
              <h3 className="mt-4 text-lg">{t("status.closeReasonHeading")}</h3>
              <p className="mt-1 whitespace-pre-wrap">{state.data.closeReason}</p>
            </>
          ) : null}
        </FocusedNotice>
      ) : null}
    </div>
  );
}
