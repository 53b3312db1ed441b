import { CHART_COLOURS } from "./svg-chart";

/** The value axis of a vertical chart: a grid line and a label at each tick, labels right-aligned left of the plot. */
export function ValueGrid({
  ticks,
  y,
  left,
  right,
  fontSize,
  formatTick,
}: {
  ticks: number[];
  y: (value: number) => number;
  /** The plot's left and right edges, in the drawing's units. */
  left: number;
  right: number;
  fontSize: number;
  formatTick: (value: number) => string;
}) {
  return ticks.map((tick) => (
    <g key={tick}>
      <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke={CHART_COLOURS.grid} strokeWidth={1} />
      <text x={left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={fontSize} fill={CHART_COLOURS.axis}>
        {formatTick(tick)}
      </text>
    </g>
  ));
}
