import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { ButtonForm } from "@/components/forms/ButtonForm";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { AttendanceForm } from "@/components/training/AttendanceForm";
import { SessionForm } from "@/components/training/SessionForm";
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

import { deleteSessionAction, editSessionAction, recordAttendanceAction } from "../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ sessionId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("training.attendance");
    return { title: t("heading") };
  });
}

/**
 * One session: what, when and where, who attended it among the volunteers the OLP follows, its edit
 * form, and its deletion (`?elimina=1` shows the confirmation with the attendance that goes with it).
 */
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
  const today = romeDayKey(new Date());
  const upcoming = session.day > today;
  const confirmingDelete = query.elimina === "1";
  const initial = {
    kind: session.kind,
    title: session.title,
    day: session.day,
    start: formatMinuteOfDay(session.startMinute),
    minutes: String(session.minutes),
    place: session.place ?? "",
    trainer: session.trainer ?? "",
  };

  return (
    <TrainingMessages>
      <Container className="space-y-8 py-10">
        <p><Link href="/supervisione/formazione" className="font-semibold underline">← {t("attendance.back")}</Link></p>
        <div>
          <h1 className="text-3xl sm:text-4xl">{session.title}</h1>
          <p className="mt-2 text-lg">{t(`kind.${session.kind}`)} · {t("project", { title: session.project.title })}</p>
          <p>{t("attendance.details", { day: long(session.day), time: formatMinuteOfDay(session.startMinute), duration: durationText(t, session.minutes) })}</p>
          {session.place ? <p>{t("attendance.place", { place: session.place })}</p> : null}
          {session.trainer ? <p>{t("attendance.trainer", { trainer: session.trainer })}</p> : null}
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

        <section aria-labelledby="edit-heading" className="space-y-4">
          <h2 id="edit-heading" className="text-2xl">{t("edit.heading")}</h2>
          <p className="max-w-prose">{t("edit.intro")}</p>
          <Card>
            <SessionForm projects={[]} today={today} action={editSessionAction} edit={{ sessionId: session.id, initial }} />
          </Card>
        </section>

        <section id="elimina" aria-labelledby="delete-heading" className="space-y-4">
          <h2 id="delete-heading" className="text-2xl">{t("delete.heading")}</h2>
          {confirmingDelete ? (
            <Notice tone="warning">
              <div className="space-y-3">
                <p className="font-semibold">{t("delete.question", { title: session.title })}</p>
                <p data-testid="delete-count">{session.attendees === 0 ? t("delete.none") : t("delete.count", { count: session.attendees })}</p>
                <div className="flex flex-wrap items-end gap-6">
                  <ButtonForm
                    id="session-delete"
                    action={deleteSessionAction}
                    label={t("delete.confirm")}
                    accessibleLabel={t("delete.confirmLabel", { title: session.title })}
                    hidden={{ sessionId: session.id, attendances: String(session.attendees) }}
                  />
                  <Link href={`/supervisione/formazione/${session.id}`} className="font-semibold underline">{t("delete.cancel")}</Link>
                </div>
              </div>
            </Notice>
          ) : (
            <p>
              <Link href={`/supervisione/formazione/${session.id}?elimina=1#elimina`} className="font-semibold underline">{t("delete.open")}</Link>
            </p>
          )}
        </section>
      </Container>
    </TrainingMessages>
  );
}
