"use client";

import { startTransition, useActionState, type FormEvent } from "react";

import { describedBy, inputClass } from "@/components/users/form-parts";

import type { DeskAdminErrorKey } from "./desk-admin-form-state";
import { FieldError } from "./FieldError";

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

/**
 * useActionState with a submit that keeps what was typed: React resets a form after its action, and
 * a refused form should show the values again next to their errors.
 */
export function useKeptForm<State>(action: (state: State | null, formData: FormData) => Promise<State | null>) {
  const [state, formAction, pending] = useActionState<State | null, FormData>(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  }
  return { state, formAction, pending, onSubmit };
}
