import { audit } from "@/lib/audit/audit";
import type { Db, DbClient } from "@/lib/db";

import type { StepAdd, StepEdit } from "./schema";

export interface AdminStep {
  id: string;
  key: string;
  position: number;
  kind: string;
  labelIt: string;
  labelEn: string;
  hintIt: string | null;
  hintEn: string | null;
  required: boolean;
  active: boolean;
}

/** A service's procedure as the OLP edits it: every step, active or not, in order. */
export async function listSteps(db: DbClient, serviceCode: string): Promise<{ serviceId: string; steps: AdminStep[] } | null> {
  const service = await db.service.findUnique({ where: { code: serviceCode }, select: { id: true } });
  if (!service) return null;
  const steps = await db.procedureStep.findMany({
    where: { serviceId: service.id },
    orderBy: { position: "asc" },
    select: { id: true, key: true, position: true, kind: true, labelIt: true, labelEn: true, hintIt: true, hintEn: true, required: true, active: true },
  });
  return { serviceId: service.id, steps };
}

export type StepResult = { ok: true } | { ok: false; reason: "not_found" | "edge" };

/** Changes a step's words and whether it is required. Visits already ticked keep their ticks. */
export async function editStep(db: Db, input: StepEdit & { actorId: string }): Promise<StepResult> {
  const { count } = await db.procedureStep.updateMany({
    where: { id: input.stepId },
    data: { labelIt: input.labelIt, labelEn: input.labelEn, hintIt: input.hintIt ?? null, hintEn: input.hintEn ?? null, required: input.required },
  });
  if (count === 0) return { ok: false, reason: "not_found" };
  await audit(db, { actorId: input.actorId, action: "procedure.edit_step", entityType: "ProcedureStep", entityId: input.stepId });
  return { ok: true };
}

/** Adds a tick step at the end; its key is made from the Italian label and kept unique. */
export async function addStep(db: Db, input: StepAdd & { actorId: string }): Promise<StepResult> {
  const service = await db.service.findUnique({ where: { code: input.serviceCode }, select: { id: true } });
  if (!service) return { ok: false, reason: "not_found" };
  await db.$transaction(async (tx) => {
    // One edit of a procedure at a time: positions and keys are counted, then written.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('procedure:' || ${service.id}, 0))`;
    const existing = await tx.procedureStep.findMany({ where: { serviceId: service.id }, select: { key: true, position: true } });
    const base =
      input.labelIt
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_+|_+$/g, "")
        .replace(/^(\d)/, "s_$1")
        .slice(0, 32) || "step";
    const keys = new Set(existing.map((step) => step.key));
    let key = base;
    for (let n = 2; keys.has(key); n++) key = `${base}_${n}`;
    const step = await tx.procedureStep.create({
      data: {
        serviceId: service.id,
        key,
        position: Math.max(0, ...existing.map((step) => step.position)) + 1,
        kind: "CHECK",
        labelIt: input.labelIt,
        labelEn: input.labelEn,
        hintIt: input.hintIt ?? null,
        hintEn: input.hintEn ?? null,
        required: input.required,
      },
      select: { id: true },
    });
    await audit(tx, { actorId: input.actorId, action: "procedure.add_step", entityType: "ProcedureStep", entityId: step.id });
  });
  return { ok: true };
}

/** Moves a step one place up or down, swapping it with its neighbour. */
export async function moveStep(db: Db, input: { stepId: string; direction: "up" | "down"; actorId: string }): Promise<StepResult> {
  return db.$transaction(async (tx) => {
    const step = await tx.procedureStep.findUnique({ where: { id: input.stepId }, select: { serviceId: true, position: true } });
    if (!step) return { ok: false, reason: "not_found" } as const;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('procedure:' || ${step.serviceId}, 0))`;
    const neighbour = await tx.procedureStep.findFirst({
      where: { serviceId: step.serviceId, position: input.direction === "up" ? { lt: step.position } : { gt: step.position } },
      orderBy: { position: input.direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return { ok: false, reason: "edge" } as const;
    // Positions are unique per service: the step steps aside while its neighbour takes its place.
    await tx.procedureStep.update({ where: { id: input.stepId }, data: { position: 32000 } });
    await tx.procedureStep.update({ where: { id: neighbour.id }, data: { position: step.position } });
    await tx.procedureStep.update({ where: { id: input.stepId }, data: { position: neighbour.position } });
    await audit(tx, { actorId: input.actorId, action: "procedure.move_step", entityType: "ProcedureStep", entityId: input.stepId, metadata: { direction: input.direction } });
    return { ok: true } as const;
  });
}

/** Takes a step out of the procedure (or back in); past visits keep their ticks. */
export async function setStepActive(db: Db, input: { stepId: string; active: boolean; actorId: string }): Promise<StepResult> {
  const { count } = await db.procedureStep.updateMany({ where: { id: input.stepId }, data: { active: input.active } });
  if (count === 0) return { ok: false, reason: "not_found" };
  await audit(db, { actorId: input.actorId, action: input.active ? "procedure.enable_step" : "procedure.disable_step", entityType: "ProcedureStep", entityId: input.stepId });
  return { ok: true };
}
