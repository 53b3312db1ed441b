import { ChartFigure } from "@/components/charts/ChartFigure";
import { ChartTable } from "@/components/charts/ChartTable";
import { CHART_COLOURS, gappedLinePath } from "@/components/charts/svg-chart";
import { ValueGrid } from "@/components/charts/ValueGrid";
import { niceAxis } from "@/lib/supervision/chart-scale";

export interface TrendChartPoint {
  year: number;
  /** Null where the map gives no number: drawn as a gap with `display`, never as a zero. */
  value: number | null;
  /** The figure as the table shows it, localized, with its footnote marker ("876*", "n.d."). */
  display: string;
}

interface TrendChartProps {
  id: string;
  title: string;
  /** One sentence with what the chart shows at a glance. */
  summary: string;
  points: TrendChartPoint[];
  yearHeader: string;
  valueHeader: string;
  /** The disclosure's text that shows the table. */
  showTable: string;
  /** Localized tick values of the value axis. */
  formatTick: (value: number) => string;
  /** The table's footnotes that the figures' markers point to. */
  footnotes?: string[];
  integer?: boolean;
}

// The drawing's own units; the SVG scales to the column's width.
const WIDTH = 720;
const HEIGHT = 260;
const MARGIN = { top: 30, right: 20, bottom: 34, left: 78 };
const FONT = 15;
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const { line: LINE, axis: AXIS } = CHART_COLOURS;

/**
 * A year-by-year trend of one indicator drawn on the server as SVG: a line through the years with a
 * number, broken where a year has none (marked with its status, not dropped to zero), each point
 * labelled, named by its caption, summed up in a sentence, and repeated in a table behind a disclosure.
 */
export function TrendChart({ id, title, summary, points, yearHeader, valueHeader, showTable, formatTick, footnotes = [], integer }: TrendChartProps) {
  const ordered = [...points].sort((a, b) => a.year - b.year);
  const values = ordered.map((point) => point.value).filter((value): value is number => value !== null);
  const axis = niceAxis(values.length ? Math.max(...values) : 0, { integer });
  const band = PLOT_WIDTH / Math.max(ordered.length, 1);
  const x = (index: number) => MARGIN.left + band * index + band / 2;
  const y = (value: number) => MARGIN.top + PLOT_HEIGHT - (Math.max(value, 0) / axis.max) * PLOT_HEIGHT;
  const baseline = MARGIN.top + PLOT_HEIGHT;

  const path = gappedLinePath(ordered.map((point) => point.value), x, y);

  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      width={WIDTH}
      height={HEIGHT}
      after={
        <>
          {footnotes.length > 0 ? (
            <ul className="mt-1 text-sm text-muted">
              {footnotes.map((footnote) => (
                <li key={footnote}>{footnote}</li>
              ))}
            </ul>
          ) : null}
          <ChartTable
            showTable={showTable}
            title={title}
            labelHeader={yearHeader}
            valueHeader={valueHeader}
            rows={ordered.map((point) => ({ label: point.year, display: point.display }))}
          />
        </>
      }
    >
      <ValueGrid ticks={axis.ticks} y={y} left={MARGIN.left} right={WIDTH - MARGIN.right} fontSize={FONT} formatTick={formatTick} />
      <path d={path} fill="none" stroke={LINE} strokeWidth={2.5} strokeLinejoin="round" />
      {ordered.map((point, index) =>
        point.value === null ? (
          // A gap says what it is, just above the axis, in the muted ink: no point, no zero.
          <text key={point.year} x={x(index)} y={baseline - 8} textAnchor="middle" fontSize={FONT - 1} fill={AXIS} fontStyle="italic">
            {point.display}
          </text>
        ) : (
          <g key={point.year}>
            <circle cx={x(index)} cy={y(point.value)} r={4} fill={LINE} />
            <text x={x(index)} y={y(point.value) - 10} textAnchor="middle" fontSize={FONT - 1} fill={LINE} fontWeight={600}>
              {point.display}
            </text>
          </g>
        ),
      )}
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={baseline} y2={baseline} stroke={AXIS} strokeWidth={1.5} />
      {ordered.map((point, index) => (
        <text key={point.year} x={x(index)} y={HEIGHT - 10} textAnchor="middle" fontSize={FONT} fill={AXIS}>
          {point.year}
        </text>
      ))}
    </ChartFigure>
  );
}
