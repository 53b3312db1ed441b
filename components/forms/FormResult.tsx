"use client";

import { useTranslations } from "next-intl";

import { Notice } from "@/components/ui/Notice";
import { ErrorSummary } from "@/components/users/form-parts";

import type { FormState } from "./form-state";

/**
 * The answer of a staff action above its form: the success announced politely, or the refusal
 * focused, with links to the fields to fix.
 */
export function FormResult({ state, id, fieldIds = {} }: { state: FormState; id: string; fieldIds?: Record<string, string> }) {
  // Keys come from each area's own messages, checked where the actions name them.
  const t = useTranslations() as unknown as (key: string, values?: Record<string, string>) => string;
  if (!state) return null;
  if (state.ok) {
    return (
      <Notice tone="info" role="status" className="font-semibold">
        {t(state.data.message, state.data.values)}
      </Notice>
    );
  }
  const items = Object.entries(state.fieldErrors)
    .filter(([field, error]) => error && fieldIds[field])
    .map(([field, error]) => ({ href: `#${fieldIds[field]}`, text: t(error!) }));
  return <ErrorSummary id={id} trigger={state} title={t("booking.form.summaryTitle")} items={items} message={t(state.error)} />;
}
