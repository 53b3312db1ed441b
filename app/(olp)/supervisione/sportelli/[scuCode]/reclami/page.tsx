import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { ComplaintInbox } from "@/components/feedback/ComplaintInbox";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listComplaints } from "@/lib/feedback/complaints";

import { requireSupervisedDesk } from "../supervised-desk";

export const dynamic = "force-dynamic";

type Params = Promise<{ scuCode: string }>;

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("feedback.inbox");
    return { title: t("title") };
  });
}

/** The complaints, reports and praise about one supervised desk. */
export default async function DeskComplaintsPage({ params }: { params: Params }) {
  const { scuCode } = await params;
  const staff = await requireRole(OLP_AREA, `/supervisione/sportelli/${encodeURIComponent(scuCode)}/reclami`);
  const desk = await requireSupervisedDesk(staff, scuCode);
  const [t, tFigures, tBreadcrumbs] = await Promise.all([getTranslations("feedback.inbox"), getTranslations("supervisionFigures"), getTranslations("breadcrumbs")]);
  const items = await listComplaints(db(), { staff, sedeId: desk.id, now: new Date() });
  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[
          { label: t("supervision"), href: "/supervisione" },
          { label: tFigures("title"), href: `/supervisione/sportelli/${desk.scuCode}` },
          { label: t("title") },
        ]}
      />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("deskTitle", { name: desk.name })}</h1>
        <p className="mt-2 text-lg">{tFigures("deskLine", { name: desk.name, city: desk.city, code: desk.scuCode })}</p>
        <p className="mt-3 max-w-prose">{t("intro")}</p>
        <p className="mt-1">
          <Link href="/supervisione/reclami" className="font-semibold">
            {t("allLink")}
          </Link>
        </p>
        <ComplaintInbox items={items} showDesk={false} />
      </Container>
    </>
  );
}
