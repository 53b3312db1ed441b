"use client";

import { useEffect, useRef, type ReactNode } from "react";

import { Notice } from "@/components/ui/Notice";

/**
 * The result of an action, shown on the page it redirected to and focused there, so that screen
 * readers read it: a live region that arrives with the page is not announced by itself.
 */
export function FocusedNotice({
  children,
  tone,
  role,
  trigger,
}: {
  children: ReactNode;
  tone?: "info" | "error";
  role: "status" | "alert";
  /** A form's state: each new answer focuses the message again. */
  trigger?: unknown;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, [trigger]);
  return (
    <Notice tone={tone} role={role} className="max-w-prose">
      <div ref={box} tabIndex={-1}>
        {children}
      </div>
    </Notice>
  );
}
