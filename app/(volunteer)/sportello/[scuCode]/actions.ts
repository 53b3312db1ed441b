"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";

import type { DeskErrorKey, DeskFormState } from "@/components/desk-work/desk-form-state";
import type { FeedbackCodeState } from "@/components/feedback/feedback-form-state";
import { fieldErrorsUnder } from "@/components/forms/field-errors";
import { audit } from "@/lib/audit/audit";
import { VOLUNTEER_AREA, requireRole } from "@/lib/auth/session";
import { bookingQrSvg } from "@/lib/booking/qr";
import { db } from "@/lib/db";
import { findWorkDesk } from "@/lib/desk/access";
import { checkIn, registerWalkIn } from "@/lib/desk/arrivals";
import { callNext } from "@/lib/desk/call-next";
import { recordStep } from "@/lib/desk/procedure";
import { deskWaits } from "@/lib/desk/queue-waits";
import { appointmentSchema, checkInSchema, outcomeSchema, stepSchema, visitSchema, walkInSchema, workstationSchema } from "@/lib/desk/schema";
import { markNoShow, recordOutcome, startVisit } from "@/lib/desk/visit";
import { closeWorkstation, openWorkstation } from "@/lib/desk/workstations";
import { env } from "@/lib/env";
import { questionnaireUrl } from "@/lib/feedback/feedback-code";
import { sendInvitationMail } from "@/lib/feedback/mails";
import { issueFeedbackCode } from "@/lib/feedback/questionnaire";
import { linkBaseUrl } from "@/lib/mail/link-base-url";

// Every action: a volunteer, OLP or administrator who works at the desk named by the form; then
// the lib function, whose refusals become messages next to the fields. Nothing throws a raw 500.

async function deskOf(scuCode: unknown) {
  const staff = await requireRole(VOLUNTEER_AREA, "/sportello");
  const desk = typeof scuCode === "string" ? await findWorkDesk(db(), staff, scuCode) : null;
  if (!desk) forbidden();
  return { staff, desk };
}

const refused = (error: DeskErrorKey, fieldErrors: Partial<Record<string, DeskErrorKey>> = {}, values?: Record<string, string>): DeskFormState => ({
  ok: false,
  error,
  fieldErrors,
  values,
  at: Date.now(),
});

const done = (message: Extract<DeskFormState, { ok: true }>["data"]["message"], values: Record<string, string> = {}): DeskFormState => ({
  ok: true,
  data: { message, values, at: Date.now() },
});

const fieldErrorsOf = (error: z.ZodError) => fieldErrorsUnder<DeskErrorKey>(error.issues, "deskWork.errors.");

async function guarded(what: string, scuCode: string, run: () => Promise<DeskFormState>): Promise<DeskFormState> {
  try {
    const state = await run();
    revalidatePath(`/sportello/${scuCode}`, "layout");
    return state;
  } catch (error) {
    // The class only: messages can quote personal data.
    console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return refused("deskWork.errors.unavailable");
  }
}

/** The new ticket's estimated wait, for the volunteer to tell the citizen ("none": nobody serving). */
async function waitOf(sedeId: string, visitId: string): Promise<string> {
  const minutes = (await deskWaits(db(), { sedeId, now: new Date() })).get(visitId);
  return minutes === null || minutes === undefined ? "none" : String(minutes);
}

const CHECK_IN_REFUSAL = {
  not_found: "deskWork.errors.notFound",
  other_day: "deskWork.errors.otherDay",
  cancelled: "deskWork.errors.cancelled",
  already_checked_in: "deskWork.errors.alreadyCheckedIn",
  closed: "deskWork.errors.closed",
} as const;

/** A booked citizen arrives: by the code typed, read by a scanner, or chosen on the agenda. */
export async function checkInAction(_previous: DeskFormState, formData: FormData): Promise<DeskFormState> {
  const { staff, desk } = await deskOf(formData.get("scuCode"));
  const raw = { code: String(formData.get("code") ?? "") };
  const input = checkInSchema.safeParse(raw);
  if (!input.success) return refused("deskWork.errors.invalidForm", fieldErrorsOf(input.error), raw);
  return guarded("checkIn", desk.scuCode, async () => {
    const result = await checkIn(db(), { sedeId: desk.id, code: input.data.code, staffId: staff.id, now: new Date() });
    if (!result.ok) return refused(CHECK_IN_REFUSAL[result.reason], { code: CHECK_IN_REFUSAL[result.reason] }, raw);
    return done("deskWork.done.checkedIn", { ticket: result.ticket, minutes: await waitOf(desk.id, result.visitId) });
  });
}

