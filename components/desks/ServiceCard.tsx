import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/Card";
import type { CatalogueService } from "@/lib/desks/search-catalogue";

/** A catalogue service; its name links to the desks that offer it. */
export async function ServiceCard({ service }: { service: CatalogueService }) {
  const t = await getTranslations();
  return (
    <Card as="li" className="flex flex-col gap-3">
      <h3 className="text-xl">
        <Link href={`/servizi?servizio=${encodeURIComponent(service.code)}`} prefetch={false}>
          {service.name}
        </Link>
      </h3>
      <p>{service.description}</p>
      <p className="mt-auto text-sm text-muted">
        {t("service.duration", { duration: t("common.minutes", { count: service.durationMinutes }) })}
        <br />
        {t("service.deskCount", { count: service.deskCount })}
      </p>
    </Card>
  );
}
