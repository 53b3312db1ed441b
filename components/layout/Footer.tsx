import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Container } from "@/components/ui/Container";

import { BrandMark } from "./BrandMark";
import { loadMunicipalities } from "./chrome-data";

export async function Footer({ showNav = true }: { showNav?: boolean }) {
  const [t, tSite, tFeedback, municipalities] = await Promise.all([
    getTranslations("layout"),
    getTranslations("site"),
    getTranslations("feedback.nav"),
    loadMunicipalities(),
  ]);
  return (
    <footer className="mt-16 bg-primary-strong text-white">
      <Container className="grid gap-10 py-10 md:grid-cols-3 md:py-12">
        <div className="space-y-3">
          <p className="flex items-center gap-3 text-2xl font-bold">
            <BrandMark className="h-10 w-10 shrink-0" />
            {tSite("name")}
          </p>
          <p>{t("footer.about")}</p>
        </div>
        {municipalities.length > 0 ? (
          <div>
            <h2 className="text-lg font-bold text-white">{t("footer.municipalitiesHeading")}</h2>
            <ul className="mt-3 space-y-2">
              {municipalities.map((municipality) => (
                <li key={municipality.code}>
                  <span className="font-semibold">{municipality.name}</span>
                  {" – "}
                  {t("footer.deskCount", { count: municipality.deskCount })}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {showNav ? (
          <nav aria-label={t("footerNav")}>
            <h2 className="text-lg font-bold text-white">{t("footer.navHeading")}</h2>
            <ul className="mt-3 space-y-2">
              <li>
                <Link href="/" className="text-white hover:text-white">
                  {t("nav.home")}
                </Link>
              </li>
              <li>
                <Link href="/servizi" className="text-white hover:text-white">
                  {t("nav.catalogue")}
                </Link>
              </li>
              <li>
                <Link href="/valuta" className="text-white hover:text-white">
                  {tFeedback("questionnaire")}
                </Link>
              </li>
              <li>
                <Link href="/reclami" className="text-white hover:text-white">
                  {tFeedback("complaints")}
                </Link>
              </li>
            </ul>
          </nav>
        ) : null}
      </Container>
      <div className="border-t border-white/30">
        <Container className="py-4 text-sm">
          <p>{t("footer.openSource")}</p>
        </Container>
      </div>
    </footer>
  );
}
