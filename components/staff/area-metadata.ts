import type { Metadata } from "next";
import { cache } from "react";

import { currentStaff } from "@/lib/auth/session";
import type { Role } from "@/lib/generated/prisma/client";

import { forbiddenMetadata } from "./ForbiddenContent";

// Layout and page metadata of one request ask the same question: one database read.
const staffForMetadata = cache(currentStaff);

/**
 * Metadata of a staff layout or page. Next resolves metadata apart from rendering, so when the page
 * answers 403 (requireRole → forbidden()) its title would still be the area's: say "access denied"
 * instead. Anonymous visitors are redirected to the sign-in page before anything is shown.
 */
export async function staffAreaMetadata(
  roles: Role[],
  kind: "layout" | "page",
  metadata: () => Promise<Metadata>,
): Promise<Metadata> {
  const staff = await staffForMetadata();
  if (staff && !roles.includes(staff.role)) {
    // The layout gives no title template, so the page's "access denied" title gets the site's.
    return kind === "page" ? forbiddenMetadata() : { robots: { index: false, follow: false } };
  }
  return metadata();
}
