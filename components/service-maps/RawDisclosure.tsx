import type { ReactNode } from "react";

/** The file's own text of a table, behind a disclosure that opens from the keyboard (Enter or Space). */
export function RawDisclosure({ summary, testId, children }: { summary: string; testId: string; children: ReactNode }) {
  return (
    <details className="mt-2" data-testid={testId}>
      <summary className="cursor-pointer font-semibold text-primary underline underline-offset-3">{summary}</summary>
      <div className="mt-2 overflow-x-auto">{children}</div>
    </details>
  );
}
