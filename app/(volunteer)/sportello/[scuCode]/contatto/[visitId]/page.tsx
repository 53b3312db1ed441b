import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { ButtonForm } from "@/components/forms/ButtonForm";
import { DeskMessages } from "@/components/desk-work/DeskMessages";
import { FeedbackCodePanel } from "@/components/feedback/FeedbackCodePanel";
import { FeedbackMessages } from "@/components/feedback/FeedbackMessages";
import { OutcomeForm } from "@/components/desk-work/OutcomeForm";
import { ProcedureChecklist } from "@/components/desk-work/ProcedureChecklist";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { FocusedNotice } from "@/components/users/FocusedNotice";
import { Section } from "@/components/ui/Section";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { ROME } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { findWorkDesk } from "@/lib/desk/access";
import { loadVisit } from "@/lib/desk/visit-view";
import { env } from "@/lib/env";
import { visitFeedbackStatus } from "@/lib/feedback/visit-feedback";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { linkBaseUrl } from "@/lib/mail/link-base-url";

import { outcomeAction, recordStepAction, showFeedbackCodeAction, startVisitAction } from "../../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string; visitId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(VOLUNTEER_AREA, "page", async () => {
    const t = await getTranslations("deskWork");
    return { title: t("visit.procedureHeading") };
  });
}

/** One contact at the workstation: the guided procedure of its service, then its outcome. */
export default async function VisitPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { scuCode, visitId } = await params;
  const justClosed = (await searchParams).esito === "registrato";
  const staff = await requireRole(VOLUNTEER_AREA, `/sportello/${scuCode}/contatto/${visitId}`);
  const desk = await findWorkDesk(db(), staff, scuCode);
  if (!desk) forbidden();
  const locale = await getCurrentLocale();
  const visit = await loadVisit(db(), { sedeId: desk.id, visitId, viewerId: staff.id, locale });
  if (!visit) notFound();
  const [t, tFeedback, format] = await Promise.all([getTranslations("deskWork"), getTranslations("feedback.desk"), getFormatter()]);
  const clock = (instant: Date) => format.dateTime(instant, { hour: "2-digit", minute: "2-digit", timeZone: ROME });
  const closed = visit.status === "DONE";
  const feedback = closed ? await visitFeedbackStatus(db(), { visitId: visit.id, sedeId: desk.id, now: new Date() }) : null;
  const questionnairePage = new URL("/valuta", linkBaseUrl(await headers(), env().PUBLIC_URL)).toString();

  return (
    <DeskMessages>
      <Container className="space-y-8 py-10">
        <p>
          <Link href={`/sportello/${desk.scuCode}`} className="font-semibold underline">
            <span aria-hidden="true">← </span>
            {t("visit.back")}
          </Link>
        </p>
        <div>
          <h1 className="text-3xl sm:text-4xl">{t("visit.title", { ticket: visit.ticket })}</h1>
          <p className="mt-2 text-xl">{t("visit.summary", { name: visit.name, service: visit.serviceName })}</p>
          {visit.workstation ? <p className="mt-1">{t("visit.where", { workstation: visit.workstation, volunteer: visit.servedBy ?? "–" })}</p> : null}
          <ul className="mt-1 flex flex-wrap gap-x-6 text-muted">
            {visit.calledAt ? <li>{t("visit.calledAt", { time: clock(visit.calledAt) })}</li> : null}
            {visit.startedAt ? <li>{t("visit.startedAt", { time: clock(visit.startedAt) })}</li> : null}
            {visit.endedAt ? <li>{t("visit.endedAt", { time: clock(visit.endedAt) })}</li> : null}
          </ul>
        </div>

        {closed && justClosed ? (
          <FocusedNotice role="status">
            <p className="font-semibold">{tFeedback("outcomeRecorded")}</p>
            <p>{t("visit.closed", { outcome: t(`outcome.${visit.outcome!}`) })}</p>
          </FocusedNotice>
        ) : closed ? (
          <Notice role="status">
            <p className="font-semibold">{t("visit.closed", { outcome: t(`outcome.${visit.outcome!}`) })}</p>
          </Notice>
        ) : visit.status === "CALLED" ? (
          <ButtonForm id="start-visit" action={startVisitAction} label={t("visit.start")} hidden={{ scuCode: desk.scuCode, visitId: visit.id }} />
        ) : null}

        {feedback && feedback.state !== "not_served" ? (
          <Section id="valutazione" title={tFeedback("heading")}>
            <Card className="mt-4 space-y-4">
              {feedback.state === "open" ? (
                <>
                  <p className="max-w-prose">{tFeedback("intro", { url: questionnairePage })}</p>
                  {feedback.mailed ? <p className="max-w-prose">{tFeedback("mailed")}</p> : null}
                  <FeedbackMessages>
                    <FeedbackCodePanel action={showFeedbackCodeAction} scuCode={desk.scuCode} visitId={visit.id} />
                  </FeedbackMessages>
                </>
              ) : (
                <p>{tFeedback(feedback.state)}</p>
              )}
            </Card>
          </Section>
        ) : null}

        <Section id="procedure" title={t("visit.procedureHeading")}>
          <div className="mt-4">
            <ProcedureChecklist visitId={visit.id} steps={visit.steps} initial={visit.ticks} readOnly={closed} send={recordStepAction.bind(null, desk.scuCode)} />
          </div>
        </Section>

        {closed ? null : (
          <Section id="outcome" title={t("visit.outcomeHeading")}>
            <Card className="mt-4">
              <OutcomeForm scuCode={desk.scuCode} visitId={visit.id} started={visit.status === "IN_PROGRESS"} action={outcomeAction} />
            </Card>
          </Section>
        )}
      </Container>
    </DeskMessages>
  );
}
