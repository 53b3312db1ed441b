import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { durationText } from "@/components/training/duration";
import { ProgressBar } from "@/components/training/ProgressBar";
import { SessionForm } from "@/components/training/SessionForm";
import { TrainingMessages } from "@/components/training/TrainingMessages";
import { TrainingWarnings } from "@/components/training/TrainingWarnings";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { TableHead } from "@/components/ui/TableHead";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { formatMinuteOfDay, romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { dateOfDay } from "@/lib/timesheets/dates";
import { listVolunteerTraining } from "@/lib/training/records";
import { listSessions, listTrainingProjects } from "@/lib/training/sessions";

import { createSessionAction } from "./actions";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("training.olp");
    return { title: t("title") };
  });
}

const MAIN_LINES = ["GENERAL", "SPECIFIC", "TUTORING"] as const;

/** The OLP's training: the volunteers' progress, the sessions, and a new session. */
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TrainingSupervisionPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireRole(OLP_AREA, "/supervisione/formazione");
  const query = await searchParams;
  const deletedWith = query.esito === "eliminato" && typeof query.presenze === "string" && /^\d{1,4}$/.test(query.presenze) ? Number(query.presenze) : null;
  const today = romeDayKey(new Date());
  const [t, format, projects, sessions, volunteers] = await Promise.all([
    getTranslations("training"),
    getFormatter(),
    listTrainingProjects(db(), staff),
    listSessions(db(), staff),
    listVolunteerTraining(db(), staff, today),
  ]);
  const hours = (minutes: number) => durationText(t, minutes);
  const long = (day: string) => format.dateTime(dateOfDay(day), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

  return (
    <TrainingMessages>
      <Container className="space-y-10 py-10">
        <div>
          <h1 className="text-3xl sm:text-4xl">{t("olp.title")}</h1>
          <p className="mt-2 max-w-prose text-lg">{t("olp.intro")}</p>
          <p className="mt-2"><Link href="/supervisione/formazione/registro" className="font-semibold underline">{t("register.link")}</Link></p>
        </div>
        {deletedWith === null ? null : (
          <Notice role="status"><p className="font-semibold">{t("delete.done", { count: deletedWith })}</p></Notice>
        )}

        <section aria-labelledby="progress-heading" className="space-y-4">
          <h2 id="progress-heading" className="text-2xl">{t("olp.progressHeading")}</h2>
          {volunteers.length === 0 ? (
            <Notice tone="warning"><p>{t("olp.noVolunteers")}</p></Notice>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <TableHead labels={[t("olp.volunteer"), ...MAIN_LINES.map((line) => t(`line.${line}`)), t("olp.warnings")]} />
                <tbody>
                  {volunteers.map((volunteer) => (
                    <tr key={volunteer.userId} className="border-b border-line align-top">
                      <th scope="row" className="py-2 pr-4">
                        {volunteer.name}
                        <span className="block text-sm font-normal text-muted">{volunteer.project.title}</span>
                      </th>
                      {MAIN_LINES.map((line) => {
                        const row = volunteer.progress.rows.find((item) => item.line === line)!;
                        return (
                          <td key={line} className="py-2 pr-4">
                            <ProgressBar
                              percent={row.percent}
                              text={
                                row.targetMinutes === null || row.percent === null
                                  ? `${hours(row.attendedMinutes)}, ${t("progress.barNoTarget")}`
                                  : t("progress.barText", { percent: row.percent, attended: hours(row.attendedMinutes), target: hours(row.targetMinutes) })
                              }
                            />
                          </td>
                        );
                      })}
                      <td className="py-2 pr-4 text-sm">
                        {volunteer.progress.warnings.length === 0 ? t("olp.noWarnings") : <TrainingWarnings warnings={volunteer.progress.warnings} />}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section aria-labelledby="sessions-heading" className="space-y-4">
          <h2 id="sessions-heading" className="text-2xl">{t("sessions.heading")}</h2>
          {sessions.length === 0 ? (
            <p>{t("sessions.none")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <TableHead labels={[t("sessions.title"), t("sessions.day"), t("sessions.kind"), t("sessions.duration"), t("sessions.project"), t("sessions.attendees")]} />
                <tbody>
                  {sessions.map((session) => (
                    <tr key={session.id} className="border-b border-line align-top">
                      <th scope="row" className="py-2 pr-4 font-normal">
                        <Link
                          href={`/supervisione/formazione/${session.id}`}
                          className="font-semibold underline"
                          aria-label={t("sessions.open", { title: session.title, day: long(session.day) })}
                        >
                          {session.title}
                        </Link>
                      </th>
                      <td className="py-2 pr-4">{long(session.day)}, {formatMinuteOfDay(session.startMinute)}</td>
                      <td className="py-2 pr-4">{t(`kind.${session.kind}`)}</td>
                      <td className="py-2 pr-4">{hours(session.minutes)}</td>
                      <td className="py-2 pr-4">{session.project.title}</td>
                      <td className="py-2 pr-4">{t("sessions.attendeesCount", { count: session.attendees })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section aria-labelledby="new-session-heading" className="space-y-4">
          <h2 id="new-session-heading" className="text-2xl">{t("form.heading")}</h2>
          {projects.length === 0 ? (
            <Notice tone="warning"><p>{t("olp.noProjects")}</p></Notice>
          ) : (
            <Card>
              <SessionForm projects={projects} today={today} action={createSessionAction} />
            </Card>
          )}
        </section>
      </Container>
    </TrainingMessages>
  );
}
