import { z } from "zod";

// What the staff list says after an action, carried in its URL so that it survives the redirect and
// works without JavaScript. Only the user's id travels: the page looks the name up itself.

const DONE = { created: "creato", updated: "modificato", deactivated: "disattivato", reactivated: "riattivato", linkSent: "link-inviato" } as const;
const ERRORS = { forbidden: "permesso", not_found: "non-trovato", self: "proprio-account", email_taken: "email", unavailable: "errore-tecnico" } as const;

export type Done = keyof typeof DONE;
type OutcomeError = keyof typeof ERRORS;

export type StaffListOutcome = { done: Done; userId: string } | { error: OutcomeError; done?: undefined };

export const STAFF_LIST = "/supervisione/personale";

export function staffListPath(outcome: StaffListOutcome): string {
  const query = outcome.done
    ? new URLSearchParams({ fatto: DONE[outcome.done], utente: outcome.userId })
    : new URLSearchParams({ errore: ERRORS[outcome.error] });
  return `${STAFF_LIST}?${query}`;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const reverse = <T extends string>(map: Record<T, string>, value: string | undefined): T | undefined =>
  (Object.keys(map) as T[]).find((key) => map[key] === value);

/** The outcome named by the list's query, if any (anything else is ignored). */
export function parseStaffListOutcome(params: Record<string, string | string[] | undefined>): StaffListOutcome | null {
  const done = reverse(DONE, first(params.fatto));
  const userId = z.uuid().safeParse(first(params.utente));
  if (done && userId.success) return { done, userId: userId.data };
  const error = reverse(ERRORS, first(params.errore));
  return error ? { error } : null;
}
