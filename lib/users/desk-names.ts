import type { DbClient } from "@/lib/db";

/** The names of the desks with these ids, for showing a user's desks. */
export async function deskNamesById(db: DbClient, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const desks = await db.sede.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(desks.map((desk) => [desk.id, desk.name]));
}