/** A citizen without a booking: a ticket for the chosen service. */
export async function walkInAction(_previous: DeskFormState, formData: FormData): Promise<DeskFormState> {
  const { staff, desk } = await deskOf(formData.get("scuCode"));
  const raw = { serviceCode: String(formData.get("serviceCode") ?? ""), name: String(formData.get("name") ?? "").slice(0, 200) };
  const input = walkInSchema.safeParse(raw);
  if (!input.success) return refused("deskWork.errors.invalidForm", fieldErrorsOf(input.error), raw);
  return guarded("registerWalkIn", desk.scuCode, async () => {
    const result = await registerWalkIn(db(), { sedeId: desk.id, ...input.data, staffId: staff.id, now: new Date() });
    if (!result.ok) return refused("deskWork.errors.notOffered", { serviceCode: "deskWork.errors.notOffered" }, raw);
    return done("deskWork.done.walkIn", { ticket: result.ticket, minutes: await waitOf(desk.id, result.visitId) });
  });
}

const SHIFT_REFUSAL = {
  not_found: "deskWork.errors.workstationNotFound",
  taken: "deskWork.errors.workstationTaken",
  already_open: "deskWork.errors.workstationAlreadyOpen",
  busy: "deskWork.errors.workstationBusy",
} as const;

export async function openWorkstationAction(_previous: DeskFormState, formData: FormData): Promise<DeskFormState> {
  const { staff, desk } = await deskOf(formData.get("scuCode"));
  const input = workstationSchema.safeParse({ workstationId: formData.get("workstationId") ?? "" });
  if (!input.success) return refused("deskWork.errors.workstationRequired", { workstationId: "deskWork.errors.workstationRequired" });
  return guarded("openWorkstation", desk.scuCode, async () => {
    const result = await openWorkstation(db(), { sedeId: desk.id, workstationId: input.data.workstationId, userId: staff.id, now: new Date() });
    return result.ok ? done("deskWork.done.workstationOpened") : refused(SHIFT_REFUSAL[result.reason], { workstationId: SHIFT_REFUSAL[result.reason] });
  });
}

export async function closeWorkstationAction(_previous: DeskFormState, formData: FormData): Promise<DeskFormState> {
  const { staff, desk } = await deskOf(formData.get("scuCode"));
  return guarded("closeWorkstation", desk.scuCode, async () => {
    const result = await closeWorkstation(db(), { userId: staff.id, now: new Date() });
    return result.ok ? done("deskWork.done.workstationClosed") : refused(SHIFT_REFUSAL[result.reason]);
  });
}

const CALL_REFUSAL = { no_workstation: "deskWork.errors.noWorkstation", busy: "deskWork.errors.workstationBusy", empty: "deskWork.errors.queueEmpty" } as const;

/** The first citizen of the queue to the caller's workstation. */
export async function callNextAction(_previous: DeskFormState, formData: FormData): Promise<DeskFormState> {
  const { staff, desk } = await deskOf(formData.get("scuCode"));
  return guarded("callNext", desk.scuCode, async () => {
    const result = await callNext(db(), { sedeId: desk.id, userId: staff.id, now: new Date() });
    return result.ok ? done("deskWork.done.called", { ticket: result.ticket, workstation: result.workstation }) : refused(CALL_REFUSAL[result.reason]);
  });
}

const VISIT_REFUSAL = {
  not_found: "deskWork.errors.wrongState",
  wrong_state: "deskWork.errors.wrongState",
  steps_missing: "deskWork.errors.stepsMissing",
  already_started: "deskWork.errors.alreadyStarted",
} as const;

export async function markNoShowAction(_previous: DeskFormState, formData: FormData): Promise<DeskFormState> {
  const { staff, desk } = await deskOf(formData.get("scuCode"));
  const input = appointmentSchema.safeParse({ appointmentId: formData.get("appointmentId") ?? "" });
  if (!input.success) return refused("deskWork.errors.invalidForm");
  return guarded("markNoShow", desk.scuCode, async () => {
    const result = await markNoShow(db(), { sedeId: desk.id, appointmentId: input.data.appointmentId, userId: staff.id, now: new Date() });
    return result.ok ? done("deskWork.done.noShow") : refused(VISIT_REFUSAL[result.reason]);
  });
}

export async function startVisitAction(_previous: DeskFormState, formData: FormData): Promise<DeskFormState> {
  const { staff, desk } = await deskOf(formData.get("scuCode"));
  const input = visitSchema.safeParse({ visitId: formData.get("visitId") ?? "" });
  if (!input.success) return refused("deskWork.errors.invalidForm");
  return guarded("startVisit", desk.scuCode, async () => {
    const result = await startVisit(db(), { sedeId: desk.id, visitId: input.data.visitId, userId: staff.id, now: new Date() });
    return result.ok ? done("deskWork.done.started") : refused(VISIT_REFUSAL[result.reason]);
  });
}

