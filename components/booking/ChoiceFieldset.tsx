import type { ReactNode } from "react";

/**
 * A step's choice as a group of radio buttons in a GET form: it works without JavaScript, and arrow
 * keys move between the options as in any radio group.
 */
export function ChoiceFieldset({ legend, children, hint }: { legend: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 text-xl font-bold">{legend}</legend>
      {hint ? <div className="text-muted">{hint}</div> : null}
      <div className="space-y-3">{children}</div>
    </fieldset>
  );
}

export function ChoiceOption({
  name,
  value,
  checked,
  required,
  label,
  children,
}: {
  name: string;
  value: string;
  checked?: boolean;
  required?: boolean;
  label: ReactNode;
  children?: ReactNode;
}) {
  const id = `${name}-${value}`;
  return (
    <div className="flex items-start gap-3 rounded-md border border-line bg-white p-3 has-[:checked]:border-primary has-[:checked]:bg-primary-soft">
      <input id={id} type="radio" name={name} value={value} defaultChecked={checked} required={required} className="mt-1 size-5 accent-primary" />
      <div>
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {children ? <div className="text-sm">{children}</div> : null}
      </div>
    </div>
  );
}

export const continueButtonClass =
  "cursor-pointer rounded-md bg-primary px-8 py-2.5 text-base font-bold text-white hover:bg-primary-hover";
