import { audit } from "@/lib/audit/audit";
import type { Db } from "@/lib/db";
import type { Autonomy, NotPossibleReason, VisitOutcome, VisitStatus } from "@/lib/generated/prisma/client";
import { messages } from "@/lib/i18n/messages";

import { loadProcedure, type ProcedureStepView } from "./procedure";
import { ticketLabel } from "./tickets";

export interface VisitView {
  id: string;
  ticket: string;
  name: string;
  serviceName: string;
  bookingCode: string | null;
  status: VisitStatus;
  workstation: string | null;
  servedBy: string | null;
  calledAt: Date | null;
  startedAt: Date | null;
  endedAt: Date | null;
  outcome: VisitOutcome | null;
  reason: NotPossibleReason | null;
  autonomy: Autonomy | null;
  steps: ProcedureStepView[];
  ticks: Record<string, { done: boolean; value: string | null }>;
}

/** One contact of desk `sedeId` with its procedure; the read is audited (it shows the citizen's name). */
export async function loadVisit(db: Db, input: { sedeId: string; visitId: string; viewerId: string; locale: "it" | "en" }): Promise<VisitView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(input.visitId)) return null;
  const visit = await db.visit.findFirst({
    where: { id: input.visitId, sedeId: input.sedeId },
    include: {
      appointment: { select: { citizenName: true, bookingCode: true, anonymizedAt: true } },
      workstation: { select: { name: true } },
      servedBy: { select: { name: true } },
      steps: { select: { stepKey: true, done: true, value: true } },
      sedeService: { select: { service: { select: { code: true, translations: { where: { locale: input.locale }, select: { name: true } } } } } },
    },
  });
  if (!visit) return null;
  await audit(db, { actorId: input.viewerId, action: "visit.read", entityType: "Visit", entityId: visit.id });
  const service = visit.sedeService.service;
  return {
    id: visit.id,
    ticket: ticketLabel(visit),
    // Past the retention period the name is gone (lib/privacy/retention.ts): say so, not a blank.
    name: visit.anonymizedAt || visit.appointment?.anonymizedAt
      ? messages[input.locale].common.personalDataDeleted
      : (visit.citizenName ?? visit.appointment?.citizenName ?? ""),
    serviceName: service.translations[0]?.name ?? service.code,
    bookingCode: visit.appointment?.bookingCode ?? null,
    status: visit.status,
    workstation: visit.workstation?.name ?? null,
    servedBy: visit.servedBy?.name ?? null,
    calledAt: visit.calledAt,
    startedAt: visit.startedAt,
    endedAt: visit.endedAt,
    outcome: visit.outcome,
    reason: visit.notPossibleReason,
    autonomy: visit.autonomy,
    steps: await loadProcedure(db, visit.serviceId, input.locale),
    ticks: Object.fromEntries(visit.steps.map((step) => [step.stepKey, { done: step.done, value: step.value }])),
  };
}
