/** A value axis from 0: its top and the values to draw grid lines at. */
export interface Axis {
  max: number;
  ticks: number[];
}

/**
 * A "nice" axis from 0 to at least `maxValue`, with steps of 1, 2 or 5 times a power of ten and about
 * `targetTicks` intervals. `integer` keeps steps whole (counts of people). An empty series gets 0–1.
 */
export function niceAxis(maxValue: number, options: { targetTicks?: number; integer?: boolean } = {}): Axis {
  const targetTicks = options.targetTicks ?? 4;
  if (!Number.isFinite(maxValue) || maxValue <= 0) return { max: 1, ticks: [0, 1] };
  const rough = maxValue / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = [1, 2, 5, 10].map((factor) => factor * magnitude).find((candidate) => candidate >= rough)!;
  if (options.integer) step = Math.max(1, Math.round(step));
  const max = Math.ceil(maxValue / step - 1e-9) * step;
  const ticks: number[] = [];
  // Rounded to tame binary fractions (0.1 + 0.2).
  for (let index = 0; index * step <= max + step / 1000; index++) ticks.push(Number((index * step).toPrecision(12)));
  return { max: Number(max.toPrecision(12)), ticks };
}

/** Which of `count` categories get a label under the axis: every n-th, so that at most `maxLabels` show. */
export function labelEvery(count: number, maxLabels = 12): number {
  return Math.max(1, Math.ceil(count / maxLabels));
}
