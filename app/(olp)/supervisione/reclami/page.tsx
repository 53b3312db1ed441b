import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ComplaintInbox } from "@/components/feedback/ComplaintInbox";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listComplaints } from "@/lib/feedback/complaints";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(OLP_AREA, "page", async () => {
    const t = await getTranslations("feedback.inbox");
    return { title: t("title") };
  });
}

/** Every complaint the user handles: an OLP's desks'; an administrator's, including those about no desk. */
export default async function ComplaintsPage() {
  const staff = await requireRole(OLP_AREA, "/supervisione/reclami");
  const [t, tBreadcrumbs] = await Promise.all([getTranslations("feedback.inbox"), getTranslations("breadcrumbs")]);
  const items = await listComplaints(db(), { staff, now: new Date() });
  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: t("supervision"), href: "/supervisione" }, { label: t("title") }]} />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-prose">{t("intro")}</p>
        <p className="mt-1 max-w-prose">{t("allIntro", { admin: staff.role === "ADMIN" ? "true" : "false" })}</p>
        <ComplaintInbox items={items} showDesk />
      </Container>
    </>
  );
}
