import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { ProgrammeTable } from "@/components/programme-indicators/ProgrammeTable";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { Section } from "@/components/ui/Section";
import { loadProgrammes } from "@/lib/programme-indicators/cached";
import { programmeSectionId } from "@/lib/programme-indicators/layout";
import { personForDisplay } from "@/lib/service-maps/display-names";

// Rendered per request (the language is a cookie); the programmes come from the data cache, keyed on
// what is stored.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes");
  return { title: t("title"), description: t("metaDescription") };
}

export default async function ProgrammesPage() {
  const [t, tNav, tBreadcrumbs, format, programmes] = await Promise.all([
    getTranslations("programmes"),
    getTranslations("layout.nav"),
    getTranslations("breadcrumbs"),
    getFormatter(),
    loadProgrammes(),
  ]);
  const latest = programmes.map((programme) => programme.importedAt).sort().at(-1);

  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("home"), href: "/" }, { label: t("title") }]} />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-prose text-lg">{t("intro")}</p>

        {programmes.length === 0 || !latest ? (
          <Notice className="mt-8">
            <p>{t("empty")}</p>
          </Notice>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">{t("importedAt", { date: format.dateTime(new Date(latest), { day: "numeric", month: "long", year: "numeric" }) })}</p>
            <nav aria-labelledby="programmes-contents" className="mt-6">
              <h2 id="programmes-contents" className="text-lg font-semibold">
                {t("contents")}
              </h2>
              <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                {programmes.map((programme) => (
                  <li key={programme.code}>
                    <a href={`#${programmeSectionId(programme.code)}`}>{t("programmeHeading", { code: programme.code, title: programme.title })}</a>
                  </li>
                ))}
                <li>
                  <a href="#downloads">{t("downloads")}</a>
                </li>
              </ul>
            </nav>
            <p className="mt-6 max-w-prose text-sm text-muted">{t("legend")}</p>

            {programmes.map((programme) => (
              <Section key={programme.code} id={programmeSectionId(programme.code)} title={t("programmeHeading", { code: programme.code, title: programme.title })} className="mt-12">
                <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="font-semibold">{t("mission")}</dt>
                  <dd>{programme.mission}</dd>
                  <dt className="font-semibold">{t("head")}</dt>
                  <dd>{programme.head ? personForDisplay(programme.head) : t("noHead")}</dd>
                </dl>
                <p className="mt-2 text-sm text-muted">{t("indicatorCount", { count: programme.indicators.length })}</p>
                {programme.indicators.length > 0 ? <ProgrammeTable programme={programme} id={`${programmeSectionId(programme.code)}-table`} /> : null}
              </Section>
            ))}

            <Section id="downloads" title={t("downloads")} className="mt-12">
              <p className="mt-2 text-sm text-muted">{t("downloadHint")}</p>
              <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
                <li>
                  <a href="/programmi/dati.csv" download>
                    {t("downloadCsv")}
                  </a>
                </li>
                <li>
                  <a href="/programmi/dati.json" download>
                    {t("downloadJson")}
                  </a>
                </li>
              </ul>
            </Section>
          </>
        )}
      </Container>
    </>
  );
}
