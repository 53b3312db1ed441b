import { loadMap } from "@/lib/service-maps/cached";
import { exportFilename } from "@/lib/service-maps/export";
import type { ServiceMapView } from "@/lib/service-maps/read";
import { mapSlugSchema } from "@/lib/service-maps/slug";

/**
 * A map's data as a download: public open data, so any cache may keep it, but every use asks again
 * (an import changes it); 404 for an address that names no map.
 */
export async function mapDownload(slug: string, extension: "csv" | "json", body: (map: ServiceMapView) => string): Promise<Response> {
  const parsed = mapSlugSchema.safeParse(slug);
  const map = parsed.success ? await loadMap(parsed.data) : null;
  if (!map) {
    return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return new Response(body(map), {
    headers: {
      "Content-Type": extension === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFilename(map, extension)}"`,
      "Cache-Control": "public, no-cache",
    },
  });
}
