import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ClosureForm } from "@/components/desk-admin/ClosureForm";
import { DeskAdminMessages } from "@/components/desk-admin/DeskAdminMessages";
import { AddWorkstationForm, DeskDetailsForm, DeskServiceForm, OpeningIntervalForm, RenameWorkstationForm } from "@/components/desk-admin/DeskAdminForms";
import { ButtonForm } from "@/components/forms/ButtonForm";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { Section } from "@/components/ui/Section";
import { TableHead } from "@/components/ui/TableHead";
import { Tag } from "@/components/ui/Tag";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { formatAppointmentDateTime } from "@/lib/booking/format-appointment-time";
import { formatMinuteOfDay } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { listCurrentClosures } from "@/lib/desk-admin/closures";
import { loadDeskDetails } from "@/lib/desk-admin/details";
import { listOpeningHours } from "@/lib/desk-admin/opening-hours";
import { WEEKDAYS } from "@/lib/desk-admin/schema";
import { listDeskServices } from "@/lib/desk-admin/services";
import { listDeskWorkstations } from "@/lib/desk-admin/workstations";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

import { requireSupervisedDesk } from "../supervised-desk";

import {
  addOpeningIntervalAction,
  addWorkstationAction,
  closureAction,
  deleteClosureAction,
  removeOpeningIntervalAction,
  renameWorkstationAction,
  saveDeskDetailsAction,
  saveDeskServiceAction,
  setWorkstationActiveAction,
} from "./actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("deskAdmin");
    return { title: t("title") };
  });
}

const SECTIONS = ["dati", "chiusure", "orari", "servizi", "postazioni"] as const;

