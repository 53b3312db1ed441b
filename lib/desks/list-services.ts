import type { DbClient } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

/** Active services in catalogue order, for pickers. */
export async function listServices(db: DbClient, locale: Locale): Promise<{ code: string; name: string }[]> {
  const services = await db.service.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: { code: true, translations: { where: { locale }, select: { name: true } } },
  });
  return services.map((service) => ({ code: service.code, name: service.translations[0]?.name ?? service.code }));
}
