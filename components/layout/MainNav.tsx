import { getTranslations } from "next-intl/server";

import { Container } from "@/components/ui/Container";

import { NavLink } from "./NavLink";

export async function MainNav() {
  const [t, tMaps] = await Promise.all([getTranslations("layout"), getTranslations("serviceMaps")]);
  return (
    <nav aria-label={t("mainNav")} className="border-t border-white/30 bg-primary">
      <Container>
        <ul className="-mx-3 flex flex-wrap sm:-mx-4">
          <li>
            <NavLink href="/">{t("nav.home")}</NavLink>
          </li>
          <li>
            <NavLink href="/servizi" sections={["/sedi"]}>
              {t("nav.catalogue")}
            </NavLink>
          </li>
          <li>
            <NavLink href="/prenota">{t("nav.book")}</NavLink>
          </li>
          <li>
            <NavLink href="/prenotazione" sections={["/prenotazione"]}>
              {t("nav.myBooking")}
            </NavLink>
          </li>
          <li>
            <NavLink href="/mappe-servizi" sections={["/mappe-servizi"]}>
              {tMaps("nav")}
            </NavLink>
          </li>
        </ul>
      </Container>
    </nav>
  );
}
