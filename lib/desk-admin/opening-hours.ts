import { audit } from "@/lib/audit/audit";
import type { DbClient } from "@/lib/db";
import { violates } from "@/lib/db-errors";

import type { OpeningInterval } from "./schema";

/** The desk's weekly opening intervals, Monday first, morning first. */
export function listOpeningHours(db: DbClient, sedeId: string) {
  return db.openingHours.findMany({
    where: { sedeId },
    orderBy: [{ weekday: "asc" }, { opensMinute: "asc" }],
    select: { id: true, weekday: true, opensMinute: true, closesMinute: true },
  });
}

export type OpeningHoursResult = { ok: true; id: string } | { ok: false; reason: "overlap" | "not_found" };

/**
 * Adds a weekly interval. Several per day are allowed; PostgreSQL refuses one that overlaps another of
 * the same day (exclusion constraint "OpeningHours_no_overlap"), which is answered as "overlap".
 * Intervals that only touch (09:00–12:00 and 12:00–13:00) are fine: the ranges are half-open.
 */
export async function addOpeningInterval(db: DbClient, input: OpeningInterval & { sedeId: string; actorId: string }): Promise<OpeningHoursResult> {
  let id: string;
  try {
    ({ id } = await db.openingHours.create({
      data: { sedeId: input.sedeId, weekday: input.weekday, opensMinute: input.opens, closesMinute: input.closes },
      select: { id: true },
    }));
  } catch (error) {
    if (violates(error, "OpeningHours_no_overlap")) return { ok: false, reason: "overlap" };
    throw error;
  }
  await audit(db, { actorId: input.actorId, action: "opening_hours.create", entityType: "OpeningHours", entityId: id, metadata: { sedeId: input.sedeId, weekday: input.weekday } });
  return { ok: true, id };
}

/** Removes one weekly interval of desk `sedeId`. Appointments already booked in it stay booked. */
export async function removeOpeningInterval(db: DbClient, input: { sedeId: string; id: string; actorId: string }): Promise<OpeningHoursResult> {
  const { count } = await db.openingHours.deleteMany({ where: { id: input.id, sedeId: input.sedeId } });
  if (count === 0) return { ok: false, reason: "not_found" };
  await audit(db, { actorId: input.actorId, action: "opening_hours.delete", entityType: "OpeningHours", entityId: input.id, metadata: { sedeId: input.sedeId } });
  return { ok: true, id: input.id };
}
