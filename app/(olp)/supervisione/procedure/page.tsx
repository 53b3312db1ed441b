import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Container } from "@/components/ui/Container";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("procedures");
    return { title: t("title") };
  });
}

/** The services of the catalogue, each with its guided procedure to edit. */
export default async function ProceduresPage() {
  await requireRole(OLP_AREA, "/supervisione/procedure");
  const locale = await getCurrentLocale();
  const [t, services] = await Promise.all([
    getTranslations("procedures"),
    db().service.findMany({
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
      select: { code: true, translations: { where: { locale }, select: { name: true } }, _count: { select: { procedureSteps: { where: { active: true } } } } },
    }),
  ]);
  return (
    <Container className="space-y-6 py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="max-w-prose text-lg">{t("intro")}</p>
      <ul className="space-y-2">
        {services.map((service) => {
          const name = service.translations[0]?.name ?? service.code;
          return (
            <li key={service.code}>
              <Link href={`/supervisione/procedure/${service.code}`} className="font-semibold underline" aria-label={t("open", { service: name })}>
                {name}
              </Link>{" "}
              <span className="text-muted">({service._count.procedureSteps})</span>
            </li>
          );
        })}
      </ul>
    </Container>
  );
}
