"use client";

import { useTranslations } from "next-intl";
import { useActionState, useCallback, useEffect, useRef } from "react";

import { describedBy, FieldError, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import { CameraScanner } from "./CameraScanner";
import type { DeskFormState } from "./desk-form-state";
import { FormResult } from "@/components/forms/FormResult";

/**
 * Check-in by booking code. A barcode scanner types the QR code's content and presses Enter, so the
 * field takes both; after each check-in it is emptied and focused for the next citizen.
 */
export function CheckInForm({ scuCode, action }: { scuCode: string; action: (state: DeskFormState, formData: FormData) => Promise<DeskFormState> }) {
  const t = useTranslations("deskWork");
  const tAll = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const field = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // A code read by the camera is checked in as if typed and sent.
  const scanned = useCallback((code: string) => {
    if (!field.current || !form.current) return;
    field.current.value = code;
    form.current.requestSubmit();
  }, []);
  const error = state && !state.ok ? state.fieldErrors.code : undefined;

  useEffect(() => {
    if (state?.ok && field.current) {
      field.current.value = "";
      field.current.focus();
    }
  }, [state]);

  return (
    <form ref={form} action={formAction} className="space-y-4">
      <FormResult state={state} id="check-in-result" fieldIds={{ code: "check-in-code" }} />
      <input type="hidden" name="scuCode" value={scuCode} />
      <div>
        <label htmlFor="check-in-code" className="mb-1 block font-semibold">
          {t("reception.code")}
        </label>
        <p id="check-in-code-hint" className="mb-1 text-sm text-muted">
          {t("reception.codeHint")}
        </p>
        <FieldError id="check-in-code-error" error={error} prefix={tAll("booking.form.fieldErrorPrefix")} />
        <input
          ref={field}
          id="check-in-code"
          name="code"
          type="text"
          required
          maxLength={300}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={state && !state.ok ? state.values?.code : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && "check-in-code-error", "check-in-code-hint")}
          className={`${inputClass} font-mono uppercase`}
        />
      </div>
      <div className="flex flex-wrap items-start gap-4">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {t("reception.checkIn")}
        </button>
        <CameraScanner onCode={scanned} />
      </div>
    </form>
  );
}
