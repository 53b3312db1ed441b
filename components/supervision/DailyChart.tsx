import { labelEvery, niceAxis } from "@/lib/supervision/chart-scale";

export interface ChartPoint {
  /** Under the axis, short: the day of the month. */
  tick: string;
  /** In the table: the full date. */
  label: string;
  value: number | null;
  /** The value as the table shows it (localized, or "no calls" for null). */
  display: string;
}

interface DailyChartProps {
  id: string;
  kind: "bar" | "line";
  title: string;
  /** One sentence with what the chart shows at a glance (total, highest). */
  summary: string;
  points: ChartPoint[];
  /** Header of the table's first and second columns. */
  labelHeader: string;
  valueHeader: string;
  /** The disclosure's text that shows the table. */
  showTable: string;
  /** Localized tick values of the value axis. */
  formatTick: (value: number) => string;
  integer?: boolean;
}

// The drawing's own units; the SVG scales to the column's width.
const WIDTH = 960;
const HEIGHT = 280;
const MARGIN = { top: 14, right: 14, bottom: 34, left: 52 };
const FONT = 15;
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
// Bootstrap Italia's blues: 5.57:1 and 10.27:1 against white, above the 3:1 that graphics need
// (WCAG 1.4.11). Grid lines are decorative; the axis and the text use the muted ink (6.9:1).
const BAR = "#0066cc";
const LINE = "#004080";
const GRID = "#c5d3e0";
const AXIS = "#455b71";

/**
 * A day-by-day chart drawn on the server as SVG (no script, nothing to load), named by its caption,
 * with a sentence that sums it up and the same numbers in a table behind a disclosure.
 */
export function DailyChart({ id, kind, title, summary, points, labelHeader, valueHeader, showTable, formatTick, integer }: DailyChartProps) {
  const values = points.map((point) => point.value).filter((value): value is number => value !== null);
  const axis = niceAxis(values.length ? Math.max(...values) : 0, { integer });
  const band = PLOT_WIDTH / Math.max(points.length, 1);
  const every = labelEvery(points.length);
  const x = (index: number) => MARGIN.left + band * index + band / 2;
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - (value / axis.max) * PLOT_HEIGHT;

  // A line broken where a day has no value, rather than drawn through it.
  let path = "";
  let pen = false;
  points.forEach((point, index) => {
    if (point.value === null) {
      pen = false;
      return;
    }
    path += `${pen ? "L" : "M"}${x(index).toFixed(1)},${y(point.value).toFixed(1)} `;
    pen = true;
  });

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
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="mt-2 h-auto w-full"
        preserveAspectRatio="xMidYMid meet"
      >
        {axis.ticks.map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke={GRID} strokeWidth={1} />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={FONT} fill={AXIS}>
              {formatTick(tick)}
            </text>
          </g>
        ))}
        {kind === "bar"
          ? points.map((point, index) =>
              point.value ? (
                <rect
                  key={point.label}
                  x={MARGIN.left + band * index + band * 0.15}
                  width={Math.max(band * 0.7, 1)}
                  y={y(point.value)}
                  height={MARGIN.top + PLOT_HEIGHT - y(point.value)}
                  fill={BAR}
                />
              ) : null,
            )
          : (
            <>
              <path d={path.trim()} fill="none" stroke={LINE} strokeWidth={2.5} strokeLinejoin="round" />
              {points.map((point, index) =>
                point.value === null ? null : <circle key={point.label} cx={x(index)} cy={y(point.value)} r={3.5} fill={LINE} />,
              )}
            </>
          )}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={MARGIN.top + PLOT_HEIGHT} y2={MARGIN.top + PLOT_HEIGHT} stroke={AXIS} strokeWidth={1.5} />
        {points.map((point, index) =>
          index % every === 0 ? (
            <text key={point.label} x={x(index)} y={HEIGHT - 10} textAnchor="middle" fontSize={FONT} fill={AXIS}>
              {point.tick}
            </text>
          ) : null,
        )}
      </svg>
      <p id={summaryId} className="mt-2 text-sm text-muted">
        {summary}
      </p>
      <details className="mt-3">
        <summary className="cursor-pointer font-semibold text-primary underline underline-offset-3">{showTable}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {labelHeader}
                </th>
                <th scope="col" className="py-2 pr-4 text-right font-semibold">
                  {valueHeader}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.label} className="border-b border-line">
                  <th scope="row" className="py-1 pr-4 font-normal">
                    {point.label}
                  </th>
                  <td className="py-1 pr-4 text-right tabular-nums">{point.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
