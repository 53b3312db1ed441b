"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";

import { Notice } from "@/components/ui/Notice";

import type { BookingErrorKey } from "@/components/booking/booking-form-state";
import type { DeskErrorKey } from "@/components/desk-work/desk-form-state";
import type { TimesheetErrorKey } from "@/components/timesheets/timesheet-form-state";

import type { UsersErrorKey } from "./form-state";

export const inputClass =
  "block w-full max-w-md rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger read-only:bg-surface";

export const primaryButtonClass =
  "cursor-pointer rounded-md bg-primary px-8 py-2.5 text-base font-bold text-white hover:bg-primary-hover disabled:cursor-wait disabled:opacity-80";

/**
 * A refused form's summary, focused when it appears so that screen readers read it and keyboard users
 * start from it: a list of links to the invalid fields, or one message when no field is to blame.
 */
export function ErrorSummary({
  id,
  trigger,
  title,
  items,
  message,
}: {
  id: string;
  /** The action's state: each new refusal moves focus to the summary again. */
  trigger: unknown;
  title: string;
  items: { href: string; text: string }[];
  message: ReactNode;
}) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    summary.current?.focus();
  }, [trigger]);

  return (
    <Notice tone="error" role="alert">
      <div ref={summary} id={id} tabIndex={-1}>
        {items.length > 0 ? (
          <>
            <p className="font-bold">{title}</p>
            <ul className="mt-1 list-disc pl-6">
              {items.map((item) => (
                <li key={item.href}>
                  <a href={item.href} className="text-danger">
                    {item.text}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <div className="font-semibold">{message}</div>
        )}
      </div>
    </Notice>
  );
}

/** A field's own error, above the field (so it is read before it), with "Error:" for screen readers. */
export function FieldError({ id, error, prefix }: { id: string; error: UsersErrorKey | BookingErrorKey | DeskErrorKey | TimesheetErrorKey | undefined; prefix: string }) {
  const t = useTranslations();
  if (!error) return null;
  return (
    <p id={id} className="mb-1 font-semibold text-danger">
      <span className="sr-only">{prefix} </span>
      {t(error)}
    </p>
  );
}

/** The ids an input is described by: its hint and its error, those that are shown. */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const shown = ids.filter(Boolean);
  return shown.length > 0 ? shown.join(" ") : undefined;
}
