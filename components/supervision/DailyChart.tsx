import { ChartFigure } from "@/components/charts/ChartFigure";
import { ChartTable } from "@/components/charts/ChartTable";
import { CHART_COLOURS, gappedLinePath } from "@/components/charts/svg-chart";
import { ValueGrid } from "@/components/charts/ValueGrid";
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
const { bar: BAR, line: LINE, axis: AXIS } = CHART_COLOURS;

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

  const path = gappedLinePath(points.map((point) => point.value), x, y);

  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      after={
        <ChartTable
          showTable={showTable}
          title={title}
          labelHeader={labelHeader}
          valueHeader={valueHeader}
          rows={points.map((point) => ({ label: point.label, display: point.display }))}
        />
      }
    >
      <ValueGrid ticks={axis.ticks} y={y} left={MARGIN.left} right={WIDTH - MARGIN.right} fontSize={FONT} formatTick={formatTick} />
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
            <path d={path} fill="none" stroke={LINE} strokeWidth={2.5} strokeLinejoin="round" />
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
    </ChartFigure>
  );
}
