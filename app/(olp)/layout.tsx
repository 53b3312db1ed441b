import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { SiteShell } from "@/components/layout/SiteShell";

// The OLP (local project coordinator) pages and their sign-in arrive with the authentication work.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout.areas");
  return { title: t("olp"), robots: { index: false, follow: false } };
}

export default function OlpLayout({ children }: { children: ReactNode }) {
  return <SiteShell area="olp">{children}</SiteShell>;
}
