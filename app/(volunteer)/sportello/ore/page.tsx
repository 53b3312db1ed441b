import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { ButtonForm } from "@/components/forms/ButtonForm";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { RulesPanel } from "@/components/timesheets/RulesPanel";
import { TimesheetMessages } from "@/components/timesheets/TimesheetMessages";
import { WeekStatusNotice } from "@/components/timesheets/WeekStatusNotice";
import { WeekTable } from "@/components/timesheets/WeekTable";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { dateOfDay, mondayOf, shiftWeek, weekDays } from "@/lib/timesheets/dates";
import { loadEnrolment } from "@/lib/timesheets/enrolment";
import { isoDaySchema } from "@/lib/timesheets/schema";
import { loadDays, loadWeeks, openWeek } from "@/lib/timesheets/sheet";

import { submitWeekAction } from "./actions";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(VOLUNTEER_AREA, "page", async () => {
    const t = await getTranslations("timesheets");
    return { title: t("title") };
  });
}

/** The signed-in volunteer's week: the days, where the week stands, the rules, and "send to the OLP". */
export default async function MyHoursPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireRole(VOLUNTEER_AREA, "/sportello/ore");
  const [t, format, params, enrolment] = await Promise.all([getTranslations("timesheets"), getFormatter(), searchParams, loadEnrolment(db(), staff.id)]);
  const today = romeDayKey(new Date());
  const asked = isoDaySchema.safeParse(params.settimana);
  const weekStart = mondayOf(asked.success ? asked.data : today);
  const days = weekDays(weekStart);
  const long = (day: string) => format.dateTime(dateOfDay(day), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  if (!enrolment) {
    return (
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <Notice tone="warning" className="mt-6 max-w-prose"><p>{t("notEnrolled")}</p></Notice>
      </Container>
    );
  }

  const [entries, weeks, yearEntries] = await Promise.all([
    loadDays(db(), { userId: staff.id, from: days[0], to: days[6] }),
    loadWeeks(db(), { userId: staff.id, from: days[0], to: days[6] }),
    loadDays(db(), { userId: staff.id, from: enrolment.startsOn, to: enrolment.endsOn }),
  ]);
  const week = weeks.get(weekStart) ?? openWeek(weekStart);
  const editable = week.status === "OPEN" || week.status === "RETURNED";

  return (
    <TimesheetMessages>
      <Container className="space-y-8 py-10">
        <div>
          <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
          <p className="mt-3 max-w-prose text-lg">{t("intro")}</p>
          <p className="mt-2">{t("project", { title: enrolment.project.title })}</p>
          <p className="text-muted">{t("period", { from: long(enrolment.startsOn), to: long(enrolment.endsOn) })}</p>
        </div>

        <section aria-labelledby="week-heading" className="space-y-4">
          <h2 id="week-heading" className="text-2xl">{t("weekOf", { from: long(days[0]), to: long(days[6]) })}</h2>
          <nav aria-label={t("weekOf", { from: long(days[0]), to: long(days[6]) })} className="flex flex-wrap gap-x-6 gap-y-2">
            <Link href={`/sportello/ore?settimana=${shiftWeek(weekStart, -1)}`} className="font-semibold underline">← {t("previousWeek")}</Link>
            <Link href="/sportello/ore" className="font-semibold underline">{t("thisWeek")}</Link>
            <Link href={`/sportello/ore?settimana=${shiftWeek(weekStart, 1)}`} className="font-semibold underline">{t("nextWeek")} →</Link>
            <Link href={`/sportello/ore/mese?mese=${weekStart.slice(0, 7)}`} className="font-semibold underline">{t("monthSheet")}</Link>
          </nav>
          <WeekStatusNotice week={week} />
          <WeekTable
            days={days}
            entries={new Map(entries.map((entry) => [entry.day, entry]))}
            rules={enrolment.rules}
            editHref={editable ? (day) => `/sportello/ore/giorno?data=${day}` : null}
          />
          {editable && weekStart <= today ? (
            <ButtonForm id="submit-week" action={submitWeekAction} label={t("submit")} hidden={{ weekStart }} />
          ) : null}
        </section>

        <RulesPanel enrolment={enrolment} entries={yearEntries} today={today} />
      </Container>
    </TimesheetMessages>
  );
}
