import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";

import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { StaffUserForm } from "@/components/users/StaffUserForm";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listAssignableDesks } from "@/lib/users/assignable-desks";
import { assignableRoles } from "@/lib/users/assignable-roles";

import { createUserAction } from "../actions";
import { STAFF_LIST } from "../outcome";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.form");
  return { title: t("newTitle") };
}

export default async function NewStaffUserPage() {
  const actor = await requireRole(OLP_AREA, "/supervisione/personale/nuovo");
  const [desks, t, tNav, tBreadcrumbs, messages] = await Promise.all([
    listAssignableDesks(db(), actor),
    getTranslations("users.form"),
    getTranslations("users.nav"),
    getTranslations("breadcrumbs"),
    getMessages(),
  ]);
  const roles = assignableRoles(actor);

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[
          { label: tNav("supervision"), href: "/supervisione" },
          { label: tNav("staff"), href: STAFF_LIST },
          { label: t("newTitle") },
        ]}
      />
      <Container className="py-10">
        <div className="max-w-3xl">
          <h1 className="text-3xl sm:text-4xl">{t("newTitle")}</h1>
          <p className="mt-3 text-lg">{t("newIntro")}</p>
          <div className="mt-8">
            {/* The form's messages only: the rest of the catalogue stays on the server. */}
            <NextIntlClientProvider messages={{ users: messages.users }}>
              <StaffUserForm
                action={createUserAction}
                initial={{ name: "", email: "", role: roles.length === 1 ? roles[0] : "", sedeIds: [], serviceStartsOn: "" }}
                roles={roles}
                rolesNote={roles.length === 1 ? t("roleOnlyVolunteer") : undefined}
                desks={desks}
                desksHint={actor.role === "ADMIN" ? t("desksHint") : t("desksHintOlp")}
                cancelHref={STAFF_LIST}
              />
            </NextIntlClientProvider>
          </div>
        </div>
      </Container>
    </>
  );
}
