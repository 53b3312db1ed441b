import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";

import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { StaffUserForm } from "@/components/users/StaffUserForm";
import { OLP_AREA, requireRole, type Staff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { serviceStartOf } from "@/lib/users/enrolment";
import { listAssignableDesks } from "@/lib/users/assignable-desks";
import { assignableRoles } from "@/lib/users/assignable-roles";
import { listManageableUsers, type ManagedUser } from "@/lib/users/manage-users";
import { userIdSchema } from "@/lib/users/schema";

import { updateUserAction } from "../actions";
import { STAFF_LIST } from "../outcome";

export const dynamic = "force-dynamic";

type Params = Promise<{ userId: string }>;

/**
 * The user `actor` may edit: a malformed id is no page (404); a user outside the actor's reach is
 * refused (403), or, for an administrator, who reaches everyone, does not exist (404).
 */
async function manageableUser(actor: Staff, userId: string): Promise<ManagedUser> {
  const id = userIdSchema.safeParse(userId);
  if (!id.success) notFound();
  const user = (await listManageableUsers(db(), actor)).find((candidate) => candidate.id === id.data);
  if (!user) {
    if (actor.role === "ADMIN") notFound();
    forbidden();
  }
  return user;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.form");
  // The title names no one: it stays in the browser's history.
  return { title: t("editMetaTitle") };
}

export default async function EditStaffUserPage({ params }: { params: Params }) {
  const { userId } = await params;
  const actor = await requireRole(OLP_AREA, `/supervisione/personale/${encodeURIComponent(userId)}`);
  const user = await manageableUser(actor, userId);
  const [desks, t, tNav, tBreadcrumbs, messages] = await Promise.all([
    listAssignableDesks(db(), actor, { alsoList: user.sedeIds }),
    getTranslations("users.form"),
    getTranslations("users.nav"),
    getTranslations("breadcrumbs"),
    getMessages(),
  ]);
  const roles = assignableRoles(actor, user);
  const listed = new Set(desks.map((desk) => desk.id));
  const otherDesks = user.sedeIds.filter((id) => !listed.has(id)).length;
  const title = t("editTitle", { name: user.name });

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[
          { label: tNav("supervision"), href: "/supervisione" },
          { label: tNav("staff"), href: STAFF_LIST },
          { label: title },
        ]}
      />
      <Container className="py-10">
        <div className="max-w-3xl">
          <h1 className="text-3xl sm:text-4xl">{title}</h1>
          <p className="mt-3 text-lg">{t("editIntro")}</p>
          <div className="mt-8">
            <NextIntlClientProvider messages={{ users: messages.users }}>
              <StaffUserForm
                action={updateUserAction}
                userId={user.id}
                initial={{ name: user.name, email: user.email, role: user.role, sedeIds: user.sedeIds, serviceStartsOn: await serviceStartOf(db(), user.id) }}
                roles={roles}
                rolesNote={user.id === actor.id ? t("roleOwnAccount") : roles.length === 1 ? t("roleOnlyVolunteer") : undefined}
                desks={desks}
                desksHint={actor.role === "ADMIN" ? t("desksHint") : t("desksHintOlp")}
                otherDesks={otherDesks}
                cancelHref={STAFF_LIST}
              />
            </NextIntlClientProvider>
          </div>
        </div>
      </Container>
    </>
  );
}
