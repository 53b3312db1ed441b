import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { ComplaintForm } from "@/components/feedback/ComplaintForm";
import { FeedbackMessages } from "@/components/feedback/FeedbackMessages";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { db } from "@/lib/db";
import { loadComplaintFormData } from "@/lib/feedback/complaint-form-data";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

import { fileComplaintAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.complaint");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** "Reclami e segnalazioni": a complaint, report or praise, with no account; `?sede=` preselects a desk. */
export default async function ComplaintPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, tNav, tBreadcrumbs, params, locale] = await Promise.all([
    getTranslations("feedback.complaint"),
    getTranslations("layout.nav"),
    getTranslations("breadcrumbs"),
    searchParams,
    getCurrentLocale(),
  ]);
  const { desks, services } = await loadComplaintFormData(db(), locale);
  const scuCode = typeof params.sede === "string" && desks.some((desk) => desk.scuCode === params.sede) ? params.sede : undefined;
  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("home"), href: "/" }, { label: t("title") }]} />
      <Container className="max-w-3xl space-y-6 py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="max-w-prose text-lg">{t("intro")}</p>
        <p>
          <Link href="/reclami/stato" className="font-semibold underline">
            {t("statusLink")}
          </Link>
        </p>
        <FeedbackMessages>
          <ComplaintForm action={fileComplaintAction} desks={desks} services={services} scuCode={scuCode} />
        </FeedbackMessages>
      </Container>
    </>
  );
}
