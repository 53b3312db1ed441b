import type { DbClient } from "@/lib/db";

export interface HomeSummary {
  deskCount: number;
  serviceCount: number;
  municipalities: { code: string; name: string; deskCount: number; desks: { scuCode: string; name: string }[] }[];
}

/** Figures for the home page: how many desks and services, and each municipality's desks. */
export async function getHomeSummary(db: DbClient): Promise<HomeSummary> {
  const [deskCount, serviceCount, entes] = await Promise.all([
    db.sede.count({ where: { active: true } }),
    db.service.count({ where: { active: true } }),
    db.ente.findMany({
      orderBy: { name: "asc" },
      select: {
        code: true,
        name: true,
        sedi: { where: { active: true }, orderBy: { name: "asc" }, select: { scuCode: true, name: true } },
      },
    }),
  ]);
  return {
    deskCount,
    serviceCount,
    municipalities: entes.map((ente) => ({
      code: ente.code,
      name: ente.name,
      deskCount: ente.sedi.length,
      desks: ente.sedi,
    })),
  };
}
