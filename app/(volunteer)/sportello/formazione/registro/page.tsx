import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { RegisterView } from "@/components/training/RegisterView";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { ownRegister } from "@/lib/training/register-access";
import { registerLabels, registerSignatureLabels } from "@/lib/training/register-labels";
import { registerSheet } from "@/lib/training/register-sheet";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(VOLUNTEER_AREA, "page", async () => {
    const t = await getTranslations("training.register");
    return { title: t("title") };
  });
}

/** The signed-in volunteer's own training register, printable, with CSV and PDF downloads. */
export default async function OwnRegisterPage() {
  const staff = await requireRole(VOLUNTEER_AREA, "/sportello/formazione/registro");
  const [t, tTraining, register] = await Promise.all([getTranslations("training.register"), getTranslations("training"), ownRegister(db(), staff.id, romeDayKey(new Date()))]);
  return (
    <Container className="space-y-8 py-10">
      <p className="print:hidden"><Link href="/sportello/formazione" className="font-semibold underline">← {tTraining("title")}</Link></p>
      <div className="print:hidden">
        <h1 className="text-3xl sm:text-4xl">{t("heading")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("ownIntro")}</p>
      </div>
      {!register ? (
        <Notice tone="warning"><p>{tTraining("notEnrolled")}</p></Notice>
      ) : (
        <RegisterView
          sheet={registerSheet(register, await registerLabels())}
          signatures={await registerSignatureLabels()}
          downloads={{ csv: "/sportello/formazione/registro/file?formato=csv", pdf: "/sportello/formazione/registro/file?formato=pdf" }}
        />
      )}
    </Container>
  );
}
