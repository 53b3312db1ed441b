import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Container } from "@/components/ui/Container";

import { loadMunicipalities } from "./chrome-data";
import { LanguageSwitcher } from "./LanguageSwitcher";

/**
 * The slim dark bar above the header: who runs the desks, the language switch and, on the public
 * pages, a discreet way in for the desks' staff.
 */
export async function TopBar({ staffLink = true }: { staffLink?: boolean }) {
  const [t, municipalities] = await Promise.all([getTranslations("layout"), loadMunicipalities()]);
  return (
    <div className="bg-topbar text-sm text-white">
      <Container className="flex flex-wrap items-center justify-between gap-x-6 gap-y-1 py-1.5">
        {municipalities.length > 0 ? (
          <ul aria-label={t("municipalities")} className="flex flex-wrap gap-x-2">
            {municipalities.map((municipality, index) => (
              <li key={municipality.code} className="font-semibold">
                {index > 0 ? (
                  <span aria-hidden="true" className="mr-2">
                    ·
                  </span>
                ) : null}
                {municipality.name}
              </li>
            ))}
          </ul>
        ) : (
          <span />
        )}
        <div className="flex flex-wrap items-center gap-x-5 gap-y-1">
          {staffLink ? (
            <Link href="/accesso" prefetch={false} className="text-white underline-offset-3 hover:text-white">
              {t("staffLink")}
            </Link>
          ) : null}
          <LanguageSwitcher />
        </div>
      </Container>
    </div>
  );
}
