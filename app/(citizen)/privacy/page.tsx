import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking.privacy");
  return { title: t("title") };
}

const SECTIONS = ["controller", "data", "feedback", "retention", "rights"] as const;

/** The privacy notice the booking form links to (GDPR art. 13). */
export default async function PrivacyPage() {
  const [t, tNav, tBreadcrumbs] = await Promise.all([getTranslations("booking.privacy"), getTranslations("layout.nav"), getTranslations("breadcrumbs")]);
  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("home"), href: "/" }, { label: t("title") }]} />
      <Container className="max-w-3xl space-y-6 py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
        {SECTIONS.map((section) => (
          <section key={section} aria-labelledby={`privacy-${section}`} className="space-y-2">
            <h2 id={`privacy-${section}`} className="text-2xl">{t(`${section}Heading`)}</h2>
            <p>{t(section)}</p>
          </section>
        ))}
      </Container>
    </>
  );
}
