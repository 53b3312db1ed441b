import { unstable_cache } from "next/cache";

import { db } from "@/lib/db";

import { programmesRevision, readProgrammes, type ProgrammeView } from "./read";

/** Tag of the cached read of the programmes. */
export const PROGRAMME_INDICATORS_CACHE_TAG = "programme-indicators";

// As the service maps (lib/service-maps/cached.ts): the programmes change only on an import, so their
// read sits in Next's data cache, keyed on what is stored now (one short read per request). The import
// is a script with no request to revalidate from, so the key is what makes a new import show at once,
// on every server instance, and keeps an entry of an earlier database from being served for a newer one.

// The arguments are the cache key (serialized), so the revision is passed though the read ignores it.
interface Key {
  revision: string;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the key's only use is to be the key
const cachedProgrammes = unstable_cache(async (key: Key): Promise<ProgrammeView[]> => readProgrammes(db()), ["programme-indicators"], {
  tags: [PROGRAMME_INDICATORS_CACHE_TAG],
});

/** The imported programmes with their indicators, from the cache when this revision was read before. */
export async function loadProgrammes(): Promise<ProgrammeView[]> {
  return cachedProgrammes({ revision: await programmesRevision(db()) });
}
