import type { Staff } from "@/lib/auth/session";
import type { DbClient } from "@/lib/db";

/**
 * Whether `staff` may review volunteer `userId`'s timesheet: an administrator always; an OLP when the
 * volunteer works at one of the desks the OLP supervises. Volunteers review nobody.
 */
export async function canReview(db: DbClient, staff: Pick<Staff, "id" | "role" | "sedeIds">, userId: string): Promise<boolean> {
  if (staff.role === "VOLUNTEER" || staff.id === userId) return false;
  const volunteer = await db.user.findUnique({ where: { id: userId }, select: { role: true, sedi: { select: { sedeId: true } } } });
  if (!volunteer || volunteer.role !== "VOLUNTEER") return false;
  if (staff.role === "ADMIN") return true;
  return volunteer.sedi.some((link) => staff.sedeIds.includes(link.sedeId));
}

/** Whether `staff` may read `userId`'s timesheet: their own, or one they may review. */
export async function canRead(db: DbClient, staff: Pick<Staff, "id" | "role" | "sedeIds">, userId: string): Promise<boolean> {
  return staff.id === userId || canReview(db, staff, userId);
}
