import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { ButtonForm } from "@/components/forms/ButtonForm";
import { StepForm } from "@/components/procedures/StepForm";
import { ProceduresMessages } from "@/components/procedures/ProceduresMessages";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { Tag } from "@/components/ui/Tag";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { listSteps } from "@/lib/procedures/admin";

import { addStepAction, editStepAction, moveStepAction, setStepActiveAction } from "../actions";

export const dynamic = "force-dynamic";

type Params = Promise<{ serviceCode: string }>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("procedures");
    return { title: t("title") };
  });
}

/** One service's guided procedure: each step's texts, order and use, and a new step at the end. */
export default async function ServiceProcedurePage({ params }: { params: Params }) {
  const { serviceCode } = await params;
  await requireRole(OLP_AREA, `/supervisione/procedure/${serviceCode}`);
  if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(serviceCode)) notFound();
  const locale = await getCurrentLocale();
  const [t, procedure, service] = await Promise.all([
    getTranslations("procedures"),
    listSteps(db(), serviceCode),
    db().service.findUnique({ where: { code: serviceCode }, select: { translations: { where: { locale }, select: { name: true } } } }),
  ]);
  if (!procedure || !service) notFound();
  const name = service.translations[0]?.name ?? serviceCode;

  return (
    <ProceduresMessages>
      <Container className="space-y-8 py-10">
        <p><Link href="/supervisione/procedure" className="font-semibold underline">← {t("back")}</Link></p>
        <h1 className="text-3xl sm:text-4xl">{t("service", { service: name })}</h1>
        <section aria-labelledby="steps-heading" className="space-y-4">
          <h2 id="steps-heading" className="text-2xl">{t("steps")}</h2>
          <ol className="space-y-4">
            {procedure.steps.map((step, index) => {
              const label = locale === "en" ? step.labelEn : step.labelIt;
              return (
                <li key={step.id}>
                  <Card className="space-y-3">
                    <div className="flex flex-wrap items-center gap-3">
                      <h3 className="text-lg">{t("position", { n: index + 1 })} {label}</h3>
                      <Tag variant="soft">{t(`kind.${step.kind as "CHECK"}`)}</Tag>
                      {step.active ? null : <Tag variant="solid">{t("inactive")}</Tag>}
                    </div>
                    <StepForm
                      id={`step-${step.key}`}
                      hidden={{ stepId: step.id }}
                      initial={{ labelIt: step.labelIt, labelEn: step.labelEn, hintIt: step.hintIt ?? "", hintEn: step.hintEn ?? "", required: step.required }}
                      submit={t("save")}
                      action={editStepAction}
                    />
                    <div className="flex flex-wrap gap-3">
                      {index > 0 ? <ButtonForm id={`up-${step.key}`} action={moveStepAction} label={t("up")} accessibleLabel={t("upLabel", { step: label })} hidden={{ stepId: step.id, direction: "up" }} look="secondary" /> : null}
                      {index < procedure.steps.length - 1 ? (
                        <ButtonForm id={`down-${step.key}`} action={moveStepAction} label={t("down")} accessibleLabel={t("downLabel", { step: label })} hidden={{ stepId: step.id, direction: "down" }} look="secondary" />
                      ) : null}
                      <ButtonForm
                        id={`active-${step.key}`}
                        action={setStepActiveAction}
                        label={step.active ? t("disable") : t("enable")}
                        accessibleLabel={step.active ? t("disableLabel", { step: label }) : t("enableLabel", { step: label })}
                        hidden={{ stepId: step.id, active: step.active ? "false" : "true" }}
                        look="secondary"
                      />
                    </div>
                  </Card>
                </li>
              );
            })}
          </ol>
        </section>
        <section aria-labelledby="add-heading" className="space-y-4">
          <h2 id="add-heading" className="text-2xl">{t("addHeading")}</h2>
          <Card>
            <StepForm id="new-step" hidden={{ serviceCode }} initial={{ labelIt: "", labelEn: "", hintIt: "", hintEn: "", required: true }} submit={t("add")} action={addStepAction} />
          </Card>
        </section>
      </Container>
    </ProceduresMessages>
  );
}
