import { romeDay } from "@/lib/calendar/time";
import type { DbClient } from "@/lib/db";
import { averageServiceMinutes, estimateWaits } from "@/lib/queue/estimate-wait";


/** How far back completed contacts count for the average service time of each service. */
const AVERAGE_WINDOW_DAYS = 30;
/** Minutes for a service with neither history nor a default duration. */
const FALLBACK_MINUTES = 20;

/**
 * The estimated wait, in minutes, of each citizen waiting at desk `sedeId` today (null while no
 * workstation is open): the open workstations, what each is doing, the queue in calling order, and
 * each service's average length over the desk's recent contacts.
 */
export async function deskWaits(db: DbClient, input: { sedeId: string; now: Date }): Promise<Map<string, number | null>> {
  const day = romeDay(input.now);
  const service = { sedeService: { select: { service: { select: { code: true } } } } } as const;
  const [open, live, waiting, recent, offers] = await Promise.all([
    db.workstationShift.findMany({ where: { closedAt: null, workstation: { sedeId: input.sedeId, active: true } }, select: { workstationId: true } }),
    db.visit.findMany({ where: { sedeId: input.sedeId, status: { in: ["CALLED", "IN_PROGRESS"] } }, select: { workstationId: true, calledAt: true, startedAt: true, ...service } }),
    db.visit.findMany({ where: { sedeId: input.sedeId, day, status: "WAITING" }, orderBy: [{ queuedAt: "asc" }, { ticketNumber: "asc" }], select: { id: true, ...service } }),
    db.visit.findMany({
      where: { sedeId: input.sedeId, status: "DONE", startedAt: { not: null, gte: new Date(input.now.getTime() - AVERAGE_WINDOW_DAYS * 24 * 3600_000) } },
      orderBy: { endedAt: "desc" },
      take: 500,
      select: { startedAt: true, endedAt: true, ...service },
    }),
    db.sedeService.findMany({ where: { sedeId: input.sedeId }, select: { service: { select: { code: true, defaultDurationMinutes: true } } } }),
  ]);
  const averages = averageServiceMinutes(
    recent.filter((visit) => visit.startedAt && visit.endedAt).map((visit) => ({ serviceCode: visit.sedeService.service.code, startedAt: visit.startedAt!, endedAt: visit.endedAt! })),
    { defaults: Object.fromEntries(offers.map((offer) => [offer.service.code, offer.service.defaultDurationMinutes])) },
  );
  return estimateWaits({
    now: input.now,
    stations: open.map((shift) => {
      const current = live.find((visit) => visit.workstationId === shift.workstationId);
      return current ? { startedAt: current.startedAt ?? current.calledAt ?? input.now, serviceCode: current.sedeService.service.code } : null;
    }),
    queue: waiting.map((visit) => ({ id: visit.id, serviceCode: visit.sedeService.service.code })),
    averages,
    fallbackMinutes: FALLBACK_MINUTES,
  });
}
