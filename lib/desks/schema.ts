import { z } from "zod";

/** SCU site codes are 4–8 digits, e.g. "138935"; anything else cannot be a desk. */
export const scuCodeSchema = z.string().regex(/^[0-9]{4,8}$/, "errors.invalidDeskCode");

export const serviceCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, "errors.invalidServiceCode");

/** The catalogue's query string: free text over services and desks, optionally one service. */
export const catalogueQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .max(100, "errors.queryTooLong")
    .optional()
    .transform((value) => value || undefined),
  servizio: serviceCodeSchema.optional(),
}, { error: "errors.invalidQuery" });

export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

/** Next.js gives repeated parameters as arrays; the catalogue takes each once. */
export function parseCatalogueQuery(params: Record<string, string | string[] | undefined>) {
  for (const value of Object.values(params)) {
    if (Array.isArray(value)) {
      return { success: false as const, error: "errors.repeatedParameter" };
    }
  }
  const result = catalogueQuerySchema.safeParse(params);
  if (result.success) return { success: true as const, data: result.data };
  return { success: false as const, error: result.error.issues[0]?.message ?? "errors.invalidQuery" };
}
