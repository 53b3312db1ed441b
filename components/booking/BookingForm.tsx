"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";

import { describedBy, ErrorSummary, FieldError, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import type { BookingFormState, DetailsField, DetailsValues } from "./booking-form-state";
import { StepIndicator } from "./StepIndicator";

export interface SlotChoice {
  serviceCode: string;
  scuCode: string;
  day: string;
  time: string;
}

export interface BookingSummary {
  serviceName: string;
  deskName: string;
  deskAddress: string;
  when: string;
  durationMinutes: number;
}

const EMPTY: DetailsValues = { name: "", email: "", phone: "", fiscalCode: "", consent: false };
const ORDER: DetailsField[] = ["name", "email", "phone", "fiscalCode", "consent"];
const id = (field: DetailsField) => `booking-${field}`;

const secondaryButtonClass = "cursor-pointer rounded-md border-2 border-primary bg-white px-6 py-2 text-base font-bold text-primary hover:bg-primary-soft";

/**
 * Details, then a summary to check, then the booking: one form whose server action answers with the
 * next phase. Every phase works without JavaScript; what was typed always comes back.
 */
export function BookingForm({
  action,
  slot,
  summary,
  requiresFiscalCode,
  idempotencyKey,
  privacyHref,
}: {
  action: (state: BookingFormState, formData: FormData) => Promise<BookingFormState>;
  slot: SlotChoice;
  summary: BookingSummary;
  requiresFiscalCode: boolean;
  idempotencyKey: string;
  privacyHref: string;
}) {
  const t = useTranslations("booking");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const phase = state ? (state.ok ? state.data.phase : state.phase) : "details";
  const values = state ? (state.ok ? state.data.values : state.values) : EMPTY;
  const failure = state && !state.ok ? state : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  const heading = useRef<HTMLHeadingElement>(null);
  // A new phase is a new page to the citizen: start reading from its heading (errors focus themselves).
  useEffect(() => {
    if (state?.ok) heading.current?.focus();
  }, [state]);

  const hidden = (
    <>
      <input type="hidden" name="serviceCode" value={slot.serviceCode} />
      <input type="hidden" name="scuCode" value={slot.scuCode} />
      <input type="hidden" name="day" value={slot.day} />
      <input type="hidden" name="time" value={slot.time} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
    </>
  );

  const summaryBox = failure ? (
    <ErrorSummary
      id="booking-summary-errors"
      trigger={state}
      title={t("form.summaryTitle")}
      items={ORDER.filter((field) => fieldErrors[field]).map((field) => ({ href: `#${id(field)}`, text: tAll(fieldErrors[field]!) }))}
      message={tAll(failure.error, { minutes: failure.minutes ?? 1 })}
    />
  ) : null;

  if (phase === "summary") {
    return (
      <form action={formAction} className="space-y-6">
        <StepIndicator current="summary" />
        {hidden}
        {(["name", "email", "phone", "fiscalCode"] as const).map((field) => (
          <input key={field} type="hidden" name={field} value={values[field]} />
        ))}
        {values.consent ? <input type="hidden" name="consent" value="on" /> : null}
        <h2 ref={heading} tabIndex={-1} className="text-2xl">{t("summary.heading")}</h2>
        {failure && !failure.alternatives ? summaryBox : null}
        {failure?.alternatives ? (
          <div role="alert" className="space-y-3 rounded-md border-l-4 border-danger bg-danger-soft px-4 py-3 text-danger">
            <p className="font-bold">{tAll(failure.error)}</p>
            {failure.alternatives.length > 0 ? (
              <fieldset>
                <legend className="mb-2 font-semibold text-ink">{t("summary.alternativesLegend")}</legend>
                <div className="space-y-2 text-ink">
                  {failure.alternatives.map((option, i) => (
                    <div key={`${option.day}T${option.time}`} className="flex items-center gap-3">
                      <input id={`alternative-${i}`} type="radio" name="slot" value={`${option.day}T${option.time}`} defaultChecked={i === 0} className="size-5 accent-primary" />
                      <label htmlFor={`alternative-${i}`}>{option.label}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            ) : (
              <p className="text-ink">{t("summary.noAlternatives")}</p>
            )}
          </div>
        ) : null}
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("summary.service")}</dt>
          <dd>{summary.serviceName}</dd>
          <dt className="font-semibold">{t("summary.desk")}</dt>
          <dd>
            {summary.deskName}
            <br />
            {summary.deskAddress}
          </dd>
          <dt className="font-semibold">{t("summary.when")}</dt>
          <dd>{failure?.alternatives ? <s>{summary.when}</s> : summary.when} {t("summary.duration", { minutes: summary.durationMinutes })}</dd>
          <dt className="font-semibold">{t("fields.name")}</dt>
          <dd>{values.name}</dd>
          <dt className="font-semibold">{t("fields.email")}</dt>
          <dd>{values.email}</dd>
          {values.phone ? (
            <>
              <dt className="font-semibold">{t("fields.phone")}</dt>
              <dd>{values.phone}</dd>
            </>
          ) : null}
          {requiresFiscalCode ? (
            <>
              <dt className="font-semibold">{t("fields.fiscalCode")}</dt>
              <dd className="font-mono">{values.fiscalCode}</dd>
            </>
          ) : null}
        </dl>
        <p>{t("summary.checkHint")}</p>
        <div className="flex flex-wrap gap-4">
          <button type="submit" name="intent" value="confirm" disabled={pending} className={primaryButtonClass}>
            {t("summary.confirm")}
          </button>
          <button type="submit" name="intent" value="edit" disabled={pending} className={secondaryButtonClass}>
            {t("summary.edit")}
          </button>
        </div>
      </form>
    );
  }

  const field = (name: DetailsField) => ({
    id: id(name),
    name,
    "aria-invalid": fieldErrors[name] ? true : undefined,
    "aria-describedby": describedBy(fieldErrors[name] && `${id(name)}-error`, `${id(name)}-hint`),
  });
  const error = (name: DetailsField) => <FieldError id={`${id(name)}-error`} error={fieldErrors[name]} prefix={t("form.fieldErrorPrefix")} />;

  return (
    <form action={formAction} noValidate className="space-y-6">
      {hidden}
      <StepIndicator current="details" />
      <input type="hidden" name="intent" value="review" />
      <h2 ref={heading} tabIndex={-1} className="text-2xl">{t("details.heading")}</h2>
      {summaryBox}
      <p>{t("details.required")}</p>

      <div>
        <label htmlFor={id("name")} className="mb-1 block font-semibold">
          {t("fields.name")} <span aria-hidden="true">*</span>
        </label>
        <p id={`${id("name")}-hint`} className="mb-1 text-sm text-muted">{t("hints.name")}</p>
        {error("name")}
        <input {...field("name")} type="text" autoComplete="name" required maxLength={120} defaultValue={values.name} className={inputClass} />
      </div>

      <div>
        <label htmlFor={id("email")} className="mb-1 block font-semibold">
          {t("fields.email")} <span aria-hidden="true">*</span>
        </label>
        <p id={`${id("email")}-hint`} className="mb-1 text-sm text-muted">{t("hints.email")}</p>
        {error("email")}
        <input {...field("email")} type="email" autoComplete="email" autoCapitalize="none" spellCheck={false} required maxLength={254} defaultValue={values.email} className={inputClass} />
      </div>

      <div>
        <label htmlFor={id("phone")} className="mb-1 block font-semibold">
          {t("fields.phoneOptional")}
        </label>
        <p id={`${id("phone")}-hint`} className="mb-1 text-sm text-muted">{t("hints.phone")}</p>
        {error("phone")}
        <input {...field("phone")} type="tel" autoComplete="tel" maxLength={40} defaultValue={values.phone} className={inputClass} />
      </div>

      {requiresFiscalCode ? (
        <div>
          <label htmlFor={id("fiscalCode")} className="mb-1 block font-semibold">
            {t("fields.fiscalCode")} <span aria-hidden="true">*</span>
          </label>
          <p id={`${id("fiscalCode")}-hint`} className="mb-1 text-sm text-muted">{t("hints.fiscalCode")}</p>
          {error("fiscalCode")}
          <input
            {...field("fiscalCode")}
            type="text"
            required
            maxLength={20}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.fiscalCode}
            className={`${inputClass} font-mono uppercase`}
          />
        </div>
      ) : null}

      <div>
        {error("consent")}
        <div className="flex items-start gap-3">
          <input {...field("consent")} type="checkbox" value="on" required defaultChecked={values.consent} className="mt-1 size-5 accent-primary" />
          <div>
            <label htmlFor={id("consent")} className="font-semibold">
              {t("fields.consent")} <span aria-hidden="true">*</span>
            </label>
            <p id={`${id("consent")}-hint`} className="text-sm">
              {t.rich("hints.consent", { link: (chunks) => <a href={privacyHref}>{chunks}</a> })}
            </p>
          </div>
        </div>
      </div>

      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("details.continue")}
      </button>
    </form>
  );
}
