import { programmesJson } from "@/lib/programme-indicators/export";

import { programmesDownload } from "../download";

// Read per request (keyed on what is stored), as the page.
export const dynamic = "force-dynamic";

/** The programmes with their indicators and cells as JSON, the report's text untouched. */
export async function GET(): Promise<Response> {
  return programmesDownload("json", programmesJson);
}
