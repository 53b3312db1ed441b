import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { dayDate } from "@/components/supervision/PeriodPicker";
import { DeskPeriodHead } from "@/components/supervision/DeskPeriodHead";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { COMMENTS_PAGE_SIZE, commentsPageSchema, loadSatisfactionComments } from "@/lib/supervision/satisfaction-comments";
import { queryString } from "@/lib/supervision/schema";

import { readPeriod, requireSupervisedDesk, type SearchParams } from "../supervised-desk";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string }>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("supervisionFigures.comments");
    return { title: t("title") };
  });
}

/** What citizens wrote in the questionnaires about a supervised desk's contacts in a period. */
export default async function SatisfactionCommentsPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { scuCode } = await params;
  const staff = await requireRole(OLP_AREA, `/supervisione/sportelli/${encodeURIComponent(scuCode)}/opinioni`);
  const desk = await requireSupervisedDesk(staff, scuCode);
  const query = await searchParams;
  const { parsed, raw } = readPeriod(query, new Date());
  const pageNumber = commentsPageSchema.safeParse(query.pagina);
  const [t, tBreadcrumbs, format, locale] = await Promise.all([getTranslations("supervisionFigures"), getTranslations("breadcrumbs"), getFormatter(), getCurrentLocale()]);
  const base = `/supervisione/sportelli/${desk.scuCode}`;
  const period = parsed.success ? parsed.period : null;
  const list =
    period && pageNumber.success
      ? await loadSatisfactionComments(db(), { sedeId: desk.id, period, page: pageNumber.data, locale, viewerId: staff.id })
      : null;
  const search = period ? queryString(period.query) : "";
  const pageHref = (page: number) => `${base}/opinioni${queryString({ ...(period?.query ?? {}), ...(page > 1 ? { pagina: String(page) } : {}) })}`;
  const cell = "py-2 pr-4 align-top";
  const first = list ? (list.page - 1) * COMMENTS_PAGE_SIZE + 1 : 0;

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[
          { label: t("supervision"), href: "/supervisione" },
          { label: t("title"), href: `${base}${search}` },
          { label: t("comments.title") },
        ]}
      />
      <Container className="py-10">
        <DeskPeriodHead
          title={t("comments.title")}
          intro={t("comments.intro")}
          desk={desk}
          action={`${base}/opinioni`}
          period={period}
          error={parsed.success ? null : parsed.error}
          raw={raw}
        />

        {period && !pageNumber.success ? (
          <Notice tone="error" role="alert" className="mt-8 max-w-prose">
            <p>{t("comments.badPage")}</p>
            <p className="mt-2">
              <Link href={pageHref(1)} className="font-semibold">
                {t("comments.firstPage")}
              </Link>
            </p>
          </Notice>
        ) : null}

        {list ? (
          <>
            <p className="mt-8">
              <Link href={`${base}${search}`} className="font-semibold">
                {t("comments.back")}
              </Link>
            </p>
            {list.comments.length === 0 && list.total > 0 ? (
              <p className="mt-6">
                {t("comments.beyond")}{" "}
                <Link href={pageHref(1)} className="font-semibold">
                  {t("comments.firstPage")}
                </Link>
              </p>
            ) : null}
            <div className="mt-6 overflow-x-auto">
              <table className="w-full border-collapse text-left" data-testid="satisfaction-comments">
                <caption className="mb-2 text-left">
                  <span className="block text-xl font-semibold">{t("comments.caption")}</span>
                  <span className="block text-sm text-muted">
                    {t("comments.count", { total: list.total })}
                    {list.comments.length > 0 && list.comments.length < list.total
                      ? ` ${t("comments.shown", { from: first, to: first + list.comments.length - 1 })}`
                      : null}
                  </span>
                </caption>
                <thead>
                  <tr className="border-b-2 border-ink">
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("comments.day")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("comments.service")}
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right font-semibold">
                      {t("comments.overall")}
                    </th>
                    <th scope="col" className="py-2 pr-4 font-semibold">
                      {t("comments.comment")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.comments.map((comment, index) => (
                    <tr key={`${first + index}`} className="border-b border-line">
                      <th scope="row" className={`${cell} whitespace-nowrap font-normal`}>
                        {format.dateTime(dayDate(comment.day), { dateStyle: "medium" })}
                      </th>
                      <td className={cell}>{comment.serviceName}</td>
                      <td className={`${cell} text-right tabular-nums`}>{comment.overall}</td>
                      <td className={`${cell} max-w-prose whitespace-pre-line`}>{comment.comment}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {list.pageCount > 1 ? (
              <nav aria-label={t("comments.pagesLabel")} className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-2">
                {list.page > 1 ? <Link href={pageHref(Math.min(list.page - 1, list.pageCount))}>{t("comments.previous")}</Link> : null}
                <span aria-current="page">{t("comments.pageOf", { page: list.page, pages: list.pageCount })}</span>
                {list.page < list.pageCount ? <Link href={pageHref(list.page + 1)}>{t("comments.next")}</Link> : null}
              </nav>
            ) : null}
          </>
        ) : null}
      </Container>
    </>
  );
}
