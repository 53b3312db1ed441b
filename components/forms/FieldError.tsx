"use client";

import { useTranslations } from "next-intl";

/**
 * A field's own error, above the field (read before it), with "Error:" for screen readers. `error`
 * is a messages key of the area's own errors, checked where the area's actions name it.
 */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const t = useTranslations() as unknown as (key: string) => string;
  if (!error) return null;
  return (
    <p id={id} className="mb-1 font-semibold text-danger">
      <span className="sr-only">{t("booking.form.fieldErrorPrefix")} </span>
      {t(error)}
    </p>
  );
}
