export interface ServiceTimes {
  /** Average minutes per service code, from the desk's recent completed contacts. */
  [serviceCode: string]: number;
}

export interface BusyStation {
  /** When the current contact began. */
  startedAt: Date;
  serviceCode: string;
}

export interface Waiting {
  id: string;
  serviceCode: string;
}

export interface WaitInput {
  now: Date;
  /** Open workstations: busy ones with their current contact, idle ones as null. */
  stations: (BusyStation | null)[];
  /** The waiting citizens in the order they will be called; ids are unique. */
  queue: Waiting[];
  averages: ServiceTimes;
  /** Minutes used for a service with no average yet. */
  fallbackMinutes: number;
}

const MINUTE_MS = 60_000;

/**
 * Share of the average still expected from a contact that has outlasted its average.
 * Taking "it ends now" would show "0 minutes" on tickets while the contact may go on for a while;
 * for service times spread by ±30–40% the mean overrun is about a fifth of the average.
 * It applies only once the average is exceeded, so that with steady service times nothing is
 * added and the estimate is exact. In the simulated mornings of the tests, shares 0.1–0.3 give the
 * same error; 0 makes estimates too short, and a floor before the average is reached gains nothing.
 */
export const OVERRUN_RESIDUAL_SHARE = 0.2;

/** Contacts outside (0, 4 h] are mistakes (a contact never closed, clocks swapped), not samples. */
const MAX_CONTACT_MINUTES = 4 * 60;

/** Share of samples dropped at each end before averaging: one stray contact cannot skew the mean. */
const TRIM_SHARE = 0.2;

/**
 * Minutes each waiting citizen (by id) should wait before being called, rounded up;
 * null for everybody when no workstation is open.
 *
 * Each station becomes free when its contact is expected to end (idle ones: now); citizens,
 * in queue order, take the station that frees first and keep it for their service's average.
 */
export function estimateWaits(input: WaitInput): Map<string, number | null> {
  const { now, stations, queue } = input;
  if (!(Number.isFinite(input.fallbackMinutes) && input.fallbackMinutes > 0)) {
    throw new RangeError(`fallbackMinutes must be a positive number, got ${input.fallbackMinutes}`);
  }
  const waits = new Map<string, number | null>();
  if (stations.length === 0) {
    for (const citizen of queue) waits.set(citizen.id, null);
    return waits;
  }

  // Whole milliseconds from `now`, so that sums are exact and rounding up never meets 12.0000001.
  const durationMs = (serviceCode: string) => Math.round(averageMinutes(input, serviceCode) * MINUTE_MS);
  const freeInMs = stations.map((station) => (station ? remainingMs(station, now, durationMs(station.serviceCode)) : 0));

  for (const citizen of queue) {
    let next = 0;
    for (let i = 1; i < freeInMs.length; i++) if (freeInMs[i] < freeInMs[next]) next = i;
    waits.set(citizen.id, Math.ceil(freeInMs[next] / MINUTE_MS));
    freeInMs[next] += durationMs(citizen.serviceCode);
  }
  return waits;
}

function averageMinutes(input: WaitInput, serviceCode: string): number {
  // Object.hasOwn: a service code such as "constructor" must not pick up Object.prototype.
  const average = Object.hasOwn(input.averages, serviceCode) ? input.averages[serviceCode] : undefined;
  return average !== undefined && Number.isFinite(average) && average > 0 ? average : input.fallbackMinutes;
}

function remainingMs(station: BusyStation, now: Date, averageMs: number): number {
  // A contact started "after now" (clocks of two machines) counts as just started.
  const elapsedMs = Math.max(0, now.getTime() - station.startedAt.getTime());
  if (elapsedMs < averageMs) return averageMs - elapsedMs;
  return Math.round(averageMs * OVERRUN_RESIDUAL_SHARE);
}

export interface CompletedContact {
  serviceCode: string;
  startedAt: Date;
  endedAt: Date;
}

export interface AverageOptions {
  /** Minutes assumed per service before the desk has enough contacts of its own. */
  defaults: Record<string, number>;
  /** Samples needed to trust the desk's own figure alone; default 3. */
  minSamples?: number;
}

/**
 * Average minutes per service over recent completed contacts: a 20% trimmed mean of the
 * durations in (0, 4 h]. A mean rather than a median, because waits add durations up and the
 * median of right-skewed service times falls short of their mean.
 *
 * With n < minSamples samples the desk's figure is blended with the default as if the default
 * were (minSamples − n) extra samples: one quick contact does not halve tomorrow's estimates, and
 * the figure moves smoothly from the default to the desk's own. A service with neither samples nor
 * default is left out (the caller's fallback applies); one with samples but no default uses them.
 */
export function averageServiceMinutes(contacts: CompletedContact[], options: AverageOptions): ServiceTimes {
  const minSamples = options.minSamples ?? 3;
  const durations = new Map<string, number[]>();
  for (const contact of contacts) {
    const minutes = (contact.endedAt.getTime() - contact.startedAt.getTime()) / MINUTE_MS;
    if (!(minutes > 0 && minutes <= MAX_CONTACT_MINUTES)) continue;
    const list = durations.get(contact.serviceCode) ?? [];
    list.push(minutes);
    durations.set(contact.serviceCode, list);
  }

  const result = new Map(Object.entries(options.defaults));
  for (const [serviceCode, samples] of durations) {
    const own = trimmedMean(samples);
    const fallback = result.get(serviceCode);
    const missing = minSamples - samples.length;
    result.set(serviceCode, missing > 0 && fallback !== undefined ? (own * samples.length + fallback * missing) / minSamples : own);
  }
  // fromEntries defines own properties, so even a code like "__proto__" stays a plain key.
  return Object.fromEntries(result);
}

function trimmedMean(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const drop = Math.floor(sorted.length * TRIM_SHARE);
  const kept = sorted.slice(drop, sorted.length - drop);
  return kept.reduce((sum, value) => sum + value, 0) / kept.length;
}
