// The checklist's unsent ticks, kept in the browser so that a lost connection (or a reload while
// offline) loses nothing. The document number and the codice fiscale are never written here: a
// tick that needs them survives only in memory, and after a reload the volunteer checks again.

export interface Tick {
  stepKey: string;
  done: boolean;
  value?: string;
  documentNumber?: string;
  fiscalCode?: string;
  /** ISO time of the tick on this device: the server keeps the newest per step. */
  clientAt: string;
}

const storageKey = (visitId: string) => `sportello.ticks.${visitId}`;

export function loadTicks(visitId: string): Tick[] {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(visitId)) ?? "[]") as unknown;
    return Array.isArray(stored) ? (stored as Tick[]).filter((tick) => typeof tick?.stepKey === "string" && typeof tick.clientAt === "string") : [];
  } catch {
    return [];
  }
}

export function saveTicks(visitId: string, ticks: Tick[]): void {
  try {
    if (ticks.length === 0) localStorage.removeItem(storageKey(visitId));
    else localStorage.setItem(storageKey(visitId), JSON.stringify(ticks.map(({ stepKey, done, value, clientAt }) => ({ stepKey, done, value, clientAt }))));
  } catch {
    // Storage full or disabled: the ticks still live in memory until sent.
  }
}

/** A tick that cannot be sent without a secret that was not stored. */
export const needsSecret = (tick: Tick, kind: string | undefined) =>
  tick.done && ((kind === "ID_DOCUMENT" && !tick.documentNumber) || (kind === "FISCAL_CODE" && !tick.fiscalCode));
