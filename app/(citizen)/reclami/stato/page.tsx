import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ComplaintStatusForm } from "@/components/feedback/ComplaintStatusForm";
import { FeedbackMessages } from "@/components/feedback/FeedbackMessages";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";

import { complaintStatusAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.status");
  return { title: t("title") };
}

/** Where a complaint stands, for its reference and the e-mail given with it. */
export default async function ComplaintStatusPage() {
  const [t, tNav, tBreadcrumbs] = await Promise.all([getTranslations("feedback"), getTranslations("layout.nav"), getTranslations("breadcrumbs")]);
  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: tNav("home"), href: "/" }, { label: t("complaint.title"), href: "/reclami" }, { label: t("status.title") }]}
      />
      <Container className="max-w-3xl space-y-6 py-10">
        <h1 className="text-3xl sm:text-4xl">{t("status.title")}</h1>
        <p className="max-w-prose text-lg">{t("status.intro")}</p>
        <FeedbackMessages>
          <ComplaintStatusForm action={complaintStatusAction} />
        </FeedbackMessages>
      </Container>
    </>
  );
}
