import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { VolunteerActivityView } from "@/components/supervision/VolunteerActivityView";
import { DeskPeriodHead } from "@/components/supervision/DeskPeriodHead";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { queryString } from "@/lib/supervision/schema";
import { loadVolunteerActivity } from "@/lib/supervision/volunteer-activity";

import { readPeriod, requireSupervisedDesk, type SearchParams } from "../supervised-desk";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string }>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("supervisionFigures.activity");
    return { title: t("title") };
  });
}

/** The activity review of a supervised desk: each volunteer's contacts by service and outcome. */
export default async function VolunteerActivityPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { scuCode } = await params;
  const staff = await requireRole(OLP_AREA, `/supervisione/sportelli/${encodeURIComponent(scuCode)}/attivita`);
  const desk = await requireSupervisedDesk(staff, scuCode);
  const { parsed, raw } = readPeriod(await searchParams, new Date());
  const [t, tBreadcrumbs, locale] = await Promise.all([getTranslations("supervisionFigures"), getTranslations("breadcrumbs"), getCurrentLocale()]);
  const base = `/supervisione/sportelli/${desk.scuCode}`;
  const period = parsed.success ? parsed.period : null;
  const people = period ? await loadVolunteerActivity(db(), { sedeId: desk.id, period, locale }) : null;
  const search = period ? queryString(period.query) : "";

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[
          { label: t("supervision"), href: "/supervisione" },
          { label: t("title"), href: `${base}${search}` },
          { label: t("activity.title") },
        ]}
      />
      <Container className="py-10">
        <DeskPeriodHead
          title={t("activity.title")}
          intro={t("activity.intro")}
          desk={desk}
          action={`${base}/attivita`}
          period={period}
          error={parsed.success ? null : parsed.error}
          raw={raw}
        />

        {people ? (
          <>
            <p className="mt-8">
              <Link href={`${base}${search}`} className="font-semibold">
                {t("dashboardLink")}
              </Link>
            </p>
            <VolunteerActivityView people={people} contactsHref={(userId) => `${base}/attivita/${userId}${search}`} />
          </>
        ) : null}
      </Container>
    </>
  );
}
