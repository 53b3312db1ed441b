"use client";

import { useTranslations } from "next-intl";

import type { DeskAdminErrorKey } from "./desk-admin-form-state";

/** A field's own error, above the field (read before it), with "Error:" for screen readers. */
export function FieldError({ id, error }: { id: string; error: DeskAdminErrorKey | undefined }) {
  const t = useTranslations();
  if (!error) return null;
  return (
    <p id={id} className="mb-1 font-semibold text-danger">
      <span className="sr-only">{t("booking.form.fieldErrorPrefix")} </span>
      {t(error)}
    </p>
  );
}
