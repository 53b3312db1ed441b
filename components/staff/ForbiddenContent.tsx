import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Container } from "@/components/ui/Container";
import type { Staff } from "@/lib/auth/session";
import { areaHome } from "@/lib/staff/area-home";

import { SignOutButton } from "./SignOutButton";

/**
 * The 403 page's body. A signed-in member is offered their own area and a way to switch account: a
 * plain link to the sign-in page would send them straight back to their area.
 */
export async function ForbiddenContent({ staff }: { staff: Pick<Staff, "name" | "role"> | null }) {
  const [t, tRoles] = await Promise.all([getTranslations("forbidden"), getTranslations("staff.roles")]);
  return (
    <Container>
      <div className="max-w-prose space-y-6 py-12">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="text-lg">{t("text")}</p>
        {staff ? <p>{t("signedInAs", { name: staff.name, role: tRoles(staff.role) })}</p> : null}
        <ul className="list-disc space-y-2 pl-6 text-lg">
          {staff ? (
            <li>
              <Link href={areaHome(staff.role)}>{t("areaHome")}</Link>
            </li>
          ) : (
            <li>
              <Link href="/accesso">{t("signIn")}</Link>
            </li>
          )}
          <li>
            <Link href="/">{t("home")}</Link>
          </li>
        </ul>
        {staff ? <SignOutButton label={t("switchAccount")} variant="page" /> : null}
      </div>
    </Container>
  );
}

export async function forbiddenMetadata() {
  const t = await getTranslations("forbidden");
  return { title: t("title"), robots: { index: false, follow: false } };
}
