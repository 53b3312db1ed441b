"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";

import { describedBy, ErrorSummary, FieldError, inputClass, primaryButtonClass } from "./form-parts";
import type { SetPasswordField, SetPasswordState } from "./form-state";

const IDS = { summary: "password-summary", password: "new-password", confirm: "new-password-confirm" } as const;
const FIELDS: SetPasswordField[] = ["password", "confirm"];

interface SetPasswordFormProps {
  action: (state: SetPasswordState, formData: FormData) => Promise<SetPasswordState>;
  token: string;
  /** Where to ask for a new link when this one turns out to be used or expired. */
  requestNewHref: string;
}

/** A new password, twice, with the one-time link's token in a hidden field. */
export function SetPasswordForm({ action, token, requestNewHref }: SetPasswordFormProps) {
  const t = useTranslations("users");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const fieldErrors = failure?.fieldErrors ?? {};
  const invalid = FIELDS.filter((field) => fieldErrors[field] !== undefined);
  const errorId = (field: SetPasswordField) => `${IDS[field]}-error`;

  return (
    <form action={formAction} noValidate className="space-y-5">
      {failure ? (
        <ErrorSummary
          id={IDS.summary}
          trigger={state}
          title={t("form.summaryTitle")}
          items={invalid.map((field) => ({ href: `#${IDS[field]}`, text: tAll(fieldErrors[field]!, { minutes: 1 }) }))}
          message={
            <>
              <p>{tAll(failure.error, { minutes: 1 })}</p>
              {failure.error === "users.errors.invalidToken" ? (
                <p className="mt-1">
                  <Link href={requestNewHref} className="text-danger">
                    {t("setPassword.requestNew")}
                  </Link>
                </p>
              ) : null}
            </>
          }
        />
      ) : null}

      <input type="hidden" name="token" value={token} />

      <div>
        <label htmlFor={IDS.password} className="mb-1 block font-semibold">
          {t("setPassword.password")}
        </label>
        <p id={`${IDS.password}-hint`} className="mb-1 text-muted">
          {t("setPassword.passwordHint")}
        </p>
        <FieldError id={errorId("password")} error={fieldErrors.password} prefix={t("form.fieldErrorPrefix")} />
        <input
          id={IDS.password}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={200}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={describedBy(`${IDS.password}-hint`, fieldErrors.password && errorId("password"))}
          className={inputClass}
        />
      </div>

      <div>
        <label htmlFor={IDS.confirm} className="mb-1 block font-semibold">
          {t("setPassword.confirm")}
        </label>
        <FieldError id={errorId("confirm")} error={fieldErrors.confirm} prefix={t("form.fieldErrorPrefix")} />
        <input
          id={IDS.confirm}
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          maxLength={200}
          aria-invalid={fieldErrors.confirm ? true : undefined}
          aria-describedby={describedBy(fieldErrors.confirm && errorId("confirm"))}
          className={inputClass}
        />
      </div>

      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {t("setPassword.submit")}
      </button>
    </form>
  );
}