/** Closes the contact with its outcome; the volunteer goes back to the desk's day. */
export async function outcomeAction(_previous: DeskFormState, formData: FormData): Promise<DeskFormState> {
  const { staff, desk } = await deskOf(formData.get("scuCode"));
  const raw = {
    visitId: String(formData.get("visitId") ?? ""),
    outcome: String(formData.get("outcome") ?? ""),
    reason: String(formData.get("reason") ?? ""),
    autonomy: String(formData.get("autonomy") ?? ""),
    notes: String(formData.get("notes") ?? "").slice(0, 2000),
  };
  const input = outcomeSchema.safeParse(raw);
  if (!input.success) return refused("deskWork.errors.invalidForm", fieldErrorsOf(input.error), raw);
  const state = await guarded("recordOutcome", desk.scuCode, async () => {
    const result = await recordOutcome(db(), { ...input.data, sedeId: desk.id, userId: staff.id, now: new Date() });
    if (!result.ok) {
      const onOutcome = result.reason === "steps_missing" || result.reason === "already_started";
      return refused(VISIT_REFUSAL[result.reason], onOutcome ? { outcome: VISIT_REFUSAL[result.reason] } : {}, raw);
    }
    return done("deskWork.done.outcomeRecorded");
  });
  if (!state?.ok) return state;
  if (input.data.outcome === "NO_SHOW") redirect(`/sportello/${desk.scuCode}?esito=registrato`);
  // Served: a booked citizen with an e-mail gets the questionnaire's link by mail, after the answer
  // has gone back; the contact page offers the code to show to everybody else.
  const baseUrl = linkBaseUrl(await headers(), env().PUBLIC_URL);
  const visitId = input.data.visitId;
  after(async () => {
    try {
      await sendInvitationMail(db(), { visitId, baseUrl, now: new Date() });
    } catch (error) {
      console.error(`questionnaire mail failed: ${error instanceof Error ? error.name : "unknown error"}`);
    }
  });
  redirect(`/sportello/${desk.scuCode}/contatto/${visitId}?esito=registrato`);
}

const CODE_REFUSAL = { not_found: "feedback.errors.invalidForm", not_served: "feedback.errors.notServed", expired: "feedback.errors.questionnaireClosed", answered: "feedback.errors.questionnaireClosed" } as const;

/**
 * A questionnaire code for the citizen in front of the volunteer, with its QR code (the link to
 * /valuta with the code). Each press makes a new code; the code is in the answer only, never stored
 * or logged.
 */
export async function showFeedbackCodeAction(_previous: FeedbackCodeState, formData: FormData): Promise<FeedbackCodeState> {
  const { staff, desk } = await deskOf(formData.get("scuCode"));
  const input = visitSchema.safeParse({ visitId: formData.get("visitId") ?? "" });
  if (!input.success) return { ok: false, error: "feedback.errors.invalidForm", at: Date.now() };
  try {
    const result = await issueFeedbackCode(db(), { visitId: input.data.visitId, sedeId: desk.id, now: new Date() });
    if (!result.ok) return { ok: false, error: CODE_REFUSAL[result.reason], at: Date.now() };
    await audit(db(), { actorId: staff.id, action: "visit.feedback_code", entityType: "Visit", entityId: input.data.visitId });
    const t = await getTranslations("feedback.desk");
    const url = questionnaireUrl(linkBaseUrl(await headers(), env().PUBLIC_URL), result.code);
    const qrSvg = await bookingQrSvg(url, t("qrLabel", { code: result.code }));
    return { ok: true, data: { code: result.code, qrSvg, expiresAt: result.expiresAt.toISOString(), at: Date.now() } };
  } catch (error) {
    console.error(`issueFeedbackCode failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { ok: false, error: "feedback.errors.unavailable", at: Date.now() };
  }
}

const STEP_REFUSAL = {
  not_found: "deskWork.errors.wrongState",
  closed: "deskWork.errors.wrongState",
  unknown_step: "deskWork.errors.unknownStep",
  option_invalid: "deskWork.errors.optionInvalid",
  document_number_invalid: "deskWork.errors.documentNumberInvalid",
  fiscal_code_invalid: "deskWork.errors.fiscalCodeInvalid",
} as const;

export type StepActionResult = { ok: true; data: { applied: boolean } } | { ok: false; error: DeskErrorKey; fieldErrors: Partial<Record<string, DeskErrorKey>> };

/**
 * One tick of the guided procedure, sent by the checklist (again after a lost connection: the
 * tick's own time makes a resend harmless). No revalidation: the checklist holds its own state.
 */
export async function recordStepAction(scuCode: string, tick: unknown): Promise<StepActionResult> {
  const { staff, desk } = await deskOf(scuCode);
  const input = stepSchema.safeParse(tick);
  if (!input.success) {
    const fieldErrors = fieldErrorsOf(input.error);
    return { ok: false, error: Object.values(fieldErrors)[0] ?? "deskWork.errors.invalidForm", fieldErrors };
  }
  try {
    const result = await recordStep(db(), { ...input.data, sedeId: desk.id, userId: staff.id, now: new Date() });
    if (!result.ok) return { ok: false, error: STEP_REFUSAL[result.reason], fieldErrors: {} };
    return { ok: true, data: { applied: result.applied } };
  } catch (error) {
    console.error(`recordStep failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { ok: false, error: "deskWork.errors.unavailable", fieldErrors: {} };
  }
}
