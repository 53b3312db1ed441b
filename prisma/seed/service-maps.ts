import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Db } from "@/lib/db";
import { applyImport } from "@/lib/service-maps/import";
import { parseServiceMaps } from "@/lib/service-maps/parse";
import { decodeServiceMapsFile } from "@/lib/service-maps/read-file";

export type ServiceMapsSeedResult =
  | { imported: true; maps: number }
  | { imported: false; reason: "missing" | "already_imported" | "unreadable"; file: string };

/**
 * Imports the municipality's service maps from `file` into a database that has none, so that a new
 * development database shows them. A missing or unreadable file is reported, never thrown: the rest
 * of the seed does not depend on it. A database with maps is left alone (an admin may have uploaded
 * a newer file).
 */
export async function seedServiceMaps(db: Db, file: string): Promise<ServiceMapsSeedResult> {
  if (!existsSync(file)) return { imported: false, reason: "missing", file };
  if ((await db.serviceMap.count()) > 0) return { imported: false, reason: "already_imported", file };
  const decoded = decodeServiceMapsFile(readFileSync(file));
  if (!decoded.ok) return { imported: false, reason: "unreadable", file };
  const parsed = parseServiceMaps(decoded.text);
  if (parsed.maps.length === 0) return { imported: false, reason: "unreadable", file };
  const result = await applyImport(db, parsed, { fileName: path.basename(file), sha256: decoded.sha256 });
  return result.ok && result.changed ? { imported: true, maps: parsed.maps.length } : { imported: false, reason: "already_imported", file };
}

/** One line for the console about what the seed did with the maps. */
export function describeServiceMapsSeed(result: ServiceMapsSeedResult): string | null {
  if (result.imported) return `Service maps: ${result.maps} maps imported.`;
  if (result.reason === "missing") return `Service maps: ${result.file} not found, no maps imported (set SERVICE_MAPS_FILE to import them).`;
  if (result.reason === "unreadable") return `Service maps: ${result.file} is not a service-maps text file, no maps imported.`;
  return null;
}
