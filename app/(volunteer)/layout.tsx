import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { StaffShell } from "@/components/staff/StaffShell";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(VOLUNTEER_AREA, "layout", async () => {
    const [t, tSite] = await Promise.all([getTranslations("layout.areas"), getTranslations("site")]);
    // A template of its own: a plain title here would drop the root's "· Sportello Digitale" from the pages.
    return {
      title: { template: `%s · ${t("volunteer")} · ${tSite("name")}`, default: t("volunteer") },
      robots: { index: false, follow: false },
    };
  });
}

// Every page of the area checks the role again: a layout is not re-rendered on client navigation.
export default async function VolunteerLayout({ children }: { children: ReactNode }) {
  const staff = await requireRole(VOLUNTEER_AREA, "/sportello");
  return (
    <StaffShell area="volunteer" staff={staff}>
      {children}
    </StaffShell>
  );
}
