import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { DeskFiguresView } from "@/components/supervision/DeskFiguresView";
import { PeriodPicker, periodLabel } from "@/components/supervision/PeriodPicker";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Tag } from "@/components/ui/Tag";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { loadDeskFigures } from "@/lib/supervision/desk-figures";
import { queryString } from "@/lib/supervision/schema";

import { readPeriod, requireSupervisedDesk, type SearchParams } from "./supervised-desk";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string }>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("supervisionFigures");
    return { title: t("title") };
  });
}

/** A supervised desk's figures over a month or a range of days, with charts, tables and a CSV. */
export default async function DeskFiguresPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { scuCode } = await params;
  const staff = await requireRole(OLP_AREA, `/supervisione/sportelli/${encodeURIComponent(scuCode)}`);
  const desk = await requireSupervisedDesk(staff, scuCode);
  const now = new Date();
  const { parsed, raw } = readPeriod(await searchParams, now);
  const [t, tBreadcrumbs, locale] = await Promise.all([
    getTranslations("supervisionFigures"),
    getTranslations("breadcrumbs"),
    getCurrentLocale(),
  ]);
  const [tAdmin, tInbox] = await Promise.all([getTranslations("deskAdmin"), getTranslations("feedback.inbox")]);
  const base = `/supervisione/sportelli/${desk.scuCode}`;
  const period = parsed.success ? parsed.period : null;
  const figures = period ? await loadDeskFigures(db(), { sedeId: desk.id, period, now, locale }) : null;
  const search = period ? queryString(period.query) : "";

  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: t("supervision"), href: "/supervisione" }, { label: t("title") }]} />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
          <p className="text-lg">{t("deskLine", { name: desk.name, city: desk.city, code: desk.scuCode })}</p>
          {desk.active ? null : <Tag>{t("inactiveDesk")}</Tag>}
        </div>
        <ul className="mt-3 flex flex-wrap gap-x-8 gap-y-1">
          <li>
            <Link href={`${base}/gestione`} className="font-semibold">
              {tAdmin("manageLink")}
            </Link>
          </li>
          <li>
            <Link href={`${base}/reclami`} className="font-semibold">
              {tInbox("deskLink")}
            </Link>
          </li>
        </ul>
        {period ? <p className="mt-1 text-lg font-semibold">{t("periodLine", { period: await periodLabel(period) })}</p> : null}

        <PeriodPicker action={base} period={period} error={parsed.success ? null : parsed.error} raw={raw} />

        {period && figures ? (
          <>
            <ul className="mt-8 flex flex-wrap gap-x-8 gap-y-3">
              <li>
                <a href={`${base}/dati.csv${search}`} download className="font-semibold" aria-describedby="csv-hint">
                  {t("downloadCsv")}
                </a>
                <span id="csv-hint" className="block text-sm text-muted">
                  {t("downloadCsvHint")}
                </span>
              </li>
              <li>
                <Link href={`${base}/attivita${search}`} className="font-semibold">
                  {t("activityLink")}
                </Link>
              </li>
              <li>
                <Link href={`${base}/opinioni${search}`} className="font-semibold">
                  {t("commentsLink")}
                </Link>
              </li>
            </ul>
            <DeskFiguresView figures={figures} inboxHref={`${base}/reclami`} />
          </>
        ) : null}
      </Container>
    </>
  );
}
