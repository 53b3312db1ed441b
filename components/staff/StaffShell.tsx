import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { BrandBar } from "@/components/layout/BrandBar";
import { Footer } from "@/components/layout/Footer";
import type { StaffArea } from "@/components/layout/SiteShell";
import { TopBar } from "@/components/layout/TopBar";
import type { Staff } from "@/lib/auth/session";

import { StaffBar } from "./StaffBar";

/** The citizen shell's landmarks, with the staff area's name, menu and the signed-in member. */
export async function StaffShell({ area, staff, children }: { area: StaffArea; staff: Staff; children: ReactNode }) {
  const [tSite, tLayout] = await Promise.all([getTranslations("site"), getTranslations("layout")]);
  return (
    <>
      {/* Printed documents (month sheet, training register) carry no site navigation. */}
      <header className="print:hidden">
        <TopBar staffLink={false} />
        <BrandBar
          name={tSite("name")}
          tagline={tSite("tagline")}
          area={tLayout(`areas.${area}`)}
          areaNote={tLayout("areas.staffNote")}
        />
        <StaffBar staff={staff} />
      </header>
      <main id="main-content" tabIndex={-1} className="flex-1">
        {children}
      </main>
      <div className="print:hidden">
        <Footer showNav={false} />
      </div>
    </>
  );
}
