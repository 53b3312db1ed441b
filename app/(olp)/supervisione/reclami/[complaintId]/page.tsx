import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { ComplaintHandling } from "@/components/feedback/ComplaintHandling";
import { FeedbackMessages } from "@/components/feedback/FeedbackMessages";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { Section } from "@/components/ui/Section";
import { Tag } from "@/components/ui/Tag";
import { FocusedNotice } from "@/components/users/FocusedNotice";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { loadComplaint } from "@/lib/feedback/complaints";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

import { answerComplaintAction, closeComplaintAction, startComplaintAction } from "../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ complaintId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const OUTCOMES = { preso: "started", risposta: "answered", inviata: "answeredMailed", chiuso: "closed" } as const;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("feedback.item");
    return { title: t("metaTitle") };
  });
}

/**
 * One complaint for the OLP of its desk (or an administrator): the citizen's words, the deadline,
 * and the forms to take it on, answer or close it. Each read is audited by loadComplaint.
 */
export default async function ComplaintPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { complaintId } = await params;
  const staff = await requireRole(OLP_AREA, `/supervisione/reclami/${encodeURIComponent(complaintId)}`);
  if (!/^[0-9a-f-]{36}$/i.test(complaintId)) notFound();
  const found = await loadComplaint(db(), { id: complaintId, staff, now: new Date() });
  if (!found.ok) {
    if (found.reason === "forbidden") forbidden();
    notFound();
  }
  const complaint = found.complaint;
  const [t, tInbox, tBreadcrumbs, format, query, locale] = await Promise.all([
    getTranslations("feedback"),
    getTranslations("feedback.inbox"),
    getTranslations("breadcrumbs"),
    getFormatter(),
    searchParams,
    getCurrentLocale(),
  ]);
  const date = (instant: Date) => format.dateTime(instant, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Rome" });
  const outcomeParam = typeof query.esito === "string" ? query.esito : "";
  const outcome = outcomeParam in OUTCOMES ? OUTCOMES[outcomeParam as keyof typeof OUTCOMES] : null;
  const open = complaint.status === "RECEIVED" || complaint.status === "IN_PROGRESS";
  const facts: { label: string; value: string }[] = [
    { label: tInbox("desk"), value: complaint.deskName ?? tInbox("noDesk") },
    { label: t("item.service"), value: complaint.serviceNames ? (complaint.serviceNames[locale] ?? Object.values(complaint.serviceNames)[0] ?? "–") : t("item.noService") },
    { label: tInbox("received"), value: date(complaint.receivedAt) },
    { label: tInbox("due"), value: date(complaint.dueAt) },
    { label: tInbox("status"), value: t(`statuses.${complaint.status}`) },
    { label: t("item.email"), value: complaint.email ?? (complaint.anonymizedAt ? "–" : t("item.noEmail")) },
    { label: t("item.language"), value: complaint.locale.toUpperCase() },
    ...(complaint.handledBy ? [{ label: t("item.handledBy"), value: complaint.handledBy }] : []),
  ];

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[
          { label: tInbox("supervision"), href: "/supervisione" },
          { label: tInbox("title"), href: complaint.scuCode ? `/supervisione/sportelli/${complaint.scuCode}/reclami` : "/supervisione/reclami" },
          { label: complaint.reference },
        ]}
      />
      <Container className="space-y-8 py-10">
        <div>
          <h1 className="text-3xl sm:text-4xl">{t("item.title", { kind: t(`kinds.${complaint.kind}`), reference: complaint.reference })}</h1>
          {complaint.overdue ? (
            <p className="mt-2">
              <Tag variant="solid">{tInbox("overdue")}</Tag>
            </p>
          ) : null}
          <p className="mt-2 text-sm text-muted">{t("item.auditNote")}</p>
        </div>
        {outcome ? (
          <FocusedNotice role="status">
            <p className="font-semibold">{t(`done.${outcome}`)}</p>
          </FocusedNotice>
        ) : null}

        <Section id="facts" title={t("item.facts")}>
          <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            {facts.map((fact) => (
              <div key={fact.label} className="contents">
                <dt className="font-semibold">{fact.label}</dt>
                <dd>{fact.value}</dd>
              </div>
            ))}
          </dl>
        </Section>

        <Section id="text" title={t("item.text")}>
          {complaint.anonymizedAt ? (
            <Notice className="mt-4 max-w-prose">
              <p>{t("item.anonymized", { date: date(complaint.anonymizedAt) })}</p>
            </Notice>
          ) : (
            <Card className="mt-4 max-w-3xl">
              <p className="whitespace-pre-wrap">{complaint.text}</p>
            </Card>
          )}
        </Section>

        {complaint.answer ? (
          <Section id="answer-given" title={t("item.answer")}>
            <p className="mt-2 text-muted">{complaint.answeredAt ? date(complaint.answeredAt) : null}</p>
            <Card className="mt-2 max-w-3xl">
              <p className="whitespace-pre-wrap">{complaint.answer}</p>
            </Card>
          </Section>
        ) : null}
        {complaint.closeReason ? (
          <Section id="close-reason-given" title={t("item.closeReason")}>
            <p className="mt-2 text-muted">{complaint.closedAt ? date(complaint.closedAt) : null}</p>
            <Card className="mt-2 max-w-3xl">
              <p className="whitespace-pre-wrap">{complaint.closeReason}</p>
            </Card>
          </Section>
        ) : null}

        {open ? (
          <Section id="handling" title={t("item.handling")}>
            <div className="mt-4">
              <FeedbackMessages>
                <ComplaintHandling
                  complaintId={complaint.id}
                  status={complaint.status as "RECEIVED" | "IN_PROGRESS"}
                  hasEmail={Boolean(complaint.email)}
                  start={startComplaintAction}
                  answer={answerComplaintAction}
                  close={closeComplaintAction}
                />
              </FeedbackMessages>
            </div>
          </Section>
        ) : null}

        <p>
          <Link href={complaint.scuCode ? `/supervisione/sportelli/${complaint.scuCode}/reclami` : "/supervisione/reclami"} className="font-semibold">
            <span aria-hidden="true">← </span>
            {t("item.back")}
          </Link>
        </p>
      </Container>
    </>
  );
}
