import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { ButtonForm } from "@/components/forms/ButtonForm";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { DayForm } from "@/components/timesheets/DayForm";
import { TimesheetMessages } from "@/components/timesheets/TimesheetMessages";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { formatMinuteOfDay } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { dateOfDay, mondayOf } from "@/lib/timesheets/dates";
import { loadEnrolment } from "@/lib/timesheets/enrolment";
import { isoDaySchema } from "@/lib/timesheets/schema";
import { loadDays, loadWeeks, openWeek } from "@/lib/timesheets/sheet";

import { deleteDayAction, saveDayAction } from "../actions";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(VOLUNTEER_AREA, "page", async () => {
    const t = await getTranslations("timesheets");
    return { title: t("title") };
  });
}

/** One day of the signed-in volunteer's timesheet, to fill in or correct while its week is open. */
export default async function TimesheetDayPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireRole(VOLUNTEER_AREA, "/sportello/ore");
  const params = await searchParams;
  const day = isoDaySchema.safeParse(params.data);
  if (!day.success) redirect("/sportello/ore");
  const [t, format, enrolment] = await Promise.all([getTranslations("timesheets"), getFormatter(), loadEnrolment(db(), staff.id)]);
  if (!enrolment) redirect("/sportello/ore");
  const [entries, weeks] = await Promise.all([
    loadDays(db(), { userId: staff.id, from: day.data, to: day.data }),
    loadWeeks(db(), { userId: staff.id, from: day.data, to: day.data }),
  ]);
  const entry = entries[0];
  const week = weeks.get(mondayOf(day.data)) ?? openWeek(mondayOf(day.data));
  const locked = week.status === "SUBMITTED" || week.status === "APPROVED";
  const label = format.dateTime(dateOfDay(day.data), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const back = `/sportello/ore?settimana=${mondayOf(day.data)}`;

  return (
    <TimesheetMessages>
      <Container className="max-w-3xl space-y-6 py-10">
        <p>
          <Link href={back} className="font-semibold underline">
            <span aria-hidden="true">← </span>
            {t("dayForm.back")}
          </Link>
        </p>
        <h1 className="text-3xl sm:text-4xl">{t("dayForm.title", { day: label })}</h1>
        {locked ? (
          <Notice tone="warning" role="status"><p>{t("dayForm.locked")}</p></Notice>
        ) : (
          <>
            <DayForm
              day={day.data}
              activities={enrolment.activities}
              action={saveDayAction}
              initial={{
                kind: entry?.kind ?? "",
                start: entry?.startMinute != null ? formatMinuteOfDay(entry.startMinute) : "",
                end: entry?.endMinute != null ? formatMinuteOfDay(entry.endMinute) : "",
                breakMinutes: entry ? String(entry.breakMinutes) : "0",
                activityCodes: entry?.activityCodes ?? [],
                note: entry?.note ?? "",
              }}
            />
            {entry ? <ButtonForm id="delete-day" action={deleteDayAction} label={t("dayForm.delete")} hidden={{ day: day.data }} look="secondary" /> : null}
          </>
        )}
      </Container>
    </TimesheetMessages>
  );
}
