import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { CatalogueSearchForm } from "@/components/desks/CatalogueSearchForm";
import { ServiceCard } from "@/components/desks/ServiceCard";
import { loadHomeSummary } from "@/components/layout/chrome-data";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Section } from "@/components/ui/Section";
import { db } from "@/lib/db";
import { searchCatalogue } from "@/lib/desks/search-catalogue";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { absolute: `${t("name")} · ${t("tagline")}` } };
}

const STEPS = ["find", "check", "visit"] as const;

export default async function HomePage() {
  const locale = await getCurrentLocale();
  const [t, summary, catalogue] = await Promise.all([
    getTranslations("home"),
    loadHomeSummary(),
    searchCatalogue(db(), { q: undefined }, locale),
  ]);
  const strong = (chunks: ReactNode) => <strong className="block text-3xl font-bold text-primary-strong">{chunks}</strong>;

  return (
    <>
      <section aria-labelledby="home-heading" className="border-b border-line bg-surface">
        <Container className="grid gap-8 py-10 md:py-14 lg:grid-cols-[3fr_2fr] lg:items-start">
          <div>
            <h1 id="home-heading" className="text-3xl sm:text-4xl">
              {t("heading")}
            </h1>
            <p className="mt-4 max-w-prose text-lg">{t("intro")}</p>
            <ul aria-label={t("statsLabel")} className="mt-6 flex flex-wrap gap-x-10 gap-y-4">
              <li>{t.rich("stats.desks", { count: summary.deskCount, strong })}</li>
              <li>{t.rich("stats.services", { count: summary.serviceCount, strong })}</li>
              <li>{t.rich("stats.municipalities", { count: summary.municipalities.length, strong })}</li>
            </ul>
          </div>
          <Card as="section" labelledBy="home-search-heading" className="lg:mt-2">
            <h2 id="home-search-heading" className="mb-4 text-2xl">
              {t("searchHeading")}
            </h2>
            <CatalogueSearchForm idPrefix="home-search" />
          </Card>
        </Container>
      </section>

      <Container className="space-y-14 py-12">
        <Section id="home-services" title={t("servicesHeading")}>
          <p className="mt-2">{t("servicesIntro")}</p>
          <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {catalogue.services.map((service) => (
              <ServiceCard key={service.code} service={service} />
            ))}
          </ul>
        </Section>

        <Section id="home-municipalities" title={t("municipalitiesHeading")}>
          <ul className="mt-6 grid gap-6 sm:grid-cols-2">
            {summary.municipalities.map((municipality) => (
              <Card as="li" key={municipality.code} className="flex flex-col gap-2">
                <h3 className="text-xl">{municipality.name}</h3>
                <p>{t("municipalityDesks", { count: municipality.deskCount })}</p>
                <ul className="columns-1 gap-6 md:columns-2">
                  {municipality.desks.map((desk) => (
                    <li key={desk.scuCode} className="mb-1 break-inside-avoid">
                      <Link href={`/sedi/${desk.scuCode}`} prefetch={false}>
                        {desk.name}
                      </Link>
                    </li>
                  ))}
                </ul>
                {municipality.deskCount > 0 ? (
                  <p>
                    <Link href={`/servizi?q=${encodeURIComponent(municipality.name)}`} prefetch={false}>
                      {t("municipalityLink", { name: municipality.name })}
                    </Link>
                  </p>
                ) : null}
              </Card>
            ))}
          </ul>
          <p className="mt-6">
            <Link href="/servizi" className="font-semibold">
              {t("allDesksLink")}
            </Link>
          </p>
        </Section>

        <Section id="home-how" title={t("howHeading")}>
          <ol className="mt-6 grid gap-6 md:grid-cols-3">
            {STEPS.map((step, index) => (
              <li key={step} className="flex gap-4">
                <span
                  aria-hidden="true"
                  className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-primary text-lg font-bold text-white"
                >
                  {index + 1}
                </span>
                <p className="pt-1.5">{t(`steps.${step}`)}</p>
              </li>
            ))}
          </ol>
        </Section>
      </Container>
    </>
  );
}
