import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";

import { ImportServiceMapsForm } from "@/components/service-maps/ImportServiceMapsForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { requireRole } from "@/lib/auth/session";
import { ROME } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { MAX_FILE_BYTES } from "@/lib/service-maps/read-file";

import { importServiceMapsAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("serviceMapsImport");
  return { title: t("title") };
}

/** Administrators upload the municipality's service-maps file, see what it changes, then confirm. */
export default async function ImportServiceMapsPage() {
  await requireRole(["ADMIN"], "/supervisione/mappe-servizi/importa");
  const [t, tNav, tBreadcrumbs, format, messages, last] = await Promise.all([
    getTranslations("serviceMapsImport"),
    getTranslations("users.nav"),
    getTranslations("breadcrumbs"),
    getFormatter(),
    getMessages(),
    db().serviceMapImport.findFirst({ orderBy: { importedAt: "desc" }, select: { importedAt: true, fileName: true } }),
  ]);

  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("supervision"), href: "/supervisione" }, { label: t("title") }]} />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-prose">{t("intro")}</p>
        <p className="mt-2 max-w-prose">
          {last
            ? t("lastImport", {
                date: format.dateTime(last.importedAt, { dateStyle: "medium", timeStyle: "short", timeZone: ROME }),
                fileName: last.fileName,
              })
            : t("noImport")}{" "}
          <Link href="/mappe-servizi" className="font-semibold text-primary-strong underline">
            {t("viewMaps")}
          </Link>
        </p>
        <div className="mt-8 max-w-4xl">
          <NextIntlClientProvider messages={{ serviceMapsImport: messages.serviceMapsImport, booking: { form: messages.booking.form } }}>
            <ImportServiceMapsForm action={importServiceMapsAction} maxMegabytes={MAX_FILE_BYTES / (1024 * 1024)} />
          </NextIntlClientProvider>
        </div>
      </Container>
    </>
  );
}
