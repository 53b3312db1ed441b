import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/Card";
import { TagList } from "@/components/ui/Tag";
import type { CatalogueDesk } from "@/lib/desks/search-catalogue";

import { formatAddress } from "./address";

export async function DeskCard({ desk }: { desk: CatalogueDesk }) {
  const t = await getTranslations("common");
  return (
    <Card as="li" className="flex flex-col gap-3">
      <div>
        <h3 className="text-xl">
          <Link href={`/sedi/${desk.scuCode}`} prefetch={false}>
            {desk.name}
          </Link>
        </h3>
        <p className="mt-1 font-semibold">{desk.enteName}</p>
        <p>{formatAddress(desk)}</p>
        <p className="text-sm text-muted">{t("siteCode", { code: desk.scuCode })}</p>
      </div>
      {desk.services.length > 0 ? (
        <div className="mt-auto">
          <p id={`desk-${desk.scuCode}-services`} className="mb-2 text-sm font-semibold text-muted">
            {t("servicesOffered")}
          </p>
          <TagList
            labelledBy={`desk-${desk.scuCode}-services`}
            items={desk.services.map((service) => ({ key: service.code, label: service.name }))}
          />
        </div>
      ) : null}
    </Card>
  );
}
