import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { CatalogueSearchForm, type SearchFormError } from "@/components/desks/CatalogueSearchForm";
import { DeskCard } from "@/components/desks/DeskCard";
import { ServiceCard } from "@/components/desks/ServiceCard";
import { validationMessage } from "@/components/desks/validation-message";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Section } from "@/components/ui/Section";
import { Notice } from "@/components/ui/Notice";
import { db } from "@/lib/db";
import { listServices } from "@/lib/desks/list-services";
import { parseCatalogueQuery } from "@/lib/desks/schema";
import { searchCatalogue, type CatalogueResult } from "@/lib/desks/search-catalogue";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue");
  return { title: t("title"), description: t("metaDescription") };
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = await getCurrentLocale();
  const [t, tValidation, tNav, tBreadcrumbs] = await Promise.all([
    getTranslations("catalogue"),
    getTranslations("validation"),
    getTranslations("layout.nav"),
    getTranslations("breadcrumbs"),
  ]);

  const query = parseCatalogueQuery(params);
  const [services, result]: [{ code: string; name: string }[], CatalogueResult | undefined] = await Promise.all([
    listServices(db(), locale),
    query.success ? searchCatalogue(db(), query.data, locale) : undefined,
  ]);

  let error: SearchFormError | undefined;
  if (!query.success) {
    const { key, field } = validationMessage(query.error);
    error = { message: tValidation(key), field };
  }
  const submittedService = firstValue(params.servizio);
  const values = {
    q: firstValue(params.q),
    servizio: services.some((service) => service.code === submittedService) ? submittedService : "",
  };
  const hasResults = result !== undefined && (result.services.length > 0 || result.desks.length > 0);

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: tNav("home"), href: "/" }, { label: t("title") }]}
      />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-prose text-lg">{t("intro")}</p>

        <div className="mt-8 rounded-lg border border-line bg-surface p-5 sm:p-6">
          <CatalogueSearchForm
            idPrefix="catalogue-search"
            services={services}
            values={values}
            error={error}
            showReset={!query.success || Object.keys(query.data).length > 0}
          />
        </div>

        <div className="mt-8 space-y-10">
          <p role="status" aria-live="polite" className="text-lg font-semibold">
            {result ? t("status", { services: result.services.length, desks: result.desks.length }) : t("statusInvalid")}
          </p>

          {result?.unknownService ? (
            <Notice tone="warning">
              <p>{t("unknownService")}</p>
            </Notice>
          ) : result && !hasResults ? (
            <Notice>
              <p className="font-semibold">{t("noResults")}</p>
              <p>{t("noResultsHint")}</p>
            </Notice>
          ) : null}

          {result && result.services.length > 0 ? (
            <Section id="results-services" title={t("servicesHeading")}>
              <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
                {result.services.map((service) => (
                  <ServiceCard key={service.code} service={service} />
                ))}
              </ul>
            </Section>
          ) : null}

          {result && result.desks.length > 0 ? (
            <Section id="results-desks" title={t("desksHeading")}>
              <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
                {result.desks.map((desk) => (
                  <DeskCard key={desk.scuCode} desk={desk} />
                ))}
              </ul>
            </Section>
          ) : null}
        </div>
      </Container>
    </>
  );
}