/** A supervised desk's administration: closures, opening hours, services offered, workstations. */
export default async function DeskAdminPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const [{ scuCode }, query] = await Promise.all([params, searchParams]);
  const staff = await requireRole(OLP_AREA, `/supervisione/sportelli/${encodeURIComponent(scuCode)}/gestione`);
  const desk = await requireSupervisedDesk(staff, scuCode);
  const now = new Date();
  const [t, tFigures, tBreadcrumbs, locale] = await Promise.all([
    getTranslations("deskAdmin"),
    getTranslations("supervisionFigures"),
    getTranslations("breadcrumbs"),
    getCurrentLocale(),
  ]);
  const [details, closures, hours, services, workstations] = await Promise.all([
    loadDeskDetails(db(), desk.id),
    listCurrentClosures(db(), { sedeId: desk.id, now }),
    listOpeningHours(db(), desk.id),
    listDeskServices(db(), { sedeId: desk.id, locale }),
    listDeskWorkstations(db(), desk.id),
  ]);
  const base = `/supervisione/sportelli/${desk.scuCode}`;
  const sectionTitles = { dati: t("details.heading"), chiusure: t("closures.heading"), orari: t("hours.heading"), servizi: t("services.heading"), postazioni: t("workstations.heading") };
  const weekday = (day: number) => t(`hours.weekdays.${String(day) as "1"}`);

  return (
    <DeskAdminMessages>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: t("supervision"), href: "/supervisione" }, { label: t("dashboard"), href: base }, { label: t("title") }]}
      />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1">
          <p className="text-lg">{tFigures("deskLine", { name: desk.name, city: desk.city, code: desk.scuCode })}</p>
          {desk.active ? null : <Tag>{tFigures("inactiveDesk")}</Tag>}
        </div>
        {query.esito === "creato" ? (
          <Notice role="status" className="mt-4 max-w-prose">
            <p className="font-semibold">{t("create.created")}</p>
          </Notice>
        ) : null}
        <nav aria-label={t("sectionsLabel")} className="mt-4">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            {SECTIONS.map((id) => (
              <li key={id}>
                <a href={`#${id}`} className="font-semibold">
                  {sectionTitles[id]}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <Section id="dati" title={t("details.heading")} className="mt-10">
          <p className="mt-2 max-w-prose">{t("details.intro")}</p>
          <DeskDetailsForm scuCode={desk.scuCode} initial={details} action={saveDeskDetailsAction} />
        </Section>

        <Section id="chiusure" title={t("closures.heading")} className="mt-12">
          <p className="mt-2 max-w-prose">{t("closures.intro")}</p>
          {closures.length === 0 ? (
            <p className="mt-4">{t("closures.none")}</p>
          ) : (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full text-left">
                <caption className="sr-only">{t("closures.caption")}</caption>
                <TableHead labels={[t("closures.from"), t("closures.to"), t("closures.reason"), t("actions")]} />
                <tbody>
                  {closures.map((closure) => {
                    const from = formatAppointmentDateTime(closure.startsAt, locale);
                    const to = formatAppointmentDateTime(closure.endsAt, locale);
                    return (
                      <tr key={closure.id} className="border-b border-line align-top">
                        <td className="py-2 pr-4">{from}</td>
                        <td className="py-2 pr-4">{to}</td>
                        <td className="py-2 pr-4">{locale === "en" ? (closure.reasonEn ?? closure.reasonIt) : closure.reasonIt}</td>
                        <td className="py-2 pr-4">
                          {closure.startsAt > now ? (
                            <ButtonForm
                              id={`closure-${closure.id}-delete`}
                              action={deleteClosureAction}
                              label={t("closures.delete")}
                              accessibleLabel={t("closures.deleteLabel", { from, to })}
                              hidden={{ scuCode: desk.scuCode, closureId: closure.id }}
                              look="secondary"
                            />
                          ) : (
                            t("closures.started")
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          <h3 className="mt-8 text-xl">{t("closures.addHeading")}</h3>
          <ClosureForm scuCode={desk.scuCode} action={closureAction} />
        </Section>

        <Section id="orari" title={t("hours.heading")} className="mt-12">
          <p className="mt-2 max-w-prose">{t("hours.intro")}</p>
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left">
              <caption className="sr-only">{t("hours.caption")}</caption>
              <TableHead labels={[t("hours.weekdayColumn"), t("hours.intervalsColumn")]} />
              <tbody>
                {WEEKDAYS.map((day) => {
                  const intervals = hours.filter((interval) => interval.weekday === day);
                  return (
                    <tr key={day} className="border-b border-line align-top">
                      <th scope="row" className="py-2 pr-4 text-left capitalize">
                        {weekday(day)}
                      </th>
                      <td className="py-2 pr-4">
                        {intervals.length === 0 ? (
                          t("hours.closed")
                        ) : (
                          <ul className="space-y-2">
                            {intervals.map((interval) => {
                              const from = formatMinuteOfDay(interval.opensMinute);
                              const to = formatMinuteOfDay(interval.closesMinute);
                              return (
                                <li key={interval.id} className="flex flex-wrap items-center gap-4">
                                  <span>
                                    {from}–{to}
                                  </span>
                                  <ButtonForm
                                    id={`interval-${interval.id}-remove`}
                                    action={removeOpeningIntervalAction}
                                    label={t("hours.remove")}
                                    accessibleLabel={t("hours.removeLabel", { day: weekday(day), from, to })}
                                    hidden={{ scuCode: desk.scuCode, intervalId: interval.id }}
                                    look="secondary"
                                  />
                                </li>
                              );
                            })}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h3 className="mt-8 text-xl">{t("hours.addHeading")}</h3>
          <OpeningIntervalForm scuCode={desk.scuCode} action={addOpeningIntervalAction} />
        </Section>

        <Section id="servizi" title={t("services.heading")} className="mt-12">
          <p className="mt-2 max-w-prose">{t("services.intro")}</p>
          <ul className="mt-4 space-y-6">
            {services.map((service) => (
              <li key={service.serviceId} className="rounded-md border border-line p-4">
                <h3 className="text-xl">{service.name}</h3>
                {service.offer ? null : <p className="mt-1">{t("services.notOffered")}</p>}
                <p className="mt-1 mb-3 text-sm text-muted">{t("services.fiscalCode", { value: service.requiresFiscalCode ? t("yes") : t("no") })}</p>
                <DeskServiceForm
                  scuCode={desk.scuCode}
                  action={saveDeskServiceAction}
                  service={{
                    serviceId: service.serviceId,
                    code: service.code,
                    name: service.name,
                    active: service.offer?.active ?? false,
                    capacity: service.offer?.capacity ?? 1,
                    slotMinutes: service.offer?.slotMinutes ?? service.defaultDurationMinutes,
                    dailyCap: service.offer?.dailyCap ?? null,
                  }}
                />
              </li>
            ))}
          </ul>
        </Section>

        <Section id="postazioni" title={t("workstations.heading")} className="mt-12">
          <p className="mt-2 max-w-prose">{t("workstations.intro")}</p>
          {workstations.length === 0 ? (
            <p className="mt-4">{t("workstations.none")}</p>
          ) : (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full text-left">
                <caption className="sr-only">{t("workstations.caption")}</caption>
                <TableHead labels={[t("workstations.name"), t("workstations.state"), t("actions")]} />
                <tbody>
                  {workstations.map((workstation) => (
                    <tr key={workstation.id} className="border-b border-line align-top">
                      <th scope="row" className="py-2 pr-4 text-left">
                        {workstation.name}
                      </th>
                      <td className="py-2 pr-4">
                        {workstation.active ? (workstation.open ? t("workstations.openNow") : t("workstations.active")) : t("workstations.inactive")}
                      </td>
                      <td className="space-y-3 py-2 pr-4">
                        <RenameWorkstationForm scuCode={desk.scuCode} workstation={workstation} action={renameWorkstationAction} />
                        <ButtonForm
                          id={`workstation-${workstation.id}-active`}
                          action={setWorkstationActiveAction}
                          label={workstation.active ? t("workstations.deactivate") : t("workstations.reactivate")}
                          accessibleLabel={t(workstation.active ? "workstations.deactivateLabel" : "workstations.reactivateLabel", { name: workstation.name })}
                          hidden={{ scuCode: desk.scuCode, workstationId: workstation.id, active: String(!workstation.active) }}
                          look="secondary"
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3 className="mt-8 text-xl">{t("workstations.addHeading")}</h3>
          <AddWorkstationForm scuCode={desk.scuCode} action={addWorkstationAction} />
        </Section>
      </Container>
    </DeskAdminMessages>
  );
}
