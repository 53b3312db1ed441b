import { mapCsv } from "@/lib/service-maps/export";

import { mapDownload } from "../map-download";

/** The map's cells as CSV, one line each (lib/service-maps/export.ts says the format). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return mapDownload((await params).slug, "csv", mapCsv);
}
