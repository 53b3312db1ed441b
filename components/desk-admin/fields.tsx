"use client";

import { FieldError } from "@/components/forms/FieldError";
import { describedBy, inputClass } from "@/components/users/form-parts";

import type { DeskAdminErrorKey } from "./desk-admin-form-state";

/** A labelled text input with its hint and its own error, described by both. */
export function TextField({
  id,
  name,
  label,
  hint,
  error,
  defaultValue,
  inputMode,
  width = "max-w-md",
  required,
  maxLength,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: DeskAdminErrorKey;
  defaultValue?: string;
  inputMode?: "numeric" | "text";
  width?: string;
  required?: boolean;
  maxLength?: number;
}) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} error={error} />
      <input
        id={id}
        name={name}
        type="text"
        defaultValue={defaultValue}
        inputMode={inputMode}
        required={required}
        maxLength={maxLength}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`, hint && `${id}-hint`)}
        className={`${inputClass} ${width}`}
      />
    </div>
  );
}
