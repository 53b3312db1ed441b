import type { Role } from "@/lib/generated/prisma/client";

/** Who may open the volunteers' desk area: the OLP and administrators too. */
export const VOLUNTEER_AREA: Role[] = ["VOLUNTEER", "OLP", "ADMIN"];
/** Who may open supervision and administration. */
export const OLP_AREA: Role[] = ["OLP", "ADMIN"];
