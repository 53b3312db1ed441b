import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { BrandBar } from "./BrandBar";
import { Footer } from "./Footer";
import { MainNav } from "./MainNav";
import { TopBar } from "./TopBar";

export type StaffArea = "volunteer" | "olp";

/** Header, main landmark and footer around a page: the citizen site, or a staff area when `area` is set. */
export async function SiteShell({ area, children }: { area?: StaffArea; children: ReactNode }) {
  const [tSite, tLayout] = await Promise.all([getTranslations("site"), getTranslations("layout")]);
  return (
    <>
      <header>
        <TopBar staffLink={!area} />
        <BrandBar
          name={tSite("name")}
          tagline={tSite("tagline")}
          area={area ? tLayout(`areas.${area}`) : undefined}
          areaNote={area ? tLayout("areas.staffNote") : undefined}
        />
        {area ? null : <MainNav />}
      </header>
      <main id="main-content" tabIndex={-1} className="flex-1">
        {children}
      </main>
      <Footer showNav={!area} />
    </>
  );
}
