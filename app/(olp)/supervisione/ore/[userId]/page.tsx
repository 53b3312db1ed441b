import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { ReviewForm } from "@/components/timesheets/ReviewForm";
import { RulesPanel } from "@/components/timesheets/RulesPanel";
import { TimesheetMessages } from "@/components/timesheets/TimesheetMessages";
import { WeekStatusNotice } from "@/components/timesheets/WeekStatusNotice";
import { WeekTable } from "@/components/timesheets/WeekTable";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { canReview } from "@/lib/timesheets/access";
import { dateOfDay, mondayOf, shiftWeek, weekDays } from "@/lib/timesheets/dates";
import { loadEnrolment } from "@/lib/timesheets/enrolment";
import { isoDaySchema, REVIEW_DECISIONS } from "@/lib/timesheets/schema";
import { loadDays, loadWeeks, openWeek } from "@/lib/timesheets/sheet";

import { reviewWeekAction } from "../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ userId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("timesheets.review");
    return { title: t("title") };
  });
}

/** One volunteer's timesheet for the OLP: the weeks sent, the chosen week, and the decision on it. */
export default async function VolunteerTimesheetPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { userId } = await params;
  const staff = await requireRole(OLP_AREA, `/supervisione/ore/${userId}`);
  if (!/^[0-9a-f-]{36}$/i.test(userId)) notFound();
  if (!(await canReview(db(), staff, userId))) forbidden();
  const enrolment = await loadEnrolment(db(), userId);
  if (!enrolment) notFound();
  const [t, format, query] = await Promise.all([getTranslations("timesheets"), getFormatter(), searchParams]);
  const today = romeDayKey(new Date());
  const allWeeks = await loadWeeks(db(), { userId, from: enrolment.startsOn, to: enrolment.endsOn });
  const sent = [...allWeeks.values()].filter((week) => week.status !== "OPEN").sort((a, b) => b.weekStart.localeCompare(a.weekStart));
  const asked = isoDaySchema.safeParse(query.settimana);
  const firstPending = sent.filter((week) => week.status === "SUBMITTED").at(-1)?.weekStart;
  const weekStart = mondayOf(asked.success ? asked.data : (firstPending ?? mondayOf(today)));
  const days = weekDays(weekStart);
  const [entries, yearEntries] = await Promise.all([
    loadDays(db(), { userId, from: days[0], to: days[6] }),
    loadDays(db(), { userId, from: enrolment.startsOn, to: enrolment.endsOn }),
  ]);
  const week = allWeeks.get(weekStart) ?? openWeek(weekStart);
  const long = (day: string) => format.dateTime(dateOfDay(day), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const done = REVIEW_DECISIONS.find((decision) => decision === query.esito);
  const decisions = week.status === "SUBMITTED" ? (["approve", "return"] as const) : week.status === "APPROVED" ? (["reopen"] as const) : [];

  return (
    <TimesheetMessages>
      <Container className="space-y-8 py-10">
        <p><Link href="/supervisione/ore" className="font-semibold underline">← {t("review.title")}</Link></p>
        <div>
          <h1 className="text-3xl sm:text-4xl">{t("review.heading", { name: enrolment.name })}</h1>
          <p className="mt-2">{t("project", { title: enrolment.project.title })}</p>
          <p className="text-muted">{t("period", { from: long(enrolment.startsOn), to: long(enrolment.endsOn) })}</p>
        </div>

        {sent.length > 0 ? (
          <nav aria-labelledby="weeks-heading">
            <h2 id="weeks-heading" className="text-2xl">{t("review.weeks")}</h2>
            <ul className="mt-2 flex flex-wrap gap-3">
              {sent.map((item) => (
                <li key={item.weekStart}>
                  <Link
                    href={`/supervisione/ore/${userId}?settimana=${item.weekStart}`}
                    aria-current={item.weekStart === weekStart ? "page" : undefined}
                    className="inline-block rounded-md border-2 border-primary px-3 py-1 font-semibold text-primary-strong aria-[current=page]:bg-primary aria-[current=page]:text-white"
                  >
                    {long(item.weekStart)} · {t(`status.${item.status}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}

        <section aria-labelledby="week-heading" className="space-y-4">
          <h2 id="week-heading" className="text-2xl">{t("weekOf", { from: long(days[0]), to: long(days[6]) })}</h2>
          <nav aria-label={t("weekOf", { from: long(days[0]), to: long(days[6]) })} className="flex flex-wrap gap-x-6">
            <Link href={`/supervisione/ore/${userId}?settimana=${shiftWeek(weekStart, -1)}`} className="font-semibold underline">← {t("previousWeek")}</Link>
            <Link href={`/supervisione/ore/${userId}?settimana=${shiftWeek(weekStart, 1)}`} className="font-semibold underline">{t("nextWeek")} →</Link>
            <Link href={`/sportello/ore/mese?mese=${weekStart.slice(0, 7)}&volontario=${userId}`} className="font-semibold underline">{t("monthSheet")}</Link>
          </nav>
          {done ? (
            <Notice role="status">
              <p className="font-semibold">{t(`done.${done}`)}</p>
            </Notice>
          ) : null}
          <WeekStatusNotice week={week} />
          <WeekTable
            days={days}
            entries={new Map(entries.map((entry) => [entry.day, entry]))}
            rules={enrolment.rules}
            editHref={null}
          />
          {decisions.length > 0 ? (
            <Card>
              <ReviewForm key={`${weekStart}-${week.status}`} userId={userId} weekStart={weekStart} decisions={[...decisions]} action={reviewWeekAction} />
            </Card>
          ) : null}
        </section>

        <RulesPanel enrolment={enrolment} entries={yearEntries} today={today} />
      </Container>
    </TimesheetMessages>
  );
}
