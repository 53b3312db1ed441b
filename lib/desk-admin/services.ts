import { audit } from "@/lib/audit/audit";
import type { DbClient } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

import type { DeskServiceForm } from "./schema";

export interface DeskServiceRow {
  serviceId: string;
  code: string;
  name: string;
  requiresFiscalCode: boolean;
  defaultDurationMinutes: number;
  /** The desk's settings, or null when the desk has never offered the service. */
  offer: { active: boolean; capacity: number; slotMinutes: number; dailyCap: number | null } | null;
}

/** Every active catalogue service, with how the desk offers it (if it does). */
export async function listDeskServices(db: DbClient, input: { sedeId: string; locale: Locale }): Promise<DeskServiceRow[]> {
  const services = await db.service.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      requiresFiscalCode: true,
      defaultDurationMinutes: true,
      translations: { where: { locale: input.locale }, select: { name: true } },
      sedi: { where: { sedeId: input.sedeId }, select: { active: true, capacity: true, slotMinutes: true, dailyCap: true } },
    },
  });
  return services.map((service) => ({
    serviceId: service.id,
    code: service.code,
    name: service.translations[0]?.name ?? service.code,
    requiresFiscalCode: service.requiresFiscalCode,
    defaultDurationMinutes: service.defaultDurationMinutes,
    offer: service.sedi[0] ?? null,
  }));
}

/**
 * Sets how the desk offers a service: active or not, citizens per slot, slot length, daily cap. A
 * service the desk never offered is added. Appointments already booked keep their times and places:
 * a smaller capacity or cap only limits new bookings (the capacity trigger checks each new one).
 */
export async function saveDeskService(
  db: DbClient,
  input: DeskServiceForm & { sedeId: string; actorId: string },
): Promise<{ ok: true } | { ok: false; reason: "not_found" }> {
  const service = await db.service.findFirst({ where: { id: input.serviceId, active: true }, select: { id: true } });
  if (!service) return { ok: false, reason: "not_found" };
  const settings = { active: input.active, capacity: input.capacity, slotMinutes: input.slotMinutes, dailyCap: input.dailyCap ?? null };
  await db.sedeService.upsert({
    where: { sedeId_serviceId: { sedeId: input.sedeId, serviceId: input.serviceId } },
    create: { sedeId: input.sedeId, serviceId: input.serviceId, ...settings },
    update: settings,
  });
  await audit(db, {
    actorId: input.actorId,
    action: "desk_service.update",
    entityType: "SedeService",
    entityId: input.serviceId,
    metadata: { sedeId: input.sedeId, ...settings },
  });
  return { ok: true };
}
