import { unstable_cache } from "next/cache";

import { db } from "@/lib/db";

import { latestImportRevision, readMap, readMapIndex, type MapIndex, type ServiceMapView } from "./read";

/** Tag of every cached read of the maps: an import may invalidate it with revalidateTag. */
export const SERVICE_MAPS_CACHE_TAG = "service-maps";

// The maps change only on an import, so their reads sit in Next's data cache. The key holds the latest
// import's id (one indexed look-up per request): an import shows at once on every server instance,
// even where its revalidatePath never ran (another process, a script), and an entry left on disk by
// an earlier database can never be served for a newer one. The pages themselves render per request,
// because the language comes from a cookie and the security policy's nonce is new on each response.

// The arguments are the cache key (serialized), so the revision is passed though the read ignores it.
interface Key {
  revision: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the key's only use is to be the key
const cachedIndex = unstable_cache(async (key: Key): Promise<MapIndex> => readMapIndex(db()), ["service-maps-index"], {
  tags: [SERVICE_MAPS_CACHE_TAG],
});

const cachedMap = unstable_cache(async (key: Key & { slug: string }): Promise<ServiceMapView | null> => readMap(db(), key.slug), ["service-maps-map"], {
  tags: [SERVICE_MAPS_CACHE_TAG],
});

/** The index's maps and offices, from the cache when this revision was read before. */
export async function loadMapIndex(): Promise<MapIndex> {
  return cachedIndex({ revision: await latestImportRevision(db()) });
}

/** One map by slug (null when there is none), from the cache when this revision was read before. */
export async function loadMap(slug: string): Promise<ServiceMapView | null> {
  return cachedMap({ revision: await latestImportRevision(db()), slug });
}
