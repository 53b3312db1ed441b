"use client";

import { useTranslations } from "next-intl";

import { FormResult } from "@/components/forms/FormResult";
import { useKeptForm } from "@/components/forms/use-kept-form";
import { describedBy, inputClass, primaryButtonClass } from "@/components/users/form-parts";

import type { ProceduresFormState } from "./procedures-form-state";

const FIELDS = [
  ["labelIt", 200],
  ["labelEn", 200],
  ["hintIt", 400],
  ["hintEn", 400],
] as const;

/** A step's texts in both languages and whether it is required: to edit one, or to add one. */
export function StepForm({
  id,
  hidden,
  initial,
  submit,
  action,
}: {
  id: string;
  hidden: Record<string, string>;
  initial: { labelIt: string; labelEn: string; hintIt: string; hintEn: string; required: boolean };
  submit: string;
  action: (state: ProceduresFormState, formData: FormData) => Promise<ProceduresFormState>;
}) {
  const t = useTranslations("procedures");
  const tAll = useTranslations() as unknown as (key: string) => string;
  const { state, formAction, pending, onSubmit } = useKeptForm(action);
  const errors = state && !state.ok ? state.fieldErrors : {};

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormResult state={state} id={`${id}-result`} fieldIds={Object.fromEntries(FIELDS.map(([name]) => [name, `${id}-${name}`]))} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-3 md:grid-cols-2">
        {FIELDS.map(([name, max]) => (
          <div key={name}>
            <label htmlFor={`${id}-${name}`} className="mb-1 block font-semibold">{t(name)}</label>
            {errors[name] ? (
              <p id={`${id}-${name}-error`} className="mb-1 font-semibold text-danger">{tAll(errors[name]!)}</p>
            ) : null}
            <input
              id={`${id}-${name}`}
              name={name}
              type="text"
              maxLength={max}
              required={name.startsWith("label")}
              defaultValue={initial[name]}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={describedBy(errors[name] && `${id}-${name}-error`)}
              className={inputClass}
            />
          </div>
        ))}
      </div>
      <div className="flex items-center gap-3">
        <input id={`${id}-required`} name="required" type="checkbox" defaultChecked={initial.required} className="h-5 w-5" />
        <label htmlFor={`${id}-required`}>{t("required")}</label>
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>{submit}</button>
    </form>
  );
}
