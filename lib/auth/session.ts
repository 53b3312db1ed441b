import { forbidden, redirect } from "next/navigation";
import { cache } from "react";

import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";

import { auth } from "./auth";

export interface Staff {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** Desks the user works at (VOLUNTEER) or supervises (OLP); ADMIN reaches every desk anyway. */
  sedeIds: string[];
}

export { OLP_AREA, VOLUNTEER_AREA } from "./roles";

/**
 * The signed-in staff member, read afresh from the database on every request: a deactivated user, or
 * one whose role changed, is treated accordingly at once, whatever the session cookie says. Cached
 * per request (React cache): layout, metadata and page share one read.
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id }, include: { sedi: { select: { sedeId: true } } } });
  if (!user || !user.active) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, sedeIds: user.sedi.map((s) => s.sedeId) };
});

/** The first statement of every staff page and action: signed in, with one of `roles`. */
export async function requireRole(roles: Role[], returnTo = "/"): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/accesso?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!roles.includes(staff.role)) forbidden();
  return staff;
}

/** Whether `staff` may work with desk `sedeId`: an administrator always, others at their own desks. */
export function canAccessSede(staff: Staff, sedeId: string): boolean {
  return staff.role === "ADMIN" || staff.sedeIds.includes(sedeId);
}

export function requireSedeAccess(staff: Staff, sedeId: string): void {
  if (!canAccessSede(staff, sedeId)) forbidden();
}
