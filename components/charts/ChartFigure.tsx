import type { ReactNode } from "react";

interface ChartFigureProps {
  id: string;
  title: string;
  /** One sentence with what the chart shows at a glance: the drawing's description. */
  summary: string;
  /** The drawing's own units; the SVG scales to the column's width. */
  width: number;
  height: number;
  /** The SVG's content. */
  children: ReactNode;
  /** Below the summary: notes, and the table alternative. */
  after: ReactNode;
}

/**
 * The frame of every server-drawn chart: a figure whose caption names the `role="img"` drawing, the
 * summary sentence that describes it, then what the chart adds below (its table behind a disclosure).
 */
export function ChartFigure({ id, title, summary, width, height, children, after }: ChartFigureProps) {
  const captionId = `${id}-caption`;
  const summaryId = `${id}-summary`;
  return (
    <figure className="rounded-lg border border-line bg-white p-4 shadow-sm" data-testid={id}>
      <figcaption id={captionId} className="text-lg font-semibold">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={captionId}
        aria-describedby={summaryId}
        viewBox={`0 0 ${width} ${height}`}
        className="mt-2 h-auto w-full"
        preserveAspectRatio="xMidYMid meet"
      >
        {children}
      </svg>
      <p id={summaryId} className="mt-2 text-sm text-muted">
        {summary}
      </p>
      {after}
    </figure>
  );
}
