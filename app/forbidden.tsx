import type { Metadata } from "next";

import { SiteShell } from "@/components/layout/SiteShell";
import { ForbiddenContent, forbiddenMetadata } from "@/components/staff/ForbiddenContent";
import { currentStaff } from "@/lib/auth/session";

export function generateMetadata(): Promise<Metadata> {
  return forbiddenMetadata();
}

// forbidden() from a staff layout or page (requireRole with the wrong role). Only the root layout is
// around this page, so it brings the citizen shell itself, as app/not-found.tsx does.
export default async function Forbidden() {
  const staff = await currentStaff();
  return (
    <SiteShell>
      <ForbiddenContent staff={staff} />
    </SiteShell>
  );
}
