"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

import { FieldError } from "@/components/forms/FieldError";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { FocusedNotice } from "@/components/users/FocusedNotice";
import { describedBy, ErrorSummary, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import type { FileComplaintState } from "./feedback-form-state";

const KINDS = ["COMPLAINT", "REPORT", "PRAISE"] as const;
const FIELDS = { kind: "kind-COMPLAINT", scuCode: "scuCode", serviceCode: "serviceCode", text: "text", email: "email", consent: "consent" };

/** The public form for a complaint, a report or praise, and the reference it gets. */
export function ComplaintForm({
  action,
  desks,
  services,
  scuCode,
}: {
  action: (state: FileComplaintState, formData: FormData) => Promise<FileComplaintState>;
  desks: { scuCode: string; name: string; city: string }[];
  services: { code: string; name: string }[];
  scuCode?: string;
}) {
  const t = useTranslations("feedback.complaint");
  const tAll = useTranslations() as unknown as (key: string, values?: Record<string, string | number>) => string;
  const format = useFormatter();
  const { state, formAction, pending, onSubmit } = useKeptForm(action);

  if (state?.ok) {
    const due = format.dateTime(new Date(state.data.dueAt), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Rome" });
    return (
      <div className="space-y-6">
        <FocusedNotice role="status" trigger={state}>
          <p className="text-xl font-bold">{t("sentTitle")}</p>
          <p className="mt-2 text-lg">
            {t("sentReference")}{" "}
            <strong className="font-mono text-2xl" data-testid="complaint-reference">
              {state.data.reference}
            </strong>
          </p>
          <p className="mt-1">{t("sentKeep")}</p>
          <p className="mt-1">{state.data.mailed ? `${t("sentDeadline", { date: due })} ${t("sentMailed")}` : t("sentNoEmail")}</p>
        </FocusedNotice>
        <ul className="flex flex-wrap gap-x-8 gap-y-2">
          <li>
            <Link href="/reclami/stato" className="font-semibold underline">
              {t("statusLink")}
            </Link>
          </li>
        </ul>
      </div>
    );
  }

  const values = state?.values ?? {};
  const errors = state?.fieldErrors ?? {};
  const items = Object.entries(errors)
    .filter(([field, error]) => error && field in FIELDS)
    .map(([field, error]) => ({ href: `#${FIELDS[field as keyof typeof FIELDS]}`, text: tAll(error!) }));

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      {state ? <ErrorSummary id="complaint-summary" trigger={state} title={tAll("booking.form.summaryTitle")} items={items} message={tAll(state.error, { minutes: state.minutes ?? 1 })} /> : null}
      <fieldset aria-describedby={errors.kind ? "kind-error" : undefined} className="space-y-2">
        <legend className="mb-2 text-lg font-semibold">{t("kindLegend")}</legend>
        <FieldError id="kind-error" error={errors.kind} />
        {KINDS.map((kind) => (
          <div key={kind} className="flex items-start gap-3">
            <input
              type="radio"
              id={`kind-${kind}`}
              name="kind"
              value={kind}
              defaultChecked={(values.kind || "COMPLAINT") === kind}
              aria-describedby={`kind-${kind}-hint`}
              className="mt-1 size-5 accent-primary"
            />
            <label htmlFor={`kind-${kind}`}>
              <span className="font-semibold">{t(`kinds.${kind}`)}</span>
              <span id={`kind-${kind}-hint`} className="block text-sm text-muted">
                {t(`kindHints.${kind}`)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>

      <div>
        <label htmlFor="scuCode" className="mb-1 block font-semibold">
          {t("deskLabel")}
        </label>
        <FieldError id="scuCode-error" error={errors.scuCode} />
        <select
          id="scuCode"
          name="scuCode"
          defaultValue={values.scuCode ?? scuCode ?? ""}
          aria-invalid={errors.scuCode ? true : undefined}
          aria-describedby={describedBy(errors.scuCode && "scuCode-error")}
          className={inputClass}
        >
          <option value="">{t("deskNone")}</option>
          {desks.map((desk) => (
            <option key={desk.scuCode} value={desk.scuCode}>
              {desk.name} ({desk.city})
            </option>
          ))}
        </select>
      </div>

      <div>
        <label htmlFor="serviceCode" className="mb-1 block font-semibold">
          {t("serviceLabel")}
        </label>
        <FieldError id="serviceCode-error" error={errors.serviceCode} />
        <select
          id="serviceCode"
          name="serviceCode"
          defaultValue={values.serviceCode ?? ""}
          aria-invalid={errors.serviceCode ? true : undefined}
          aria-describedby={describedBy(errors.serviceCode && "serviceCode-error")}
          className={inputClass}
        >
          <option value="">{t("serviceNone")}</option>
          {services.map((service) => (
            <option key={service.code} value={service.code}>
              {service.name}
            </option>
          ))}
        </select>
      </div>

      <div>
        <label htmlFor="text" className="mb-1 block font-semibold">
          {t("textLabel")}
        </label>
        <p id="text-hint" className="mb-1 text-sm text-muted">
          {t("textHint")}
        </p>
        <FieldError id="text-error" error={errors.text} />
        <textarea
          id="text"
          name="text"
          rows={7}
          required
          maxLength={4000}
          defaultValue={values.text}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={describedBy(errors.text && "text-error", "text-hint")}
          className={`${inputClass} max-w-2xl`}
        />
      </div>

      <div>
        <label htmlFor="email" className="mb-1 block font-semibold">
          {t("emailLabel")}
        </label>
        <p id="email-hint" className="mb-1 text-sm text-muted">
          {t("emailHint")}
        </p>
        <FieldError id="email-error" error={errors.email} />
        <input
          id="email"
          name="email"
          type="email"
          maxLength={254}
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={values.email}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy(errors.email && "email-error", "email-hint")}
          className={inputClass}
        />
      </div>

      <section aria-labelledby="privacy-heading" className="max-w-2xl space-y-3 rounded-md border-2 border-line p-4">
        <h2 id="privacy-heading" className="text-lg">
          {t("privacyHeading")}
        </h2>
        <p>{t("privacyText")}</p>
        <p>
          <Link href="/privacy" className="font-semibold underline">
            {t("privacyLink")}
          </Link>
        </p>
        <FieldError id="consent-error" error={errors.consent} />
        <div className="flex items-start gap-3">
          <input
            type="checkbox"
            id="consent"
            name="consent"
            defaultChecked={values.consent === "on"}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy(errors.consent && "consent-error")}
            className="mt-1 size-5 accent-primary"
          />
          <label htmlFor="consent">{t("consentLabel")}</label>
        </div>
      </section>

      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("submit")}
      </button>
    </form>
  );
}
