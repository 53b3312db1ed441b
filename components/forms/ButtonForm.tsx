"use client";

import { useActionState } from "react";

import type { FormState } from "./form-state";
import { FormResult } from "@/components/forms/FormResult";

const looks = {
  primary: "bg-primary text-white hover:bg-primary-hover border-primary",
  secondary: "bg-white text-primary-strong hover:bg-primary-soft border-primary",
  large: "bg-primary text-white hover:bg-primary-hover border-primary px-10 py-4 text-xl",
} as const;

/** One button that runs a staff action, with the action's answer shown above it. */
export function ButtonForm({
  action,
  label,
  accessibleLabel,
  hidden,
  look = "primary",
  id,
}: {
  // A method signature: each area's action narrows the state's message keys.
  action(state: FormState, formData: FormData): Promise<FormState>;
  label: string;
  /** When the visible label is short ("No-show"), what it acts on ("Mark Maria Rossi as a no-show"). */
  accessibleLabel?: string;
  hidden: Record<string, string>;
  look?: keyof typeof looks;
  id: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-2">
      <FormResult state={state} id={`${id}-result`} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        aria-label={accessibleLabel}
        className={`cursor-pointer rounded-md border-2 px-4 py-2 font-bold disabled:cursor-wait disabled:opacity-80 ${looks[look]}`}
      >
        {label}
      </button>
    </form>
  );
}
