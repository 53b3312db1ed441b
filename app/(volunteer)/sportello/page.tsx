import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { formatAddress, telHref } from "@/components/desks/address";
import { Card } from "@/components/ui/Card";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { Tag, TagList } from "@/components/ui/Tag";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { ROME, formatMinuteOfDay } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { APPOINTMENT_STATUSES } from "@/lib/staff/desk-day";
import { listStaffDesks, type StaffDesk } from "@/lib/staff/my-desks";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(VOLUNTEER_AREA, "page", async () => {
    const t = await getTranslations("myDesks");
    return { title: t("title") };
  });
}

const INTRO = { VOLUNTEER: "introVolunteer", OLP: "introOlp", ADMIN: "introAdmin" } as const;

export default async function VolunteerHomePage() {
  const staff = await requireRole(VOLUNTEER_AREA, "/sportello");
  const now = new Date();
  const locale = await getCurrentLocale();
  const [t, format, desks] = await Promise.all([
    getTranslations("myDesks"),
    getFormatter(),
    listStaffDesks(db(), staff, locale, now),
  ]);
  const today = format.dateTime(now, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: ROME });

  return (
    <Container className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-prose text-lg">{t(INTRO[staff.role])}</p>
      <p className="mt-1 text-muted">{t("today", { date: today })}</p>

      {desks.length === 0 ? (
        <Notice tone="warning" className="mt-8 max-w-prose">
          <p>{t("noDesks")}</p>
        </Notice>
      ) : (
        <ul className="mt-8 grid gap-6 lg:grid-cols-2">
          {desks.map((desk) => (
            <DeskToday key={desk.id} desk={desk} />
          ))}
        </ul>
      )}
    </Container>
  );
}

async function DeskToday({ desk }: { desk: StaffDesk }) {
  const [t, tCommon, tDesk, tStatus, tWork] = await Promise.all([
    getTranslations("myDesks"),
    getTranslations("common"),
    getTranslations("desk"),
    getTranslations("appointmentStatus"),
    getTranslations("deskWork"),
  ]);
  const id = `desk-${desk.scuCode}`;
  const statuses = APPOINTMENT_STATUSES.filter((status) => desk.appointments.byStatus[status] > 0);

  return (
    <Card as="li" className="flex flex-col gap-4">
      <section aria-labelledby={id} className="flex flex-col gap-4">
        <div>
          <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
            <h2 id={id} className="text-2xl">
              {desk.name}
            </h2>
            <Tag variant={desk.openNow ? "solid" : "soft"}>{desk.openNow ? t("openNow") : t("closedNow")}</Tag>
          </div>
          <p className="font-semibold">{desk.enteName}</p>
          <p className="text-sm text-muted">{tCommon("siteCode", { code: desk.scuCode })}</p>
        </div>

        <dl className="space-y-1">
          <div>
            <dt className="inline font-semibold">{t("address")}: </dt>
            <dd className="inline">{formatAddress(desk)}</dd>
          </div>
          {desk.phone ? (
            <div>
              <dt className="inline font-semibold">{t("phone")}: </dt>
              <dd className="inline">
                <a href={telHref(desk.phone)}>{desk.phone}</a>
              </dd>
            </div>
          ) : null}
        </dl>

        <div>
          <h3 className="text-lg">{t("hoursHeading")}</h3>
          {desk.todayHours.length === 0 ? (
            <p>{t("closedToday")}</p>
          ) : (
            <p>
              {desk.todayHours
                .map((interval) =>
                  tDesk("interval", { opens: formatMinuteOfDay(interval.opens), closes: formatMinuteOfDay(interval.closes) }),
                )
                .join(", ")}
            </p>
          )}
          {desk.todayClosures.map((closure) => (
            <Notice key={`${closure.source}-${closure.startsAt.toISOString()}`} tone="warning" className="mt-2">
              <p>{t("closureToday", { label: closure.label })}</p>
            </Notice>
          ))}
        </div>

        <div>
          <h3 id={`${id}-services`} className="mb-2 text-lg">
            {t("servicesHeading")}
          </h3>
          {desk.services.length === 0 ? (
            <p>{t("noServices")}</p>
          ) : (
            <TagList labelledBy={`${id}-services`} items={desk.services.map((service) => ({ key: service.code, label: service.name }))} />
          )}
        </div>

        <div>
          <h3 className="text-lg">{t("appointmentsHeading")}</h3>
          <p>{t("appointmentsTotal", { count: desk.appointments.total })}</p>
          {statuses.length > 0 ? (
            <ul aria-label={t("appointmentsByStatus")} className="mt-1 flex flex-wrap gap-x-6">
              {statuses.map((status) => (
                <li key={status}>
                  {tStatus(status)}: <strong>{desk.appointments.byStatus[status]}</strong>
                </li>
              ))}
            </ul>
          ) : null}
        </div>

        <p className="mt-auto">
          <Link href={`/sportello/${desk.scuCode}`} className="inline-block rounded-md bg-primary px-5 py-2.5 font-bold text-white no-underline hover:bg-primary-hover">
            {tWork("openDesk", { name: desk.name })}
          </Link>
        </p>
        <p>
          <Link href={`/sedi/${desk.scuCode}`} prefetch={false}>
            {t("publicPage", { name: desk.name })}
          </Link>
        </p>
      </section>
    </Card>
  );
}
