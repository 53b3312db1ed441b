import type { DbClient } from "@/lib/db";

/**
 * Minutes a week the desks are open by their stored weekly hours (the timetable as it stands, before
 * closures and holidays), added up over the desks: the portal's side of the service maps' "ore
 * settimanali di apertura al pubblico".
 */
export async function weeklyOpenMinutes(db: DbClient, input: { sedeIds: string[] }): Promise<number> {
  if (input.sedeIds.length === 0) return 0;
  const rows = await db.$queryRaw<{ minutes: number }[]>`
    SELECT COALESCE(sum("closesMinute" - "opensMinute"), 0)::int AS minutes
    FROM "OpeningHours" WHERE "sedeId" = ANY(${input.sedeIds}::uuid[])`;
  return rows[0].minutes;
}
