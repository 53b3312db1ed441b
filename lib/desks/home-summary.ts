import type { DbClient } from "@/lib/db";

export interface HomeSummary {
  deskCount: number;
  serviceCount: number;
  municipalities: { code: string; name: string; deskCount: number }[];
}

/** Figures for the home page: how many desks and services, per municipality. */
export async function getHomeSummary(db: DbClient): Promise<HomeSummary> {
  const [deskCount, serviceCount, entes] = await Promise.all([
    db.sede.count({ where: { active: true } }),
    db.service.count({ where: { active: true } }),
    db.ente.findMany({
      orderBy: { name: "asc" },
      select: { code: true, name: true, _count: { select: { sedi: { where: { active: true } } } } },
    }),
  ]);
  return {
    deskCount,
    serviceCount,
    municipalities: entes.map((ente) => ({ code: ente.code, name: ente.name, deskCount: ente._count.sedi })),
  };
}
