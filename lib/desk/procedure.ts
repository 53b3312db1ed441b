import { z } from "zod";

import { parseFiscalCode } from "@/lib/booking/fiscal-code";
import type { Db } from "@/lib/db";

import { isDocumentNumber } from "./document-number";
import type { StepInput } from "./schema";

const optionsSchema = z.array(z.object({ value: z.string(), labelIt: z.string(), labelEn: z.string() }));

export interface ProcedureStepView {
  key: string;
  kind: "CHECK" | "CHOICE" | "ID_DOCUMENT" | "FISCAL_CODE";
  label: string;
  hint: string | null;
  required: boolean;
  options: { value: string; label: string }[];
}

/** The active steps of a service's procedure, in order, in `locale`. */
export async function loadProcedure(db: Db, serviceId: string, locale: "it" | "en"): Promise<ProcedureStepView[]> {
  const steps = await db.procedureStep.findMany({ where: { serviceId, active: true }, orderBy: { position: "asc" } });
  return steps.map((step) => ({
    key: step.key,
    kind: step.kind,
    label: locale === "en" ? step.labelEn : step.labelIt,
    hint: (locale === "en" ? step.hintEn : step.hintIt) ?? null,
    required: step.required,
    options: optionsSchema.catch([]).parse(step.options).map((option) => ({ value: option.value, label: locale === "en" ? option.labelEn : option.labelIt })),
  }));
}

export type StepResult =
  | { ok: true; applied: boolean }
  | { ok: false; reason: "not_found" | "closed" | "unknown_step" | "option_invalid" | "document_number_invalid" | "fiscal_code_invalid" };

/**
 * Records one tick of a visit's procedure. Idempotent: the same tick sent twice (a retry after a lost
 * connection) is stored once, and a tick older than the one stored (by the volunteer's device time)
 * is ignored. The document number and the codice fiscale are only checked here, never stored.
 */
export async function recordStep(db: Db, input: StepInput & { sedeId: string; userId: string; now: Date }): Promise<StepResult> {
  const visit = await db.visit.findFirst({ where: { id: input.visitId, sedeId: input.sedeId }, select: { status: true, serviceId: true, calledAt: true } });
  if (!visit) return { ok: false, reason: "not_found" };
  if (visit.status !== "CALLED" && visit.status !== "IN_PROGRESS") return { ok: false, reason: "closed" };
  const step = await db.procedureStep.findUnique({ where: { serviceId_key: { serviceId: visit.serviceId, key: input.stepKey } } });
  if (!step || !step.active) return { ok: false, reason: "unknown_step" };

  let value: string | null = null;
  if (input.done) {
    if (step.kind === "CHOICE" || step.kind === "ID_DOCUMENT") {
      const options = optionsSchema.catch([]).parse(step.options);
      if (!input.value || !options.some((option) => option.value === input.value)) return { ok: false, reason: "option_invalid" };
      value = input.value;
    }
    if (step.kind === "ID_DOCUMENT" && !isDocumentNumber(value!, input.documentNumber ?? "")) return { ok: false, reason: "document_number_invalid" };
    if (step.kind === "FISCAL_CODE" && !parseFiscalCode(input.fiscalCode ?? "").ok) return { ok: false, reason: "fiscal_code_invalid" };
  }
  // A device clock ahead of the server's cannot pin a tick in the future.
  const clientAt = input.clientAt > input.now ? input.now : input.clientAt;

  return db.$transaction(async (tx) => {
    // The first tick also starts the service time, if the volunteer did not press "start".
    if (visit.status === "CALLED") {
      const started = await tx.visit.updateMany({ where: { id: input.visitId, status: "CALLED" }, data: { status: "IN_PROGRESS", startedAt: input.now } });
      const { appointmentId } = await tx.visit.findUniqueOrThrow({ where: { id: input.visitId }, select: { appointmentId: true } });
      if (started.count === 1 && appointmentId) await tx.appointment.update({ where: { id: appointmentId }, data: { status: "IN_PROGRESS" } });
    }
    const applied = await tx.$executeRaw`
      INSERT INTO "VisitStep" ("visitId", "stepKey", "done", "value", "clientAt", "checkedById", "updatedAt")
      VALUES (${input.visitId}::uuid, ${input.stepKey}, ${input.done}, ${value}, ${clientAt}, ${input.userId}::uuid, ${input.now})
      ON CONFLICT ("visitId", "stepKey") DO UPDATE
        SET "done" = EXCLUDED."done", "value" = EXCLUDED."value", "clientAt" = EXCLUDED."clientAt",
            "checkedById" = EXCLUDED."checkedById", "updatedAt" = EXCLUDED."updatedAt"
        WHERE "VisitStep"."clientAt" < EXCLUDED."clientAt"`;
    return { ok: true, applied: applied === 1 };
  });
}
