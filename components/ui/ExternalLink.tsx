import type { ReactNode } from "react";

interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  /** Read after the link text by screen readers, e.g. "(external website)". */
  externalLabel: string;
  className?: string;
}

/** A link that leaves the portal: marked with an icon for sighted users and in words for screen readers. */
export function ExternalLink({ href, children, externalLabel, className = "" }: ExternalLinkProps) {
  return (
    <a href={href} rel="external noopener noreferrer" className={`inline-flex items-center gap-1 ${className}`}>
      {children}
      <span className="sr-only"> {externalLabel}</span>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.75">
        <path d="M9 2.5h4.5V7M13.5 2.5 7 9M11.5 9.5v4h-9v-9h4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </a>
  );
}
