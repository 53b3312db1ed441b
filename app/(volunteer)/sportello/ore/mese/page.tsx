import { addMonths, format as formatDate, parseISO } from "date-fns";
import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { TableHead } from "@/components/ui/TableHead";
import { Container } from "@/components/ui/Container";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { canRead } from "@/lib/timesheets/access";
import { loadEnrolment } from "@/lib/timesheets/enrolment";
import { monthSheetLabels } from "@/lib/timesheets/month-labels";
import { monthSheet } from "@/lib/timesheets/month-sheet";
import { monthSchema } from "@/lib/timesheets/schema";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(VOLUNTEER_AREA, "page", async () => {
    const t = await getTranslations("timesheets");
    return { title: t("monthSheet") };
  });
}

/** A month of a timesheet, printable, with CSV and PDF downloads: one's own, or a supervised volunteer's. */
export default async function MonthSheetPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireRole(VOLUNTEER_AREA, "/sportello/ore/mese");
  const params = await searchParams;
  const month = monthSchema.safeParse(params.mese);
  const volunteer = z.string().uuid().optional().safeParse(params.volontario);
  if (!month.success || !volunteer.success) redirect(`/sportello/ore/mese?mese=${romeDayKey(new Date()).slice(0, 7)}`);
  const userId = volunteer.data ?? staff.id;
  if (!(await canRead(db(), staff, userId))) forbidden();
  const [t, enrolment] = await Promise.all([getTranslations("timesheets"), loadEnrolment(db(), userId)]);
  if (!enrolment) redirect("/sportello/ore");
  const sheet = await monthSheet(db(), { enrolment, month: month.data, labels: await monthSheetLabels(month.data) });
  const other = (months: number) => formatDate(addMonths(parseISO(`${month.data}-01`), months), "yyyy-MM");
  const query = (mese: string, extra = "") => `?mese=${mese}${volunteer.data ? `&volontario=${volunteer.data}` : ""}${extra}`;

  return (
    <Container className="space-y-6 py-10">
      <div>
        <h1 className="text-3xl sm:text-4xl">{sheet.title}</h1>
        <p className="mt-2 text-lg">{sheet.volunteer}</p>
        <p className="text-muted">{sheet.project}</p>
      </div>
      <nav aria-label={t("monthSheet")} className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">
        <Link href={`/sportello/ore/mese${query(other(-1))}`} className="font-semibold underline">← {t("month.previous")}</Link>
        <Link href={`/sportello/ore/mese${query(other(1))}`} className="font-semibold underline">{t("month.next")} →</Link>
        <a href={`/sportello/ore/foglio${query(month.data, "&formato=csv")}`} className="font-semibold underline" download>{t("month.csv")}</a>
        <a href={`/sportello/ore/foglio${query(month.data, "&formato=pdf")}`} className="font-semibold underline" download>{t("month.pdf")}</a>
      </nav>
      {sheet.rows.length === 0 ? (
        <p>{t("month.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{sheet.title}</caption>
            <TableHead labels={sheet.header} />
            <tbody>
              {sheet.rows.map((row) => (
                <tr key={row[0]} className="border-b border-line">
                  <th scope="row" className="py-1.5 pr-4 font-semibold capitalize">{row[0]}</th>
                  {row.slice(1).map((cell, i) => (
                    <td key={i} className="py-1.5 pr-4">{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-line font-bold">
                <th scope="row" className="py-2 pr-4">{sheet.footer[0]}</th>
                {sheet.footer.slice(1).map((cell, i) => (
                  <td key={i} className="py-2 pr-4" data-testid={i === 4 ? "month-total" : undefined}>{cell}</td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Container>
  );
}
