import { TZDate } from "@date-fns/tz";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";

import { formatAddress, mapSearchUrl, telHref } from "@/components/desks/address";
import { ClosureList } from "@/components/desks/ClosureList";
import { DeskServiceList } from "@/components/desks/DeskServiceList";
import { OpeningHoursTable } from "@/components/desks/OpeningHoursTable";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Section } from "@/components/ui/Section";
import { ExternalLink } from "@/components/ui/ExternalLink";
import { Notice } from "@/components/ui/Notice";
import { ROME } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { CLOSURE_WINDOW_DAYS, getDesk } from "@/lib/desks/get-desk";
import { scuCodeSchema } from "@/lib/desks/schema";
import type { Locale } from "@/lib/i18n/locales";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string }>;

// Metadata and page ask for the same desk: one query per request.
const loadDesk = cache((scuCode: string, locale: Locale) => getDesk(db(), { scuCode, locale, now: new Date() }));

async function findDesk(params: Params) {
  const code = scuCodeSchema.safeParse((await params).scuCode);
  if (!code.success) notFound();
  const desk = await loadDesk(code.data, await getCurrentLocale());
  if (!desk) notFound();
  return desk;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const code = scuCodeSchema.safeParse((await params).scuCode);
  const desk = code.success ? await loadDesk(code.data, await getCurrentLocale()) : null;
  // The page itself answers 404: notFound() here would leave an empty document for clients without JS.
  if (!desk) return {};
  const t = await getTranslations("desk");
  return { title: desk.name, description: t("metaDescription", { name: desk.name, city: desk.city }) };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of `instant` in Rome. */
function romeWeekday(instant: Date): number {
  return new TZDate(instant, ROME).getDay() || 7;
}

export default async function DeskPage({ params }: { params: Params }) {
  const desk = await findDesk(params);
  const [t, tCommon, tNav, tBreadcrumbs, tFeedback] = await Promise.all([
    getTranslations("desk"),
    getTranslations("common"),
    getTranslations("layout.nav"),
    getTranslations("breadcrumbs"),
    getTranslations("feedback.deskPage"),
  ]);

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: tNav("home"), href: "/" }, { label: tNav("catalogue"), href: "/servizi" }, { label: desk.name }]}
      />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{desk.name}</h1>
        <p className="mt-2 text-lg font-semibold">{desk.enteName}</p>
        <p className="text-sm text-muted">{tCommon("siteCode", { code: desk.scuCode })}</p>

        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <Card as="section" labelledBy="desk-contacts" className="space-y-4">
            <h2 id="desk-contacts" className="text-2xl">
              {t("contactsHeading")}
            </h2>
            <dl className="space-y-3">
              <div>
                <dt className="font-semibold">{t("address")}</dt>
                <dd>
                  {formatAddress(desk)} ({desk.province})
                  <br />
                  <ExternalLink href={mapSearchUrl(desk)} externalLabel={tCommon("externalSite")}>
                    {t("openMap")}
                  </ExternalLink>
                </dd>
              </div>
              {desk.phone ? (
                <div>
                  <dt className="font-semibold">{t("phone")}</dt>
                  <dd>
                    <a href={telHref(desk.phone)}>{desk.phone}</a>
                  </dd>
                </div>
              ) : null}
              {desk.email ? (
                <div>
                  <dt className="font-semibold">{t("email")}</dt>
                  <dd>
                    <a href={`mailto:${desk.email}`} className="break-all">
                      {desk.email}
                    </a>
                  </dd>
                </div>
              ) : null}
            </dl>
            {desk.openingNotes ? (
              <Notice>
                <p>
                  <strong>{t("notesLabel")}</strong> {desk.openingNotes}
                </p>
              </Notice>
            ) : null}
          </Card>

          <Card as="section" labelledBy="desk-hours">
            <h2 id="desk-hours" className="mb-4 text-2xl">
              {t("hoursHeading")}
            </h2>
            <OpeningHoursTable openingHours={desk.openingHours} today={romeWeekday(new Date())} />
          </Card>
        </div>

        <section aria-labelledby="desk-services" className="mt-12">
          <h2 id="desk-services" className="mb-6 text-2xl sm:text-3xl">
            {t("servicesHeading")}
          </h2>
          <DeskServiceList services={desk.services} scuCode={desk.scuCode} />
        </section>

        <Section id="desk-closures" title={t("closuresHeading")} className="mt-12">
          <p className="mt-2 mb-4 max-w-prose">{t("closuresIntro", { days: CLOSURE_WINDOW_DAYS })}</p>
          <ClosureList closures={desk.closures} days={CLOSURE_WINDOW_DAYS} />
          <p className="mt-4 text-sm text-muted">{t("closuresAdvice")}</p>
        </Section>

        <Section id="desk-feedback" title={tFeedback("heading")} className="mt-12">
          <p className="mt-2 max-w-prose">{tFeedback("text")}</p>
          <ul className="mt-3 flex flex-wrap gap-x-8 gap-y-2">
            <li>
              <Link href={`/reclami?sede=${desk.scuCode}`} className="font-semibold underline">
                {tFeedback("complaintLink")}
              </Link>
            </li>
            <li>
              <Link href="/valuta" className="font-semibold underline">
                {tFeedback("questionnaireLink")}
              </Link>
            </li>
          </ul>
        </Section>
      </Container>
    </>
  );
}
