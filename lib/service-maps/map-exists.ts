import type { DbClient } from "@/lib/db";

import { mapSlugSchema } from "./slug";

/** Whether a map has this slug (one indexed look-up; a malformed slug is no map's). */
export async function mapExists(db: DbClient, slug: string): Promise<boolean> {
  if (!mapSlugSchema.safeParse(slug).success) return false;
  return (await db.serviceMap.count({ where: { slug } })) > 0;
}
