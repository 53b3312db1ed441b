"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { FocusedNotice } from "./FocusedNotice";
import { describedBy, ErrorSummary, FieldError, inputClass, primaryButtonClass } from "./form-parts";
import type { ForgotPasswordState } from "./form-state";

const IDS = { summary: "forgot-summary", email: "forgot-email" } as const;

/** The "forgot password" form: an e-mail address, then the same answer for every address. */
export function ForgotPasswordForm({ action }: { action: (state: ForgotPasswordState, formData: FormData) => Promise<ForgotPasswordState> }) {
  const t = useTranslations("users");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const emailError = failure?.fieldErrors.email;

  return (
    <form action={formAction} noValidate className="space-y-5">
      {state?.ok ? (
        <FocusedNotice role="status" trigger={state}>
          <p className="font-semibold">{t("forgot.sent")}</p>
          <p className="mt-1">{t("forgot.sentHint")}</p>
        </FocusedNotice>
      ) : null}
      {failure ? (
        <ErrorSummary
          id={IDS.summary}
          trigger={state}
          title={t("form.summaryTitle")}
          items={emailError ? [{ href: `#${IDS.email}`, text: tAll(emailError, { minutes: 1 }) }] : []}
          message={tAll(failure.error, { minutes: failure.minutes ?? 1 })}
        />
      ) : null}

      <div>
        <label htmlFor={IDS.email} className="mb-1 block font-semibold">
          {t("forgot.email")}
        </label>
        <FieldError id={`${IDS.email}-error`} error={emailError} prefix={t("form.fieldErrorPrefix")} />
        <input
          id={IDS.email}
          name="email"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={254}
          defaultValue={failure?.values.email}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={describedBy(emailError && `${IDS.email}-error`)}
          className={inputClass}
        />
      </div>

      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("forgot.submit")}
      </button>
    </form>
  );
}
