import type { WizardQuery } from "@/lib/booking/schema";

/** The booking wizard's address for a set of choices; each step adds one. */
export function wizardHref(query: WizardQuery, hash?: string): string {
  const params = new URLSearchParams();
  for (const key of ["servizio", "sede", "mese", "giorno", "ora"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return `/prenota${search ? `?${search}` : ""}${hash ? `#${hash}` : ""}`;
}
