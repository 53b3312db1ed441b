import { inject } from "vitest";

import { createDb, type Db } from "@/lib/db";
import { createDatabase, runScopedName, withDatabase } from "@/scripts/lib/databases";

export interface FreshDatabase {
  db: Db;
  url: string;
  name: string;
}

/** A new database holding every committed migration and no rows, cloned from the run's template. */
export async function freshDatabase(): Promise<FreshDatabase> {
  const adminUrl = inject("adminUrl");
  const name = runScopedName(inject("runPrefix"));
  await createDatabase(adminUrl, name, inject("templateDatabase"));
  const url = withDatabase(adminUrl, name);
  return { db: createDb(url), url, name };
}
