import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { Tag } from "@/components/ui/Tag";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { ROME } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { listSupervisedDesks, type SupervisedDesk } from "@/lib/staff/supervised-desks";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("supervision");
    return { title: t("title") };
  });
}

export default async function SupervisionPage() {
  const staff = await requireRole(OLP_AREA, "/supervisione");
  const [t, tDesks, tMaps, tInbox, desks] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("deskAdmin.create"),
    getTranslations("serviceMapsImport"),
    getTranslations("feedback.inbox"),
    listSupervisedDesks(db(), staff),
  ]);

  return (
    <Container className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-prose text-lg">{staff.role === "ADMIN" ? t("introAdmin") : t("introOlp")}</p>
      {/* Creating a desk is an administrator's act (docs/desk-admin.md). */}
      {staff.role === "ADMIN" ? (
        <p className="mt-4">
          <Link href="/supervisione/sportelli/nuovo" className="font-semibold">
            {tDesks("link")}
          </Link>
        </p>
      ) : null}
      {/* Importing the municipality's service maps is an administrator's act too (docs/service-maps.md). */}
      {staff.role === "ADMIN" ? (
        <p className="mt-2">
          <Link href="/supervisione/mappe-servizi/importa" className="font-semibold">
            {tMaps("title")}
          </Link>
        </p>
      ) : null}
      <p className="mt-3">
        <Link href="/supervisione/reclami" className="font-semibold">
          {tInbox("allLink")}
        </Link>
      </p>

      {desks.length === 0 ? (
        <Notice tone="warning" className="mt-8 max-w-prose">
          <p>{t("noDesks")}</p>
        </Notice>
      ) : (
        <div className="mt-8 space-y-10">
          {desks.map((desk) => (
            <DeskVolunteers key={desk.id} desk={desk} />
          ))}
        </div>
      )}
    </Container>
  );
}

async function DeskVolunteers({ desk }: { desk: SupervisedDesk }) {
  const [t, tCommon, tFigures, format] = await Promise.all([
    getTranslations("supervision"),
    getTranslations("common"),
    getTranslations("supervisionFigures"),
    getFormatter(),
  ]);
  const id = `desk-${desk.scuCode}`;

  return (
    <section aria-labelledby={id} className="border-t border-line pt-6">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <h2 id={id} className="text-2xl">
          {desk.name}
        </h2>
        {desk.active ? null : <Tag>{t("inactiveDesk")}</Tag>}
      </div>
      <p className="text-sm text-muted">
        {desk.city} · {tCommon("siteCode", { code: desk.scuCode })}
      </p>
      <p className="mt-2">
        <Link href={`/supervisione/sportelli/${desk.scuCode}`} className="font-semibold">
          {tFigures("openDashboard", { name: desk.name })}
        </Link>
      </p>

      {desk.volunteers.length === 0 ? (
        <p className="mt-3">{t("volunteerCount", { count: 0 })}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left">
              <span className="block font-semibold">{t("caption", { name: desk.name })}</span>
              <span className="block text-sm text-muted">
                {t("volunteerCount", { count: desk.volunteers.length })} {t("timeZone")}
              </span>
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("nameColumn")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("emailColumn")}
                </th>
                <th scope="col" className="py-2 pr-4 font-semibold">
                  {t("activeColumn")}
                </th>
                <th scope="col" className="py-2 font-semibold">
                  {t("lastSignInColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {desk.volunteers.map((volunteer) => (
                <tr key={volunteer.id} className="border-b border-line">
                  <th scope="row" className="py-2 pr-4 align-top font-semibold">
                    {volunteer.name}
                  </th>
                  <td className="py-2 pr-4 align-top">
                    <a href={`mailto:${volunteer.email}`} className="break-all">
                      {volunteer.email}
                    </a>
                  </td>
                  <td className="py-2 pr-4 align-top">{volunteer.active ? t("yes") : t("no")}</td>
                  <td className="py-2 align-top">
                    {volunteer.lastSignInAt
                      ? format.dateTime(volunteer.lastSignInAt, { dateStyle: "medium", timeStyle: "short", timeZone: ROME })
                      : t("never")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
