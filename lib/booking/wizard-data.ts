import type { DbClient } from "@/lib/db";
import type { CatalogueDesk } from "@/lib/desks/search-catalogue";
import type { Locale } from "@/lib/i18n/locales";

export interface WizardService {
  code: string;
  name: string;
  description: string;
  requiresFiscalCode: boolean;
}

/** Services that at least one active desk offers, in catalogue order. */
export async function bookableServices(db: DbClient, locale: Locale): Promise<WizardService[]> {
  const rows = await db.service.findMany({
    where: { active: true, sedi: { some: { active: true, sede: { active: true } } } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, requiresFiscalCode: true, translations: { where: { locale }, select: { name: true, description: true } } },
  });
  return rows.map((row) => ({
    code: row.code,
    name: row.translations[0]?.name ?? row.code,
    description: row.translations[0]?.description ?? "",
    requiresFiscalCode: row.requiresFiscalCode,
  }));
}

export type WizardDesk = Omit<CatalogueDesk, "services"> & { slotMinutes: number };

/** The active desks offering a service, by municipality and name. */
export async function desksOffering(db: DbClient, serviceCode: string): Promise<WizardDesk[]> {
  const rows = await db.sedeService.findMany({
    where: { active: true, service: { code: serviceCode, active: true }, sede: { active: true } },
    select: {
      slotMinutes: true,
      sede: { select: { scuCode: true, name: true, street: true, postalCode: true, city: true, ente: { select: { name: true } } } },
    },
  });
  return rows
    .map(({ sede, slotMinutes }) => ({
      scuCode: sede.scuCode,
      name: sede.name,
      street: sede.street,
      postalCode: sede.postalCode,
      city: sede.city,
      enteName: sede.ente.name,
      slotMinutes,
    }))
    .sort((a, b) => a.enteName.localeCompare(b.enteName, "it") || a.name.localeCompare(b.name, "it"));
}
