import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { DeskAdminMessages } from "@/components/desk-admin/DeskAdminMessages";
import { NewDeskForm } from "@/components/desk-admin/NewDeskForm";
import { staffAreaMetadata } from "@/components/staff/area-metadata";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { deskCreationChoices } from "@/lib/desk-admin/create-desk";

import { createDeskAction } from "./actions";

export const dynamic = "force-dynamic";

export function generateMetadata(): Promise<Metadata> {
  return staffAreaMetadata(["ADMIN"], "page", async () => {
    const t = await getTranslations("deskAdmin.create");
    return { title: t("title") };
  });
}

/** An administrator creates a desk; its hours, services and workstations follow on its administration page. */
export default async function NewDeskPage() {
  await requireRole(["ADMIN"], "/supervisione/sportelli/nuovo");
  const [t, tDesk, tBreadcrumbs, choices] = await Promise.all([
    getTranslations("deskAdmin.create"),
    getTranslations("deskAdmin"),
    getTranslations("breadcrumbs"),
    deskCreationChoices(db()),
  ]);
  return (
    <DeskAdminMessages>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tDesk("supervision"), href: "/supervisione" }, { label: t("title") }]} />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("intro")}</p>
        <NewDeskForm choices={choices} action={createDeskAction} />
      </Container>
    </DeskAdminMessages>
  );
}
