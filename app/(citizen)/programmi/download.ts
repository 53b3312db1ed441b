import { loadProgrammes } from "@/lib/programme-indicators/cached";
import { programmesFilename } from "@/lib/programme-indicators/export";
import type { ProgrammeView } from "@/lib/programme-indicators/read";

/**
 * The programmes' data as a download: public open data, so any cache may keep it, but every use asks
 * again (an import changes it). Nothing imported is a file with no programme, as the page says.
 */
export async function programmesDownload(extension: "csv" | "json", body: (programmes: ProgrammeView[]) => string): Promise<Response> {
  return new Response(body(await loadProgrammes()), {
    headers: {
      "Content-Type": extension === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${programmesFilename(extension)}"`,
      "Cache-Control": "public, no-cache",
    },
  });
}
