"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { describedBy, ErrorSummary, FieldError, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import type { ManageFormState } from "./manage-form-state";

/** "Manage my booking": the booking code and the e-mail address it was made with. */
export function LookupForm({ action, code }: { action: (state: ManageFormState, formData: FormData) => Promise<ManageFormState>; code?: string }) {
  const t = useTranslations("booking");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state?.fieldErrors ?? {};
  const items = (["code", "email"] as const)
    .filter((field) => fieldErrors[field])
    .map((field) => ({ href: `#lookup-${field}`, text: tAll(fieldErrors[field]!) }));

  return (
    <form action={formAction} noValidate className="space-y-5">
      {state ? (
        <ErrorSummary id="lookup-summary" trigger={state} title={t("form.summaryTitle")} items={items} message={tAll(state.error, { minutes: state.minutes ?? 1 })} />
      ) : null}
      <div>
        <label htmlFor="lookup-code" className="mb-1 block font-semibold">
          {t("manage.code")}
        </label>
        <p id="lookup-code-hint" className="mb-1 text-sm text-muted">{t("manage.codeHint")}</p>
        <FieldError id="lookup-code-error" error={fieldErrors.code} prefix={t("form.fieldErrorPrefix")} />
        <input
          id="lookup-code"
          name="code"
          type="text"
          required
          maxLength={40}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={state?.values?.code ?? code}
          aria-invalid={fieldErrors.code ? true : undefined}
          aria-describedby={describedBy(fieldErrors.code && "lookup-code-error", "lookup-code-hint")}
          className={`${inputClass} font-mono uppercase`}
        />
      </div>
      <div>
        <label htmlFor="lookup-email" className="mb-1 block font-semibold">
          {t("manage.email")}
        </label>
        <FieldError id="lookup-email-error" error={fieldErrors.email} prefix={t("form.fieldErrorPrefix")} />
        <input
          id="lookup-email"
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          autoCapitalize="none"
          spellCheck={false}
          defaultValue={state?.values?.email}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={describedBy(fieldErrors.email && "lookup-email-error")}
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("manage.submit")}
      </button>
    </form>
  );
}
