import { ChartFigure } from "@/components/charts/ChartFigure";
import { ChartTable } from "@/components/charts/ChartTable";
import { CHART_COLOURS } from "@/components/charts/svg-chart";
import { niceAxis } from "@/lib/supervision/chart-scale";

export interface ServiceBar {
  /** The service's name, written above its bar and in the table. */
  label: string;
  value: number;
  /** The value as the table shows it. */
  display: string;
  /** The table's further columns for this service, in the order of `extraHeaders`. */
  extra: string[];
}

interface ServiceChartProps {
  id: string;
  title: string;
  /** One sentence with what the chart shows at a glance. */
  summary: string;
  bars: ServiceBar[];
  labelHeader: string;
  valueHeader: string;
  extraHeaders: string[];
  showTable: string;
  formatTick: (value: number) => string;
}

// The drawing's own units; the SVG scales to the column's width. Each service takes a band: its
// name above (full width, so that long names are not cut) and its bar below.
const WIDTH = 960;
const MARGIN = { top: 6, right: 60, bottom: 30, left: 8 };
const BAND = 58;
const BAR_HEIGHT = 22;
const FONT = 15;
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const { bar: BAR, grid: GRID, axis: AXIS } = CHART_COLOURS;

/**
 * One horizontal bar per service, drawn on the server as SVG, named by its caption, summed up in a
 * sentence, with the numbers (and the figures beside them) in a table behind a disclosure.
 */
export function ServiceChart({ id, title, summary, bars, labelHeader, valueHeader, extraHeaders, showTable, formatTick }: ServiceChartProps) {
  const axis = niceAxis(Math.max(0, ...bars.map((bar) => bar.value)), { integer: true });
  const plotHeight = BAND * Math.max(bars.length, 1);
  const height = MARGIN.top + plotHeight + MARGIN.bottom;
  const x = (value: number) => MARGIN.left + (value / axis.max) * PLOT_WIDTH;
  return (
    <ChartFigure
      id={id}
      title={title}
      summary={summary}
      width={WIDTH}
      height={height}
      after={
        <>
          <ChartTable
            showTable={showTable}
            title={title}
            labelHeader={labelHeader}
            valueHeader={valueHeader}
            extraHeaders={extraHeaders}
            rows={bars.map((bar) => ({ label: bar.label, display: bar.display, extra: bar.extra }))}
          />
        </>
      }
    >
      {axis.ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={MARGIN.top + plotHeight} stroke={GRID} strokeWidth={1} />
          <text x={x(tick)} y={height - 8} textAnchor="middle" fontSize={FONT} fill={AXIS}>
            {formatTick(tick)}
          </text>
        </g>
      ))}
      {bars.map((bar, index) => {
        const top = MARGIN.top + BAND * index;
        return (
          <g key={bar.label}>
            <text x={MARGIN.left + 4} y={top + FONT + 2} fontSize={FONT} fill={AXIS}>
              {bar.label}
            </text>
            {bar.value > 0 ? <rect x={MARGIN.left} y={top + 26} width={x(bar.value) - MARGIN.left} height={BAR_HEIGHT} fill={BAR} /> : null}
            <text x={x(bar.value) + 6} y={top + 26 + BAR_HEIGHT / 2} dy="0.32em" fontSize={FONT} fill={AXIS}>
              {bar.display}
            </text>
          </g>
        );
      })}
      <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotHeight} stroke={AXIS} strokeWidth={1.5} />
    </ChartFigure>
  );
}
