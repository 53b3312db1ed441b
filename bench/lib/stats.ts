/** Latency summary of one measured phase, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p % of the values at or below it. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(latenciesMs: number[]): LatencySummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
  };
}

/** Milliseconds since `start` (a `performance.now()` reading). */
export const since = (start: number) => performance.now() - start;

export const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : "–");

/**
 * Runs `task(i)` for i = 0…count-1 on `clients` concurrent loops, each taking the next index when its
 * previous task ends (a closed loop: a client waits for its answer before sending again). Stops
 * handing out work once `stopped()` says so.
 */
export async function closedLoop(
  count: number,
  clients: number,
  task: (index: number) => Promise<void>,
  stopped: () => boolean,
): Promise<{ started: number; wallMs: number }> {
  let next = 0;
  const start = performance.now();
  const loop = async () => {
    while (next < count && !stopped()) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(clients, count) }, loop));
  return { started: next, wallMs: since(start) };
}
