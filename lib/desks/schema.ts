import { z } from "zod";

/** SCU site codes are 4–8 digits, e.g. "138935"; anything else cannot be a desk. */
export const scuCodeSchema = z.string().regex(/^[0-9]{4,8}$/, "errors.invalidDeskCode");

export const serviceCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, "errors.invalidServiceCode");

/** An empty form field ("all services") means the parameter is absent. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * The catalogue's query string: free text over services and desks, optionally one service. Unknown
 * parameters (e.g. a campaign's `utm_source`) are ignored, not refused.
 */
export const catalogueQuerySchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100, "errors.queryTooLong").optional()),
  servizio: z.preprocess(blankToUndefined, serviceCodeSchema.optional()),
});

export interface CatalogueQuery {
  q?: string;
  servizio?: string;
}

/** Next.js gives repeated parameters as arrays; the catalogue takes each once. */
export function parseCatalogueQuery(
  params: Record<string, string | string[] | undefined>,
): { success: true; data: CatalogueQuery } | { success: false; error: string } {
  if (Array.isArray(params.q) || Array.isArray(params.servizio)) {
    return { success: false, error: "errors.repeatedParameter" };
  }
  const result = catalogueQuerySchema.safeParse(params);
  if (!result.success) return { success: false, error: result.error.issues[0]?.message ?? "errors.invalidQuery" };
  const { q, servizio } = result.data;
  return { success: true, data: { ...(q ? { q } : {}), ...(servizio ? { servizio } : {}) } };
}
