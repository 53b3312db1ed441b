import type { ReactNode } from "react";

const tones = {
  info: "border-primary bg-primary-soft text-primary-strong",
  warning: "border-notice bg-notice-soft text-notice",
  error: "border-danger bg-danger-soft text-danger",
} as const;

interface NoticeProps {
  children: ReactNode;
  tone?: keyof typeof tones;
  id?: string;
  role?: "alert" | "status";
  className?: string;
}

/** A boxed message; the coloured left border repeats what the colour says, for who cannot see it. */
export function Notice({ children, tone = "info", id, role, className = "" }: NoticeProps) {
  return (
    <div id={id} role={role} className={`rounded-md border-l-4 px-4 py-3 ${tones[tone]} ${className}`}>
      {children}
    </div>
  );
}
