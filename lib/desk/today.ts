import { audit } from "@/lib/audit/audit";
import { romeDay } from "@/lib/calendar/time";
import type { Db } from "@/lib/db";
import type { AppointmentStatus, Autonomy, VisitOutcome, VisitStatus } from "@/lib/generated/prisma/client";

import { deskWaits } from "./queue-waits";
import { ticketLabel } from "./tickets";

const MINUTE = 60_000;
/** A viewer's unchanged reads of a desk's day are logged once in this interval; searches always. */
const READ_LOG_INTERVAL_MS = 5 * MINUTE;

export interface QueueEntry {
  visitId: string;
  ticket: string;
  name: string;
  serviceName: string;
  serviceCode: string;
  arrivedAt: Date;
  appointmentAt: Date | null;
  waitMinutes: number | null;
}

export interface LiveVisit {
  visitId: string;
  ticket: string;
  name: string;
  serviceName: string;
  status: VisitStatus;
  calledAt: Date | null;
  startedAt: Date | null;
}

export interface WorkstationView {
  id: string;
  name: string;
  holder: { id: string; name: string } | null;
  current: LiveVisit | null;
}

export interface AgendaEntry {
  appointmentId: string;
  startsAt: Date;
  endsAt: Date;
  code: string;
  name: string;
  serviceName: string;
  status: AppointmentStatus;
  ticket: string | null;
  visitId: string | null;
}

export interface DayFigures {
  booked: number;
  cancelled: number;
  noShows: number;
  walkIns: number;
  arrived: number;
  waiting: number;
  served: number;
  averageWaitMinutes: number | null;
  averageServiceMinutes: number | null;
  outcomes: Record<VisitOutcome, number>;
  autonomy: Record<Autonomy, number>;
}

export interface DeskToday {
  workstations: WorkstationView[];
  /** The workstation the viewer holds at this desk, if any. */
  myWorkstationId: string | null;
  queue: QueueEntry[];
  agenda: AgendaEntry[];
  figures: DayFigures;
  services: { code: string; name: string }[];
}

const average = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null);

/**
 * Everything the desk's day screen shows: workstations, queue with estimated waits, agenda and
 * figures. Reading it shows citizens' names, so each read is written to the audit log.
 */
