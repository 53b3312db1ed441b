import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { durationText } from "@/components/training/duration";
import { ProgressTable } from "@/components/training/ProgressTable";
import { TrainingWarnings } from "@/components/training/TrainingWarnings";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { TableHead } from "@/components/ui/TableHead";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { formatMinuteOfDay, romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { dateOfDay } from "@/lib/timesheets/dates";
import { loadOwnTraining } from "@/lib/training/records";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(VOLUNTEER_AREA, "page", async () => {
    const t = await getTranslations("training");
    return { title: t("title") };
  });
}

/** The signed-in volunteer's training: progress against the project's targets and the sessions attended. */
export default async function MyTrainingPage() {
  const staff = await requireRole(VOLUNTEER_AREA, "/sportello/formazione");
  const today = romeDayKey(new Date());
  const [t, format, training] = await Promise.all([getTranslations("training"), getFormatter(), loadOwnTraining(db(), staff.id, today)]);
  const long = (day: string) => format.dateTime(dateOfDay(day), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const hours = (minutes: number) => durationText(t, minutes);

  return (
    <Container className="space-y-8 py-10">
      <div>
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("intro")}</p>
      </div>
      {!training ? (
        <Notice tone="warning"><p>{t("notEnrolled")}</p></Notice>
      ) : (
        <>
          <div>
            <p>{t("project", { title: training.project.title })}</p>
            <p className="text-muted">{t("period", { from: long(training.startsOn), to: long(training.endsOn) })}</p>
          </div>
          <p><Link href="/sportello/formazione/registro" className="font-semibold underline">{t("register.link")}</Link></p>
          <section aria-labelledby="progress-heading" className="space-y-4">
            <h2 id="progress-heading" className="text-2xl">{t("progress.heading")}</h2>
            <ProgressTable rows={training.progress.rows} caption={t("progress.heading")} />
            <p>{t("progress.tutoringWindow", { from: long(training.progress.tutoringWindow.from), to: long(training.progress.tutoringWindow.to) })}</p>
            {training.progress.warnings.length === 0 ? (
              <Notice role="status"><p>{t("progress.allGood")}</p></Notice>
            ) : (
              <Notice tone="warning">
                <h3 className="font-bold">{t("warnings.heading")}</h3>
                <TrainingWarnings warnings={training.progress.warnings} />
              </Notice>
            )}
          </section>
          <section aria-labelledby="attended-heading" className="space-y-4">
            <h2 id="attended-heading" className="text-2xl">{t("attended.heading")}</h2>
            {training.attended.length === 0 ? (
              <p>{t("attended.none")}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full border-collapse text-left">
                  <TableHead labels={[t("attended.title"), t("attended.day"), t("attended.kind"), t("attended.duration"), t("attended.yours"), t("attended.place")]} />
                  <tbody>
                    {training.attended.map((session) => (
                      <tr key={session.sessionId} className="border-b border-line align-top">
                        <th scope="row" className="py-2 pr-4">{session.title}</th>
                        <td className="py-2 pr-4">{long(session.day)}, {formatMinuteOfDay(session.startMinute)}</td>
                        <td className="py-2 pr-4">{t(`kind.${session.kind}`)}</td>
                        <td className="py-2 pr-4">{hours(session.sessionMinutes)}</td>
                        <td className="py-2 pr-4">{hours(session.minutes)}</td>
                        <td className="py-2 pr-4">{session.place ?? t("progress.none")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </Container>
  );
}
