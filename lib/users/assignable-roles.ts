import type { Staff } from "@/lib/auth/session";

import { ROLES } from "./schema";

type Role = (typeof ROLES)[number];

/**
 * The roles `actor` may give an account (the rule of `createStaffUser`): an administrator any, an OLP
 * only volunteers'. Editing their own account, nobody changes their role.
 */
export function assignableRoles(actor: Pick<Staff, "id" | "role">, target?: { id: string; role: Role }): Role[] {
  if (target && target.id === actor.id) return [target.role];
  if (actor.role === "ADMIN") return [...ROLES];
  if (actor.role === "OLP") return ["VOLUNTEER"];
  return [];
}
