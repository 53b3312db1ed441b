import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { DeskPeriodHead } from "@/components/supervision/DeskPeriodHead";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { ROME } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { queryString, volunteerIdSchema } from "@/lib/supervision/schema";
import { findDeskPerson, loadVolunteerContacts, type VolunteerContact } from "@/lib/supervision/volunteer-activity";

import { readPeriod, requireSupervisedDesk, type SearchParams } from "../../supervised-desk";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string; userId: string }>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("supervisionFigures.contacts");
    // The title names no one: it stays in the browser's history.
    return { title: t("metaTitle") };
  });
}

/** The drill-down of the activity review: one volunteer's contacts at the desk, without citizens' names. */
export default async function VolunteerContactsPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParams> }) {
  const { scuCode, userId } = await params;
  const staff = await requireRole(OLP_AREA, `/supervisione/sportelli/${encodeURIComponent(scuCode)}/attivita/${encodeURIComponent(userId)}`);
  const desk = await requireSupervisedDesk(staff, scuCode);
  const id = volunteerIdSchema.safeParse(userId);
  if (!id.success) notFound();
  const { parsed, raw } = readPeriod(await searchParams, new Date());
  const base = `/supervisione/sportelli/${desk.scuCode}`;
  const period = parsed.success ? parsed.period : null;
  const person = await findDeskPerson(db(), { sedeId: desk.id, userId: id.data });
  if (!person) notFound();
  const locale = await getCurrentLocale();
  const contacts = period ? await loadVolunteerContacts(db(), { sedeId: desk.id, userId: person.id, viewerId: staff.id, locale, period }) : [];
  const [t, tBreadcrumbs, format] = await Promise.all([getTranslations("supervisionFigures"), getTranslations("breadcrumbs"), getFormatter()]);
  const search = period ? queryString(period.query) : "";
  const name = person.name;

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[
          { label: t("supervision"), href: "/supervisione" },
          { label: t("title"), href: `${base}${search}` },
          { label: t("activity.title"), href: `${base}/attivita${search}` },
          { label: t("contacts.title", { name }) },
        ]}
      />
      <Container className="py-10">
        <DeskPeriodHead
          title={t("contacts.title", { name })}
          intro={t("contacts.intro", { name })}
          desk={desk}
          action={`${base}/attivita/${person.id}`}
          period={period}
          error={parsed.success ? null : parsed.error}
          raw={raw}
        />

        {period ? (
          <>
            <div className="mt-8 overflow-x-auto">
              <table className="w-full border-collapse text-left" data-testid="volunteer-contacts">
                <caption className="mb-2 text-left">
                  <span className="block text-xl font-semibold">{t("contacts.caption", { name })}</span>
                  <span className="block text-sm text-muted">
                    {t("contacts.count", { count: contacts.length })} {t("contacts.timeZone")}
                  </span>
                </caption>
                <thead>
                  <tr className="border-b-2 border-ink">
                    {(["date", "time", "ticket", "service", "outcome", "autonomy"] as const).map((column) => (
                      <th key={column} scope="col" className="py-2 pr-4 font-semibold">
                        {t(`contacts.${column}`)}
                      </th>
                    ))}
                    <th scope="col" className="py-2 pr-4 text-right font-semibold">
                      {t("contacts.duration")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {contacts.map((contact) => (
                    <ContactRow key={contact.visitId} contact={contact} date={format.dateTime(contact.arrivedAt, { dateStyle: "medium", timeZone: ROME })} time={format.dateTime(contact.arrivedAt, { hour: "2-digit", minute: "2-digit", timeZone: ROME })} />
                  ))}
                </tbody>
              </table>
            </div>
            <p className="mt-6">
              <Link href={`${base}/attivita${search}`}>{t("contacts.back")}</Link>
            </p>
          </>
        ) : null}
      </Container>
    </>
  );
}

async function ContactRow({ contact, date, time }: { contact: VolunteerContact; date: string; time: string }) {
  const t = await getTranslations("supervisionFigures");
  const none = t("none");
  const outcome = contact.outcome
    ? `${t(`outcomes.${contact.outcome}`)}${contact.notPossibleReason ? ` (${t(`outcomes.reasons.${contact.notPossibleReason}`)})` : ""}`
    : t(`contacts.status.${contact.status}`);
  const cell = "py-2 pr-4 align-top";
  return (
    <tr className="border-b border-line">
      <td className={cell}>{date}</td>
      <td className={`${cell} tabular-nums`}>{time}</td>
      <th scope="row" className={`${cell} font-semibold tabular-nums`}>
        {contact.ticket}
      </th>
      <td className={cell}>{contact.serviceName}</td>
      <td className={cell}>{outcome}</td>
      <td className={cell}>{contact.autonomy ? t(`outcomes.autonomy.${contact.autonomy}`) : none}</td>
      <td className={`${cell} text-right tabular-nums`}>{contact.durationMinutes ?? none}</td>
    </tr>
  );
}
