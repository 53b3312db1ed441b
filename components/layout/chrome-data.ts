import { cache } from "react";

import { db } from "@/lib/db";
import { getHomeSummary, type HomeSummary } from "@/lib/desks/home-summary";

/** One summary per request, shared by the page chrome and the home page. */
export const loadHomeSummary = cache((): Promise<HomeSummary> => getHomeSummary(db()));

/**
 * The municipalities named in the top bar and the footer. Empty when the database cannot be read,
 * so that the 404 and error pages still render around a failure instead of failing with it.
 */
export const loadMunicipalities = cache(async (): Promise<HomeSummary["municipalities"]> => {
  try {
    return (await loadHomeSummary()).municipalities;
  } catch (error) {
    console.error("Page chrome: could not load the municipalities", error);
    return [];
  }
});