export async function loadDeskToday(
  db: Db,
  input: { sedeId: string; viewerId: string; now: Date; locale: "it" | "en"; search?: string },
): Promise<DeskToday> {
  const day = romeDay(input.now);
  const dayEnd = new Date(day.getTime() + 36 * 60 * MINUTE); // past the Rome day's end in any season
  const serviceName = { translations: { where: { locale: input.locale }, select: { name: true } } } as const;
  const nameOf = (service: { code: string; translations: { name: string }[] }) => service.translations[0]?.name ?? service.code;

  const [workstations, visits, appointments, offers] = await Promise.all([
    db.workstation.findMany({
      where: { sedeId: input.sedeId, active: true },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, shifts: { where: { closedAt: null }, select: { user: { select: { id: true, name: true } } } } },
    }),
    db.visit.findMany({
      where: { sedeId: input.sedeId, day },
      orderBy: [{ queuedAt: "asc" }, { ticketNumber: "asc" }],
      include: { appointment: { select: { citizenName: true, startsAt: true } }, sedeService: { select: { service: { select: { code: true, ...serviceName } } } } },
    }),
    db.appointment.findMany({
      where: { sedeId: input.sedeId, startsAt: { gte: new Date(day.getTime() - 12 * 60 * MINUTE), lt: dayEnd } },
      orderBy: [{ startsAt: "asc" }, { bookingCode: "asc" }],
      include: { visits: { select: { id: true, ticketNumber: true, appointmentId: true } }, sedeService: { select: { service: { select: { code: true, ...serviceName } } } } },
    }),
    db.sedeService.findMany({
      where: { sedeId: input.sedeId, active: true, service: { active: true } },
      select: { service: { select: { code: true, sortOrder: true, ...serviceName } } },
      orderBy: { service: { sortOrder: "asc" } },
    }),
  ]);

  const todays = appointments.filter((appointment) => romeDay(appointment.startsAt).getTime() === day.getTime());
  const citizenName = (visit: (typeof visits)[number]) => visit.citizenName ?? visit.appointment?.citizenName ?? "";
  const live = (visit: (typeof visits)[number]): LiveVisit => ({
    visitId: visit.id,
    ticket: ticketLabel(visit),
    name: citizenName(visit),
    serviceName: nameOf(visit.sedeService.service),
    status: visit.status,
    calledAt: visit.calledAt,
    startedAt: visit.startedAt,
  });

  const workstationViews: WorkstationView[] = workstations.map((workstation) => {
    const current = visits.find((visit) => visit.workstationId === workstation.id && (visit.status === "CALLED" || visit.status === "IN_PROGRESS"));
    return { id: workstation.id, name: workstation.name, holder: workstation.shifts[0]?.user ?? null, current: current ? live(current) : null };
  });

  const waiting = visits.filter((visit) => visit.status === "WAITING");
  const waits = await deskWaits(db, { sedeId: input.sedeId, now: input.now });

  const search = input.search?.trim().toLowerCase();
  const compactSearch = search?.replace(/[\s-]/g, "").toUpperCase();
  const agenda: AgendaEntry[] = todays
    .filter((appointment) => {
      if (!search) return true;
      return appointment.citizenName.toLowerCase().includes(search) || (compactSearch && compactSearch.length >= 4 && appointment.bookingCode.replace(/-/g, "").includes(compactSearch));
    })
    .map((appointment) => {
      const visit = appointment.visits[0];
      return {
        appointmentId: appointment.id,
        startsAt: appointment.startsAt,
        endsAt: appointment.endsAt,
        code: appointment.bookingCode,
        name: appointment.citizenName,
        serviceName: nameOf(appointment.sedeService.service),
        status: appointment.status,
        ticket: visit ? ticketLabel(visit) : null,
        visitId: visit?.id ?? null,
      };
    });

  const done = visits.filter((visit) => visit.status === "DONE");
  const served = done.filter((visit) => visit.outcome !== "NO_SHOW");
  const outcomes: Record<VisitOutcome, number> = { COMPLETED: 0, PARTIAL: 0, NOT_POSSIBLE: 0, NO_SHOW: 0 };
  const autonomy: Record<Autonomy, number> = { NEEDED_HELP: 0, WITH_GUIDANCE: 0, ALONE: 0 };
  for (const visit of done) {
    if (visit.outcome) outcomes[visit.outcome]++;
    if (visit.autonomy) autonomy[visit.autonomy]++;
  }
  const figures: DayFigures = {
    booked: todays.filter((appointment) => appointment.status !== "CANCELLED").length,
    cancelled: todays.filter((appointment) => appointment.status === "CANCELLED").length,
    noShows: todays.filter((appointment) => appointment.status === "NO_SHOW").length + outcomes.NO_SHOW,
    walkIns: visits.filter((visit) => !visit.appointmentId).length,
    arrived: visits.length,
    waiting: waiting.length,
    served: served.length,
    averageWaitMinutes: average(visits.filter((visit) => visit.calledAt).map((visit) => (visit.calledAt!.getTime() - visit.arrivedAt.getTime()) / MINUTE)),
    averageServiceMinutes: average(served.filter((visit) => visit.startedAt && visit.endedAt).map((visit) => (visit.endedAt!.getTime() - visit.startedAt!.getTime()) / MINUTE)),
    outcomes,
    autonomy,
  };

  // The screen refreshes itself every few seconds: one entry per viewer, desk and kind of read every
  // few minutes says who saw the day's names and when, without flooding the log.
  const recentRead = await db.auditLog.findFirst({
    where: {
      actorId: input.viewerId,
      action: "desk.day_read",
      entityId: input.sedeId,
      at: { gt: new Date(input.now.getTime() - READ_LOG_INTERVAL_MS), lte: input.now },
      metadata: { path: ["search"], equals: Boolean(search) },
    },
    select: { id: true },
  });
  if (!recentRead || search) {
    await audit(db, {
      actorId: input.viewerId,
      action: "desk.day_read",
      entityType: "Sede",
      entityId: input.sedeId,
      metadata: { appointments: agenda.length, visits: visits.length, search: Boolean(search) },
      // Stamped with the read's own clock: the look-up above compares against it.
      at: input.now,
    });
  }

  return {
    workstations: workstationViews,
    myWorkstationId: workstations.find((workstation) => workstation.shifts[0]?.user.id === input.viewerId)?.id ?? null,
    queue: waiting.map((visit) => ({
      visitId: visit.id,
      ticket: ticketLabel(visit),
      name: citizenName(visit),
      serviceName: nameOf(visit.sedeService.service),
      serviceCode: visit.sedeService.service.code,
      arrivedAt: visit.arrivedAt,
      appointmentAt: visit.appointment?.startsAt ?? null,
      waitMinutes: waits.get(visit.id) ?? null,
    })),
    agenda,
    figures,
    services: offers.map((offer) => ({ code: offer.service.code, name: nameOf(offer.service) })),
  };
}
