import type { DbClient } from "@/lib/db";
import { listServices } from "@/lib/desks/list-services";
import type { Locale } from "@/lib/i18n/locales";

/** The complaint form's pickers: active desks by name, and the active services. */
export async function loadComplaintFormData(db: DbClient, locale: Locale) {
  const [desks, services] = await Promise.all([
    db.sede.findMany({ where: { active: true }, orderBy: [{ name: "asc" }, { scuCode: "asc" }], select: { scuCode: true, name: true, city: true } }),
    listServices(db, locale),
  ]);
  return { desks, services };
}
