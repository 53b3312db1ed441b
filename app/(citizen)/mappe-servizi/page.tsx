import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { MapSearchForm } from "@/components/service-maps/MapSearchForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { loadMapIndex } from "@/lib/service-maps/cached";
import { mapTitleForDisplay, personForDisplay } from "@/lib/service-maps/display-names";
import { filterMapIndex, parseMapIndexQuery, type MapIndexQueryError } from "@/lib/service-maps/index-query";

// Rendered per request (the language is a cookie); the maps themselves come from the data cache.
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("serviceMaps.index");
  return { title: t("title"), description: t("metaDescription") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ServiceMapsIndexPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const [t, tProgrammes, tNav, tBreadcrumbs, index] = await Promise.all([
    getTranslations("serviceMaps.index"),
    getTranslations("programmes"),
    getTranslations("layout.nav"),
    getTranslations("breadcrumbs"),
    loadMapIndex(),
  ]);
  const query = parseMapIndexQuery(params);
  let error: MapIndexQueryError | undefined = query.success ? undefined : query.error;
  // An office that is not in the list is the visitor's to correct, not an empty result.
  if (query.success && query.data.ufficio && !index.offices.some((office) => office.slug === query.data.ufficio)) error = "office";
  const maps = query.success && !error ? filterMapIndex(index, query.data) : [];
  const filtered = query.success && Object.keys(query.data).length > 0;

  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("home"), href: "/" }, { label: t("title") }]} />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-prose text-lg">{t("intro")}</p>
        <p className="mt-2 max-w-prose">
          {tProgrammes.rich("fromMaps", {
            link: (chunks) => (
              <Link href="/programmi" prefetch={false}>
                {chunks}
              </Link>
            ),
          })}
        </p>

        {index.maps.length === 0 ? (
          <Notice className="mt-8">
            <p>{t("empty")}</p>
          </Notice>
        ) : (
          <>
            <div className="mt-8 rounded-lg border border-line bg-surface p-5 sm:p-6">
              <MapSearchForm offices={index.offices} values={{ q: first(params.q), ufficio: first(params.ufficio) }} error={error} showReset={filtered || !!error} />
            </div>
            <p role="status" aria-live="polite" className="mt-8 text-lg font-semibold">
              {t("status", { count: maps.length, total: index.maps.length })}
            </p>
            {maps.length === 0 && !error ? (
              <Notice className="mt-4">
                <p>{t("noResults")}</p>
              </Notice>
            ) : null}
            <ul className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("title")}>
              {maps.map((map) => (
                <Card as="li" key={map.slug} className="flex flex-col gap-2">
                  <h2 className="text-xl">
                    <Link href={`/mappe-servizi/${map.slug}`} prefetch={false}>
                      {map.title ? mapTitleForDisplay(map.title) : t("untitled", { position: map.position + 1 })}
                    </Link>
                  </h2>
                  {map.office ? <p>{t("head", { head: personForDisplay(map.office.head) })}</p> : null}
                  <p className="text-sm text-muted">
                    {t("indicators", { count: map.indicators.length })}
                    {map.years ? ` · ${t("years", { from: map.years.from, to: map.years.to })}` : null}
                  </p>
                </Card>
              ))}
            </ul>
          </>
        )}
      </Container>
    </>
  );
}
