"use client";

import { FieldError } from "@/components/forms/FieldError";

/**
 * A question as a fieldset whose legend is the question and whose radios are the answers: screen
 * readers announce the question with each answer, arrow keys move between answers.
 */
export function ChoiceGroup({
  name,
  legend,
  options,
  error,
  checked,
  required,
  hint,
  inline = true,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  error?: string;
  checked?: string;
  required?: boolean;
  hint?: string;
  inline?: boolean;
}) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  const described = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={`${name}-group`} aria-describedby={described} aria-invalid={error ? true : undefined} className="space-y-2">
      <legend className="mb-2 text-lg font-semibold">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
      <div className={inline ? "flex flex-wrap gap-x-3 gap-y-2" : "space-y-2"}>
        {options.map((option, index) => (
          <label
            key={option.value}
            className="flex cursor-pointer items-center gap-2 rounded-md border-2 border-line px-3 py-2 has-[:checked]:border-primary has-[:checked]:bg-primary-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2"
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              id={index === 0 ? name : undefined}
              defaultChecked={checked === option.value}
              required={required}
              className="size-5 accent-primary"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
