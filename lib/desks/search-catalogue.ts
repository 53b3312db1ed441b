import type { DbClient } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

import type { CatalogueQuery } from "./schema";

export interface CatalogueService {
  code: string;
  name: string;
  description: string;
  durationMinutes: number;
  deskCount: number;
}

export interface CatalogueDesk {
  scuCode: string;
  name: string;
  street: string;
  postalCode: string | null;
  city: string;
  enteName: string;
  services: { code: string; name: string }[];
}

export interface CatalogueResult {
  services: CatalogueService[];
  desks: CatalogueDesk[];
  /** Set when `servizio` named a service code the catalogue does not have. */
  unknownService: boolean;
}

/**
 * The public catalogue: active services and the active desks that offer them. Free text matches a
 * service's name or description, or a desk's name, address, city or SCU code; a desk matches also
 * when it offers a matching service.
 */
export async function searchCatalogue(db: DbClient, query: CatalogueQuery, locale: Locale): Promise<CatalogueResult> {
  const text = query.q ? { contains: query.q, mode: "insensitive" as const } : undefined;

  const services = await db.service.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    include: {
      translations: { where: { locale } },
      sedi: { where: { active: true, sede: { active: true } }, select: { sedeId: true } },
    },
  });
  const unknownService = query.servizio !== undefined && !services.some((s) => s.code === query.servizio);

  const matchingServices = services.filter((service) => {
    const translation = service.translations[0];
    if (query.servizio && service.code !== query.servizio) return false;
    if (!query.q) return true;
    const needle = query.q.toLocaleLowerCase(locale);
    return [translation?.name, translation?.description, service.code]
      .some((field) => field?.toLocaleLowerCase(locale).includes(needle));
  });

  const desks = await db.sede.findMany({
    where: {
      active: true,
      ...(query.servizio
        ? { services: { some: { active: true, service: { code: query.servizio, active: true } } } }
        : {}),
      ...(text
        ? {
            OR: [
              { name: text },
              { street: text },
              { city: text },
              { scuCode: { startsWith: query.q } },
              { ente: { name: text } },
              { services: { some: { active: true, service: { code: { in: matchingServices.map((s) => s.code) } } } } },
            ],
          }
        : {}),
    },
    orderBy: [{ city: "asc" }, { name: "asc" }],
    include: {
      ente: { select: { name: true } },
      services: {
        where: { active: true, service: { active: true } },
        include: { service: { include: { translations: { where: { locale } } } } },
        orderBy: { service: { sortOrder: "asc" } },
      },
    },
  });

  return {
    unknownService,
    services: matchingServices.map((service) => ({
      code: service.code,
      name: service.translations[0]?.name ?? service.code,
      description: service.translations[0]?.description ?? "",
      durationMinutes: service.defaultDurationMinutes,
      deskCount: service.sedi.length,
    })),
    desks: desks.map((desk) => ({
      scuCode: desk.scuCode,
      name: desk.name,
      street: desk.street,
      postalCode: desk.postalCode,
      city: desk.city,
      enteName: desk.ente.name,
      services: desk.services.map(({ service }) => ({
        code: service.code,
        name: service.translations[0]?.name ?? service.code,
      })),
    })),
  };
}
