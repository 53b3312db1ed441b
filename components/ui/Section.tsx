import type { ReactNode } from "react";

interface SectionProps {
  /** Id of the heading, which names the section for assistive technology. */
  id: string;
  title: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A page section named by its own h2. */
export function Section({ id, title, children, className = "" }: SectionProps) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-2xl sm:text-3xl">
        {title}
      </h2>
      {children}
    </section>
  );
}
