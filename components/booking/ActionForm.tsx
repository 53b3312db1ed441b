"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";

import { ErrorSummary, primaryButtonClass } from "@/components/users/form-parts";

import type { ManageFormState } from "./manage-form-state";

/**
 * A confirm form for a change to a booking (move it, cancel it): its fields, one button, and the
 * refusal above them when there is one. The action redirects on success.
 */
export function ActionForm({
  action,
  submit,
  children,
  danger,
}: {
  action: (state: ManageFormState, formData: FormData) => Promise<ManageFormState>;
  submit: string;
  children?: ReactNode;
  danger?: boolean;
}) {
  const t = useTranslations("booking");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const items = state?.fieldErrors.reason ? [{ href: "#cancel-reason", text: tAll(state.fieldErrors.reason) }] : [];
  return (
    <form action={formAction} className="space-y-5">
      {state ? <ErrorSummary id="change-summary" trigger={state} title={t("form.summaryTitle")} items={items} message={tAll(state.error, { minutes: 1 })} /> : null}
      {children}
      <button type="submit" disabled={pending} className={danger ? primaryButtonClass.replace("bg-primary", "bg-danger").replace("hover:bg-primary-hover", "hover:opacity-90") : primaryButtonClass}>
        {submit}
      </button>
    </form>
  );
}
