import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { FeedbackMessages } from "@/components/feedback/FeedbackMessages";
import { QuestionnaireFlow } from "@/components/feedback/QuestionnaireFlow";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";

import { answerQuestionnaireAction, openQuestionnaireAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.questionnaire");
  // The address may hold a live questionnaire code: it must not leave in a Referer header.
  return { title: t("title"), referrer: "no-referrer" };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * "Valuta il servizio": the satisfaction questionnaire of one contact, opened by its code. The code
 * of the mailed link or the QR code fills the field; it is checked only when the citizen continues,
 * by a rate-limited action, so that loading the page never tests a code.
 */
export default async function QuestionnairePage({ searchParams }: { searchParams: SearchParams }) {
  const [t, tNav, tBreadcrumbs, params] = await Promise.all([getTranslations("feedback"), getTranslations("layout.nav"), getTranslations("breadcrumbs"), searchParams]);
  const code = typeof params.codice === "string" ? params.codice.slice(0, 40) : undefined;
  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("home"), href: "/" }, { label: t("questionnaire.title") }]} />
      <Container className="max-w-3xl space-y-6 py-10">
        <h1 className="text-3xl sm:text-4xl">{t("questionnaire.title")}</h1>
        <p className="max-w-prose text-lg">{t("questionnaire.intro")}</p>
        <FeedbackMessages>
          <QuestionnaireFlow open={openQuestionnaireAction} answer={answerQuestionnaireAction} code={code} />
        </FeedbackMessages>
        <p className="border-t border-line pt-6">
          {t("questionnaire.complaintsHint")}{" "}
          <Link href="/reclami" className="font-semibold underline">
            {t("nav.complaints")}
          </Link>
        </p>
      </Container>
    </>
  );
}
