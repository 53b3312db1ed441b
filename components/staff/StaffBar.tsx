import { getTranslations } from "next-intl/server";

import { NavLink } from "@/components/layout/NavLink";
import { Container } from "@/components/ui/Container";
import type { Staff } from "@/lib/auth/session";
import { OLP_AREA } from "@/lib/auth/roles";

import { SignOutButton } from "./SignOutButton";

/** The staff areas' menu, the same in both areas, with who is signed in and the sign-out button. */
export async function StaffBar({ staff }: { staff: Pick<Staff, "name" | "role"> }) {
  const [t, tUsers, tHours, tTraining, tProcedures] = await Promise.all([
    getTranslations("staff"),
    getTranslations("users.nav"),
    getTranslations("timesheets"),
    getTranslations("training"),
    getTranslations("procedures"),
  ]);
  return (
    <div className="border-t border-white/30 bg-primary text-white">
      <Container className="flex flex-wrap items-center justify-between gap-x-6">
        <nav aria-label={t("nav.label")}>
          <ul className="-mx-3 flex flex-wrap sm:-mx-4">
            <li>
              <NavLink href="/sportello">{t("nav.myDesk")}</NavLink>
            </li>
            {staff.role === "VOLUNTEER" ? (
              <li>
                <NavLink href="/sportello/ore" sections={["/sportello/ore"]}>
                  {tHours("title")}
                </NavLink>
              </li>
            ) : null}
            {staff.role === "VOLUNTEER" ? (
              <li>
                <NavLink href="/sportello/formazione" sections={["/sportello/formazione"]}>
                  {tTraining("title")}
                </NavLink>
              </li>
            ) : null}
            {OLP_AREA.includes(staff.role) ? (
              <li>
                <NavLink href="/supervisione">{t("nav.supervision")}</NavLink>
              </li>
            ) : null}
            {OLP_AREA.includes(staff.role) ? (
              <li>
                <NavLink href="/supervisione/personale" sections={["/supervisione/personale"]}>
                  {tUsers("staff")}
                </NavLink>
              </li>
            ) : null}
            {OLP_AREA.includes(staff.role) ? (
              <li>
                <NavLink href="/supervisione/ore" sections={["/supervisione/ore"]}>
                  {tHours("review.title")}
                </NavLink>
              </li>
            ) : null}
            {OLP_AREA.includes(staff.role) ? (
              <li>
                <NavLink href="/supervisione/formazione" sections={["/supervisione/formazione"]}>
                  {tTraining("olp.title")}
                </NavLink>
              </li>
            ) : null}
            {OLP_AREA.includes(staff.role) ? (
              <li>
                <NavLink href="/supervisione/procedure" sections={["/supervisione/procedure"]}>
                  {tProcedures("title")}
                </NavLink>
              </li>
            ) : null}
            {staff.role === "ADMIN" ? (
              <li>
                <NavLink href="/supervisione/posta">{tUsers("outbox")}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2">
          <p>
            <span className="sr-only">{t("signedInAs")} </span>
            <span className="font-semibold">{staff.name}</span>
            <span aria-hidden="true"> · </span>
            <span className="sr-only">, </span>
            {t(`roles.${staff.role}`)}
          </p>
          <SignOutButton label={t("signOut")} />
        </div>
      </Container>
    </div>
  );
}
