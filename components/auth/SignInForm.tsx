"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";

import { Notice } from "@/components/ui/Notice";

import type { SignInField, SignInState } from "./sign-in-state";

interface SignInFormProps {
  action: (state: SignInState, formData: FormData) => Promise<SignInState>;
  /** A validated local path to open after signing in, or "" to let the role decide. */
  callbackUrl: string;
  /** A confirmation (signed out, password set), shown until the visitor submits the form. */
  notice?: string;
}

const IDS = {
  summary: "signin-summary",
  email: "signin-email",
  password: "signin-password",
} as const;

const inputClass =
  "block w-full max-w-md rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";

/**
 * The staff sign-in form. A server action behind a plain <form>: without JavaScript the browser posts
 * it and the page comes back with the same errors; with JavaScript focus moves to the error summary.
 */
export function SignInForm({ action, callbackUrl, notice }: SignInFormProps) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state) summary.current?.focus();
  }, [state]);

  const fieldErrors = state?.fieldErrors ?? {};
  const fields = (["email", "password"] as const).filter((field) => fieldErrors[field] !== undefined);
  const errorId = (field: SignInField) => `${IDS[field]}-error`;
  const fieldError = (field: SignInField) => {
    const key = fieldErrors[field];
    return key ? (
      <p id={errorId(field)} className="mb-1 font-semibold text-danger">
        <span className="sr-only">{t("auth.signIn.fieldErrorPrefix")} </span>
        {t(key)}
      </p>
    ) : null;
  };

  return (
    <form action={formAction} noValidate className="space-y-5">
      {state ? (
        <Notice tone="error" role="alert">
          <div ref={summary} id={IDS.summary} tabIndex={-1}>
            {fields.length > 0 ? (
              <>
                <p className="font-bold">{t("auth.signIn.summaryTitle")}</p>
                <ul className="mt-1 list-disc pl-6">
                  {fields.map((field) => (
                    <li key={field}>
                      <a href={`#${IDS[field]}`} className="text-danger">
                        {t(fieldErrors[field]!)}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="font-semibold">{t(state.error, { minutes: state.minutes ?? 1 })}</p>
            )}
          </div>
        </Notice>
      ) : notice ? (
        <Notice role="status">
          <p className="font-semibold">{notice}</p>
        </Notice>
      ) : null}

      <input type="hidden" name="callbackUrl" value={callbackUrl} />

      <div>
        <label htmlFor={IDS.email} className="mb-1 block font-semibold">
          {t("auth.signIn.email")}
        </label>
        {fieldError("email")}
        <input
          id={IDS.email}
          name="email"
          type="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={254}
          defaultValue={state?.values.email}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? errorId("email") : undefined}
          className={inputClass}
        />
      </div>

      <div>
        <label htmlFor={IDS.password} className="mb-1 block font-semibold">
          {t("auth.signIn.password")}
        </label>
        {fieldError("password")}
        <input
          id={IDS.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? errorId("password") : undefined}
          className={inputClass}
        />
      </div>

      <button
        type="submit"
        disabled={pending}
        className="cursor-pointer rounded-md bg-primary px-8 py-2.5 text-base font-bold text-white hover:bg-primary-hover disabled:cursor-wait disabled:opacity-80"
      >
        {t("auth.signIn.submit")}
      </button>
    </form>
  );
}
