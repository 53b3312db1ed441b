import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { AttendanceForm } from "@/components/training/AttendanceForm";
import { durationText } from "@/components/training/duration";
import { TrainingMessages } from "@/components/training/TrainingMessages";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { formatMinuteOfDay, romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { dateOfDay } from "@/lib/timesheets/dates";
import { canManageSession } from "@/lib/training/access";
import { listAttendees, loadSession } from "@/lib/training/sessions";

import { recordAttendanceAction } from "../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ sessionId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("training.attendance");
    return { title: t("heading") };
  });
}

/** One session: what, when and where, and who attended it among the volunteers the OLP follows. */
export default async function TrainingSessionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { sessionId } = await params;
  const staff = await requireRole(OLP_AREA, `/supervisione/formazione/${sessionId}`);
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) notFound();
  if (!(await canManageSession(db(), staff, sessionId))) {
    if (!(await loadSession(db(), sessionId))) notFound();
    forbidden();
  }
  const session = await loadSession(db(), sessionId);
  if (!session) notFound();
  const [t, format, query, attendees] = await Promise.all([getTranslations("training"), getFormatter(), searchParams, listAttendees(db(), staff, session)]);
  const long = (day: string) => format.dateTime(dateOfDay(day), { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const upcoming = session.day > romeDayKey(new Date());

  return (
    <TrainingMessages>
      <Container className="space-y-8 py-10">
        <p><Link href="/supervisione/formazione" className="font-semibold underline">← {t("attendance.back")}</Link></p>
        <div>
          <h1 className="text-3xl sm:text-4xl">{session.title}</h1>
          <p className="mt-2 text-lg">{t(`kind.${session.kind}`)} · {t("project", { title: session.project.title })}</p>
          <p>{t("attendance.details", { day: long(session.day), time: formatMinuteOfDay(session.startMinute), duration: durationText(t, session.minutes) })}</p>
          {session.place ? <p>{t("attendance.place", { place: session.place })}</p> : null}
        </div>
        {query.esito === "creato" ? (
          <Notice role="status"><p className="font-semibold">{t("done.sessionCreated")}</p></Notice>
        ) : null}

        <section aria-labelledby="attendance-heading" className="space-y-4">
          <h2 id="attendance-heading" className="text-2xl">{t("attendance.heading")}</h2>
          {upcoming ? (
            <Notice tone="warning"><p>{t("attendance.notYet")}</p></Notice>
          ) : attendees.length === 0 ? (
            <Notice tone="warning"><p>{t("attendance.none")}</p></Notice>
          ) : (
            <Card>
              <p className="mb-4 max-w-prose">{t("attendance.intro")}</p>
              <AttendanceForm
                sessionId={session.id}
                sessionMinutes={session.minutes}
                attendees={attendees}
                hint={session.kind === "TUTORING_INDIVIDUAL" ? t("attendance.individualHint") : undefined}
                action={recordAttendanceAction}
              />
            </Card>
          )}
        </section>
      </Container>
    </TrainingMessages>
  );
}
