import { z } from "zod";

import type { MapIndex, MapIndexEntry } from "./read";

/** An empty form field ("all offices") means the parameter is absent. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/**
 * The index's query string (a GET form): free text over titles and indicators, optionally one office
 * (its slug). Error messages are keys under `serviceMaps.index.errors`. Unknown parameters are ignored.
 */
export const mapIndexQuerySchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(100, "q").optional()),
  ufficio: z.preprocess(blankToUndefined, z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "office").max(120, "office").optional()),
});

export interface MapIndexQuery {
  q?: string;
  ufficio?: string;
}

export type MapIndexQueryError = "q" | "office" | "repeated";

/** Next.js gives repeated parameters as arrays; the index takes each once. */
export function parseMapIndexQuery(
  params: Record<string, string | string[] | undefined>,
): { success: true; data: MapIndexQuery } | { success: false; error: MapIndexQueryError } {
  if (Array.isArray(params.q) || Array.isArray(params.ufficio)) return { success: false, error: "repeated" };
  const result = mapIndexQuerySchema.safeParse(params);
  if (!result.success) return { success: false, error: result.error.issues[0]?.message === "office" ? "office" : "q" };
  const { q, ufficio } = result.data;
  return { success: true, data: { ...(q ? { q } : {}), ...(ufficio ? { ufficio } : {}) } };
}

/** Lower case, accents and punctuation dropped: "Città" and "CITTA'" compare equal. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The maps a query finds: every word of `q`, anywhere in a word ("anagraf" finds "ANAGRAFE"), in the
 * title or the indicators' labels; and the office when one is chosen. An office without maps finds none.
 */
export function filterMapIndex(index: MapIndex, query: MapIndexQuery): MapIndexEntry[] {
  const words = query.q ? foldForSearch(query.q).split(" ").filter(Boolean) : [];
  return index.maps.filter((map) => {
    if (query.ufficio && map.office?.slug !== query.ufficio) return false;
    if (words.length === 0) return true;
    const text = [map.title ?? "", ...map.indicators].map(foldForSearch).join(" ");
    return words.every((word) => text.includes(word));
  });
}
