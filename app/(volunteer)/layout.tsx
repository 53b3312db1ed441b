import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { SiteShell } from "@/components/layout/SiteShell";

// The volunteers' pages and their sign-in arrive with the authentication work; this is their frame.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout.areas");
  return { title: t("volunteer"), robots: { index: false, follow: false } };
}

export default function VolunteerLayout({ children }: { children: ReactNode }) {
  return <SiteShell area="volunteer">{children}</SiteShell>;
}
