import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { RegisterView } from "@/components/training/RegisterView";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { inputClass } from "@/components/users/form-parts";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { supervisedRegister } from "@/lib/training/register-access";
import { registerLabels, registerSignatureLabels } from "@/lib/training/register-labels";
import { registerSheet } from "@/lib/training/register-sheet";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidParam = (value: string | string[] | undefined) => (typeof value === "string" && UUID.test(value) ? value : undefined);

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("training.register");
    return { title: t("title") };
  });
}

/** A project's training register (or one volunteer's), printable, with CSV and PDF downloads. */
export default async function SupervisedRegisterPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireRole(OLP_AREA, "/supervisione/formazione/registro");
  const query = await searchParams;
  const projectId = uuidParam(query.progetto);
  const userId = uuidParam(query.volontario);
  const [t, tTraining, found] = await Promise.all([
    getTranslations("training.register"),
    getTranslations("training"),
    supervisedRegister(db(), staff, { projectId, userId, today: romeDayKey(new Date()) }),
  ]);
  if (!found.ok && found.reason !== "none") notFound();

  return (
    <Container className="space-y-8 py-10">
      <p className="print:hidden"><Link href="/supervisione/formazione" className="font-semibold underline">← {tTraining("attendance.back")}</Link></p>
      <div className="print:hidden">
        <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("intro")}</p>
      </div>
      {!found.ok ? (
        <Notice tone="warning"><p>{t("none")}</p></Notice>
      ) : (
        <>
          <form method="get" className="flex flex-wrap items-end gap-4 print:hidden" aria-label={t("choose")}>
            <div>
              <label htmlFor="register-project" className="mb-1 block font-semibold">{t("project")}</label>
              <select id="register-project" name="progetto" defaultValue={found.register.project.id} className={inputClass}>
                {found.projects.map((project) => (
                  <option key={project.id} value={project.id}>{project.title}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="register-volunteer" className="mb-1 block font-semibold">{t("volunteer")}</label>
              <select id="register-volunteer" name="volontario" defaultValue={userId ?? ""} className={inputClass}>
                <option value="">{t("allVolunteers")}</option>
                {found.volunteers.map((volunteer) => (
                  <option key={volunteer.userId} value={volunteer.userId}>{volunteer.name}</option>
                ))}
              </select>
            </div>
            <button type="submit" className="cursor-pointer rounded-md bg-primary px-6 py-2.5 font-bold text-white hover:bg-primary-hover">{t("show")}</button>
          </form>
          <RegisterView
            sheet={registerSheet(found.register, await registerLabels())}
            signatures={await registerSignatureLabels()}
            downloads={{ csv: fileUrl(found.register.project.id, userId, "csv"), pdf: fileUrl(found.register.project.id, userId, "pdf") }}
          />
        </>
      )}
    </Container>
  );
}

function fileUrl(projectId: string, userId: string | undefined, format: "csv" | "pdf") {
  return `/supervisione/formazione/registro/file?${new URLSearchParams({ progetto: projectId, ...(userId ? { volontario: userId } : {}), formato: format })}`;
}
