import { mapJson } from "@/lib/service-maps/export";

import { mapDownload } from "../map-download";

/** The map as JSON: the page's content with the file's text untouched. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return mapDownload((await params).slug, "json", mapJson);
}
