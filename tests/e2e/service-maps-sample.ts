import { createDb } from "@/lib/db";
import { applyImport } from "@/lib/service-maps/import";
import { parseServiceMaps } from "@/lib/service-maps/parse";
import { decodeServiceMapsFile } from "@/lib/service-maps/read-file";

/** The service maps' sample (real figures, descriptions written for the tests). */
export const SERVICE_MAPS_SAMPLE = "tests/fixtures/service-maps-sample.txt";

/**
 * Imports a service-maps file's text into the e2e database through the importer's functions; the
 * same content again writes nothing. Call it inside withMapsLock (./service-maps-lock.ts).
 */
export async function importText(text: string, fileName: string) {
  const db = createDb(process.env.E2E_DATABASE_URL!);
  try {
    const decoded = decodeServiceMapsFile(new TextEncoder().encode(text));
    if (!decoded.ok) throw new Error(`the sample is not readable: ${JSON.stringify(decoded)}`);
    const result = await applyImport(db, parseServiceMaps(decoded.text), { fileName, sha256: decoded.sha256 });
    if (!result.ok) throw new Error(`import refused: ${result.reason}`);
  } finally {
    await db.$disconnect();
  }
}
