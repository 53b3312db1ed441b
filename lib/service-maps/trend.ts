/** How a published figure stands: a number, or a reason there is none (never a zero in disguise). */
export type CellStatus = "NUMBER" | "NOT_AVAILABLE" | "NOT_APPLICABLE" | "TEXT" | "EMPTY";

/** One year of an indicator, as the chart and its table alternative draw it. */
export interface TrendPoint {
  year: number;
  value: number | null;
  status: CellStatus;
  /** Footnote marker ("*", "**") printed beside the figure in the map. */
  marker: string | null;
}

export interface TrendSummary {
  first: TrendPoint | null;
  last: TrendPoint | null;
  highest: TrendPoint | null;
  /** Years without a number (n.d., n.a., blank or text), in order. */
  gaps: number[];
}

/**
 * What a trend sentence says: the first and last years with a number, the highest, and the years
 * with none. Points are taken in year order, whatever order the table gave them in.
 */
export function summarizeTrend(points: TrendPoint[]): TrendSummary {
  const ordered = [...points].sort((a, b) => a.year - b.year);
  const numbers = ordered.filter((point) => point.value !== null);
  const highest = numbers.reduce<TrendPoint | null>((best, point) => (best === null || point.value! > best.value! ? point : best), null);
  return {
    first: numbers[0] ?? null,
    last: numbers.at(-1) ?? null,
    highest,
    gaps: ordered.filter((point) => point.value === null).map((point) => point.year),
  };
}

/** Whether an indicator is worth a chart: at least two years with a number. */
export function isChartable(points: TrendPoint[]): boolean {
  return points.filter((point) => point.value !== null).length >= 2;
}
