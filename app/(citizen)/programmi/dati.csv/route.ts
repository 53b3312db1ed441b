import { programmesCsv } from "@/lib/programme-indicators/export";

import { programmesDownload } from "../download";

// Read per request (keyed on what is stored), as the page.
export const dynamic = "force-dynamic";

/** The programmes' indicator cells as CSV, one line each (lib/programme-indicators/export.ts says the format). */
export async function GET(): Promise<Response> {
  return programmesDownload("csv", programmesCsv);
}
