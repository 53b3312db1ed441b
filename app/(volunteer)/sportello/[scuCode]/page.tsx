import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";

import { AutoRefresh } from "@/components/desk-work/AutoRefresh";
import { CheckInForm } from "@/components/desk-work/CheckInForm";
import { DayFiguresList } from "@/components/desk-work/DayFiguresList";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { DeskMessages } from "@/components/desk-work/DeskMessages";
import { OpenWorkstationForm } from "@/components/desk-work/OpenWorkstationForm";
import { WalkInForm } from "@/components/desk-work/WalkInForm";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Section } from "@/components/ui/Section";
import { TableHead } from "@/components/ui/TableHead";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { ROME } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { findWorkDesk } from "@/lib/desk/access";
import { DESK_SCREEN_REFRESH_SECONDS } from "@/lib/desk/refresh";
import { searchSchema } from "@/lib/desk/schema";
import { loadDeskToday } from "@/lib/desk/today";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

import { callNextAction, checkInAction, closeWorkstationAction, markNoShowAction, openWorkstationAction, walkInAction } from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(VOLUNTEER_AREA, "page", async () => {
    const t = await getTranslations("deskWork");
    return { title: t("title") };
  });
}

/** The volunteer's day at one desk: workstation, reception, queue, agenda and figures. */
export default async function DeskDayPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { scuCode } = await params;
  const staff = await requireRole(VOLUNTEER_AREA, `/sportello/${scuCode}`);
  const desk = await findWorkDesk(db(), staff, scuCode);
  if (!desk) {
    // Another desk's page answers as forbidden, an unknown code as not found.
    const exists = /^\d{1,10}$/.test(scuCode) && (await db().sede.count({ where: { scuCode } })) > 0;
    if (exists) forbidden();
    notFound();
  }
  const { q } = await searchParams;
  const query = searchSchema.parse({ q: typeof q === "string" ? q : undefined });
  const now = new Date();
  const locale = await getCurrentLocale();
  const [t, format, day] = await Promise.all([
    getTranslations("deskWork"),
    getFormatter(),
    loadDeskToday(db(), { sedeId: desk.id, viewerId: staff.id, now, locale, search: query.q }),
  ]);
  const clock = (instant: Date) => format.dateTime(instant, { hour: "2-digit", minute: "2-digit", timeZone: ROME });
  const mine = day.workstations.find((workstation) => workstation.id === day.myWorkstationId);

  return (
    <DeskMessages>
      <AutoRefresh seconds={DESK_SCREEN_REFRESH_SECONDS} />
      <Container className="space-y-10 py-10">
        <div>
          <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
          <p className="mt-2 text-lg">{t("today", { desk: desk.name, date: format.dateTime(now, { weekday: "long", day: "numeric", month: "long", timeZone: ROME }) })}</p>
          <p className="mt-1 text-sm text-muted">{t("autoRefresh")}</p>
          <p className="mt-2">
            <Link href={`/sedi/${desk.scuCode}/sala-attesa`} prefetch={false} target="_blank" className="font-semibold underline">
              {t("displayLink")}
            </Link>
          </p>
        </div>

        <Section id="my-workstation" title={t("workstation.heading")}>
          <Card className="mt-4 space-y-4">
            {mine ? (
              <>
                <p className="text-lg font-semibold">{t("workstation.mine", { name: mine.name })}</p>
                {mine.current ? (
                  <div className="space-y-2">
                    <p className="text-xl">{t("workstation.serving", { ticket: mine.current.ticket, name: mine.current.name, service: mine.current.serviceName })}</p>
                    <Link href={`/sportello/${desk.scuCode}/contatto/${mine.current.visitId}`} className="inline-block rounded-md bg-primary px-6 py-3 text-lg font-bold text-white hover:bg-primary-hover">
                      {t("workstation.openProcedure", { ticket: mine.current.ticket })}
                    </Link>
                  </div>
                ) : (
                  <ButtonForm id="call-next" action={callNextAction} label={t("workstation.callNext")} hidden={{ scuCode: desk.scuCode }} look="large" />
                )}
                <ButtonForm id="close-workstation" action={closeWorkstationAction} label={t("workstation.close")} hidden={{ scuCode: desk.scuCode }} look="secondary" />
              </>
            ) : (
              <>
                <p>{t("workstation.none")}</p>
                <OpenWorkstationForm
                  scuCode={desk.scuCode}
                  action={openWorkstationAction}
                  workstations={day.workstations.map((workstation) => ({ id: workstation.id, name: workstation.name, holder: workstation.holder?.name ?? null }))}
                />
              </>
            )}
          </Card>
        </Section>

        <Section id="reception" title={t("reception.heading")}>
          <div className="mt-4 grid gap-6 lg:grid-cols-2">
            <Card className="space-y-3">
              <h3 className="text-xl">{t("reception.checkInHeading")}</h3>
              <CheckInForm scuCode={desk.scuCode} action={checkInAction} />
            </Card>
            <Card className="space-y-3">
              <h3 className="text-xl">{t("reception.walkInHeading")}</h3>
              <WalkInForm scuCode={desk.scuCode} services={day.services} action={walkInAction} />
            </Card>
          </div>
        </Section>

        <Section id="queue" title={t("queue.heading")}>
          {day.queue.length === 0 ? (
            <p className="mt-4">{t("queue.empty")}</p>
          ) : (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <TableHead labels={[t("queue.ticket"), t("queue.name"), t("queue.service"), t("queue.arrived"), t("queue.booking"), t("queue.wait")]} />
                <tbody>
                  {day.queue.map((entry) => (
                    <tr key={entry.visitId} className="border-b border-line">
                      <th scope="row" className="py-2 pr-4 font-mono text-lg">{entry.ticket}</th>
                      <td className="py-2 pr-4">{entry.name}</td>
                      <td className="py-2 pr-4">{entry.serviceName}</td>
                      <td className="py-2 pr-4">{clock(entry.arrivedAt)}</td>
                      <td className="py-2 pr-4">{entry.appointmentAt ? clock(entry.appointmentAt) : t("queue.walkIn")}</td>
                      <td className="py-2">{entry.waitMinutes === null ? t("queue.noEstimate") : t("queue.waitMinutes", { minutes: entry.waitMinutes })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>

        <Section id="workstations" title={t("stations.heading")}>
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <TableHead labels={[t("stations.name"), t("stations.volunteer"), t("stations.serving")]} />
              <tbody>
                {day.workstations.map((workstation) => (
                  <tr key={workstation.id} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4">{workstation.name}</th>
                    <td className="py-2 pr-4">{workstation.holder?.name ?? t("stations.closed")}</td>
                    <td className="py-2 font-mono">{workstation.current?.ticket ?? (workstation.holder ? t("stations.idle") : "–")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>

        <Section id="agenda" title={t("agenda.heading")}>
          <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("agenda.searchRegion")}>
            <div>
              <label htmlFor="agenda-search" className="mb-1 block font-semibold">{t("agenda.searchLabel")}</label>
              <input id="agenda-search" name="q" type="search" defaultValue={query.q} maxLength={60} autoComplete="off" className="block w-72 rounded-md border-2 border-muted bg-white px-3 py-2" />
            </div>
            <button type="submit" className="cursor-pointer rounded-md border-2 border-primary px-4 py-2 font-bold text-primary-strong">{t("agenda.search")}</button>
            {query.q ? <Link href={`/sportello/${desk.scuCode}#agenda`} className="py-2 font-semibold underline">{t("agenda.clear")}</Link> : null}
          </form>
          {day.agenda.length === 0 ? (
            <p className="mt-4">{query.q ? t("agenda.noMatch", { q: query.q }) : t("agenda.empty")}</p>
          ) : (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <TableHead labels={[t("agenda.time"), t("agenda.name"), t("agenda.service"), t("agenda.code"), t("agenda.status"), t("agenda.ticket"), t("agenda.actions")]} />
                <tbody>
                  {day.agenda.map((entry) => (
                    <tr key={entry.appointmentId} className="border-b border-line align-top">
                      <td className="py-2 pr-4">{clock(entry.startsAt)}</td>
                      <th scope="row" className="py-2 pr-4 font-normal">{entry.name}</th>
                      <td className="py-2 pr-4">{entry.serviceName}</td>
                      <td className="py-2 pr-4 font-mono">{entry.code}</td>
                      <td className="py-2 pr-4">{t(`status.${entry.status}`)}</td>
                      <td className="py-2 pr-4 font-mono">{entry.ticket ?? "–"}</td>
                      <td className="py-2">
                        {entry.status === "BOOKED" ? (
                          <div className="flex flex-wrap gap-2">
                            <AgendaCheckIn scuCode={desk.scuCode} code={entry.code} label={t("agenda.checkIn")} accessibleLabel={t("agenda.checkInLabel", { name: entry.name })} />
                            {entry.startsAt < now ? (
                              <ButtonForm
                                id={`no-show-${entry.appointmentId}`}
                                action={markNoShowAction}
                                label={t("agenda.noShow")}
                                accessibleLabel={t("agenda.noShowLabel", { name: entry.name })}
                                hidden={{ scuCode: desk.scuCode, appointmentId: entry.appointmentId }}
                                look="secondary"
                              />
                            ) : null}
                          </div>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>

        <Section id="figures" title={t("figures.heading")}>
          <DayFiguresList figures={day.figures} />
        </Section>
      </Container>
    </DeskMessages>
  );
}

/** The agenda's check-in: the same action as typing the code. */
function AgendaCheckIn({ scuCode, code, label, accessibleLabel }: { scuCode: string; code: string; label: string; accessibleLabel: string }) {
  return <ButtonForm id={`check-in-${code}`} action={checkInAction} label={label} accessibleLabel={accessibleLabel} hidden={{ scuCode, code }} />;
}

