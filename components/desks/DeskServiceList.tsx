import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Card } from "@/components/ui/Card";
import type { DeskDetail } from "@/lib/desks/get-desk";

/** What a desk offers: each service with its appointment length and what to bring. */
export async function DeskServiceList({ services, scuCode }: { services: DeskDetail["services"]; scuCode: string }) {
  const t = await getTranslations();
  if (services.length === 0) return <p>{t("desk.noServices")}</p>;
  return (
    <ul className="grid gap-6 md:grid-cols-2">
      {services.map((service) => (
        <Card as="li" key={service.code} className="flex flex-col gap-3">
          <h3 className="text-xl">{service.name}</h3>
          <p>{service.description}</p>
          <p className="text-sm text-muted">
            {t("desk.slotLength", { duration: t("common.minutes", { count: service.slotMinutes }) })}
          </p>
          {service.requiresFiscalCode ? (
            <p className="rounded-md border-l-4 border-primary bg-primary-soft px-3 py-2 text-sm font-semibold text-primary-strong">
              {t("desk.fiscalCodeRequired")}
            </p>
          ) : null}
          {service.documentsToBring.length > 0 ? (
            <div>
              <h4 className="text-base">{t("desk.documentsHeading")}</h4>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {service.documentsToBring.map((document) => (
                  <li key={document}>{document}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="mt-auto pt-2">
            <Link
              href={`/prenota?${new URLSearchParams({ servizio: service.code, sede: scuCode })}`}
              className="inline-block rounded-md bg-primary px-5 py-2 font-bold text-white no-underline hover:bg-primary-hover hover:text-white"
            >
              {t("desk.book", { service: service.name })}
            </Link>
          </p>
        </Card>
      ))}
    </ul>
  );
}
