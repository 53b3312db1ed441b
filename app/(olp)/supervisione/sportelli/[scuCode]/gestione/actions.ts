"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { after } from "next/server";
import type { z } from "zod";

import { fieldErrorsUnder } from "@/components/forms/field-errors";
import type { AffectedView, ClosureFormState, DeskAdminDoneKey, DeskAdminErrorKey, DeskAdminFormState } from "@/components/desk-admin/desk-admin-form-state";
import { OLP_AREA, requireRole, type Staff } from "@/lib/auth/session";
import { formatAppointmentDateTime } from "@/lib/booking/format-appointment-time";
import { db } from "@/lib/db";
import { addClosure, deleteClosure, findAffectedAppointments } from "@/lib/desk-admin/closures";
import { mailClosureCancellations } from "@/lib/desk-admin/closure-mails";
import { addOpeningInterval, removeOpeningInterval } from "@/lib/desk-admin/opening-hours";
import { saveDeskDetails } from "@/lib/desk-admin/details";
import { closureFormSchema, confirmedIdsSchema, deskDetailsSchema, deskServiceSchema, openingIntervalSchema, uuidSchema, workstationNameSchema } from "@/lib/desk-admin/schema";
import { saveDeskService } from "@/lib/desk-admin/services";
import { addWorkstation, renameWorkstation, setWorkstationActive } from "@/lib/desk-admin/workstations";
import { env } from "@/lib/env";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { linkBaseUrl } from "@/lib/mail/link-base-url";
import { findSupervisedDesk, type SupervisedDeskRef } from "@/lib/supervision/access";

// Every action: the OLP area's role first, then the desk of the form must be one the user supervises
// (an administrator: any), then the input's schema, then lib/desk-admin. Refusals are answered as
// states with i18n keys, never thrown, and a database failure is "unavailable", not a 500 page.

type Failure = { ok: false; error: DeskAdminErrorKey; fieldErrors: Partial<Record<string, DeskAdminErrorKey>>; at: number };

const fail = (error: DeskAdminErrorKey, fieldErrors: Partial<Record<string, DeskAdminErrorKey>> = {}): Failure => ({ ok: false, error, fieldErrors, at: Date.now() });
const done = (message: DeskAdminDoneKey, values: Record<string, string> = {}): DeskAdminFormState => ({ ok: true, data: { message, values, at: Date.now() } });

const text = (formData: FormData, name: string, max = 300) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};

/** The field errors of a refused schema: the first message of each field, when it is one of ours. */
function invalid(error: z.ZodError): Failure {
  return fail("deskAdmin.errors.invalidForm", fieldErrorsUnder<DeskAdminErrorKey>(error.issues, "deskAdmin.errors."));
}

const pagePath = (scuCode: string) => `/supervisione/sportelli/${encodeURIComponent(scuCode)}/gestione`;

/** The signed-in OLP or administrator and the desk named by the form, if they supervise it. */
async function supervisedDesk(formData: FormData): Promise<{ ok: true; staff: Staff; desk: SupervisedDeskRef } | Failure> {
  const scuCode = text(formData, "scuCode", 20);
  const staff = await requireRole(OLP_AREA, pagePath(scuCode));
  try {
    const found = await findSupervisedDesk(db(), staff, scuCode);
    if (!found.ok) return fail(found.reason === "forbidden" ? "deskAdmin.errors.forbidden" : "deskAdmin.errors.notFound");
    return { ok: true, staff, desk: found.desk };
  } catch (error) {
    return unavailable("findSupervisedDesk", error);
  }
}

function unavailable(what: string, error: unknown): Failure {
  // The class only: Prisma's messages can quote values.
  console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
  return fail("deskAdmin.errors.unavailable");
}

/** Runs a lib call; a thrown error (database out of reach) becomes "unavailable". */
async function attempt<T>(what: string, call: () => Promise<T>): Promise<{ ok: true; value: T } | Failure> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    return unavailable(what, error);
  }
}

/**
 * The closure form. "check": lists the booked appointments the closure falls on (none: it is saved
 * at once). "confirm": saves the closure and cancels exactly the appointments the OLP was shown, in
 * one transaction; if they changed meanwhile, the new list is shown instead. Mails, if asked for, go
 * after the answer.
 */
export async function closureAction(_previous: ClosureFormState, formData: FormData): Promise<ClosureFormState> {
  const access = await supervisedDesk(formData);
  if (!access.ok) return access;
  const { staff, desk } = access;
  const input = closureFormSchema.safeParse({
    fromDay: text(formData, "fromDay", 20),
    fromTime: text(formData, "fromTime", 10),
    toDay: text(formData, "toDay", 20),
    toTime: text(formData, "toTime", 10),
    reasonIt: text(formData, "reasonIt"),
    reasonEn: text(formData, "reasonEn"),
    notify: formData.get("notify") ?? undefined,
  });
  if (!input.success) return invalid(input.error);
  const closure = input.data;
  const now = new Date();
  if (closure.endsAt <= now) return fail("deskAdmin.errors.closurePast", { toDay: "deskAdmin.errors.closurePast" });
  const confirming = formData.get("intent") === "confirm";
  const confirmedIds = confirmedIdsSchema.safeParse(formData.getAll("confirmedIds"));
  if (!confirmedIds.success) return fail("deskAdmin.errors.invalidForm");

  const locale = await getCurrentLocale();
  const warning = async (changed: boolean): Promise<ClosureFormState> => {
    const affected = await findAffectedAppointments(db(), { sedeId: desk.id, startsAt: closure.startsAt, endsAt: closure.endsAt, locale });
    const views: AffectedView[] = affected.map((appointment) => ({
      id: appointment.id,
      when: formatAppointmentDateTime(appointment.startsAt, locale),
      service: appointment.serviceName,
      bookingCode: appointment.bookingCode,
      hasEmail: appointment.hasEmail,
    }));
    return { ok: true, data: { warning: true, affected: views, changed, at: Date.now() } };
  };

  // A first check saves at once only when nothing is booked in the period; confirming saves what was shown.
  const result = await attempt("addClosure", () =>
    addClosure(db(), { sedeId: desk.id, ...closure, confirmedIds: confirming ? confirmedIds.data : [], actorId: staff.id, now }),
  );
  if (!result.ok) return result;
  const added = result.value;
  if (!added.ok) {
    if (added.reason === "past") return fail("deskAdmin.errors.closurePast", { toDay: "deskAdmin.errors.closurePast" });
    const shown = await attempt("findAffectedAppointments", () => warning(confirming));
    return shown.ok ? shown.value : shown;
  }
  revalidatePath(pagePath(desk.scuCode));
  revalidatePath(`/sedi/${desk.scuCode}`);
  if (added.cancelledIds.length === 0) return done("deskAdmin.done.closureAdded");
  if (!closure.notify) return done("deskAdmin.done.closureAddedSilent", { count: String(added.cancelledIds.length) });
  const mailed = await attempt("countMailable", () => db().appointment.count({ where: { id: { in: added.cancelledIds }, email: { not: null } } }));
  const baseUrl = linkBaseUrl(await headers(), env().PUBLIC_URL);
  const appointmentIds = added.cancelledIds;
  after(async () => {
    await mailClosureCancellations(db(), { appointmentIds, baseUrl });
  });
  return done("deskAdmin.done.closureAddedCancelled", { count: String(appointmentIds.length), mailed: mailed.ok ? String(mailed.value) : "–" });
}

/** Deletes a closure that has not started yet. */
export async function deleteClosureAction(_previous: DeskAdminFormState, formData: FormData): Promise<DeskAdminFormState> {
  const access = await supervisedDesk(formData);
  if (!access.ok) return access;
  const closureId = uuidSchema.safeParse(text(formData, "closureId", 60));
  if (!closureId.success) return fail("deskAdmin.errors.notFound");
  const result = await attempt("deleteClosure", () => deleteClosure(db(), { sedeId: access.desk.id, closureId: closureId.data, actorId: access.staff.id, now: new Date() }));
  if (!result.ok) return result;
  if (!result.value.ok) return fail("deskAdmin.errors.notFound");
  revalidatePath(pagePath(access.desk.scuCode));
  revalidatePath(`/sedi/${access.desk.scuCode}`);
  return done("deskAdmin.done.closureDeleted");
}

/** Adds a weekly opening interval; an overlap with another of the same day is the closing time's error. */
export async function addOpeningIntervalAction(_previous: DeskAdminFormState, formData: FormData): Promise<DeskAdminFormState> {
  const access = await supervisedDesk(formData);
  if (!access.ok) return access;
  const input = openingIntervalSchema.safeParse({ weekday: text(formData, "weekday", 2), opens: text(formData, "opens", 10), closes: text(formData, "closes", 10) });
  if (!input.success) return invalid(input.error);
  const result = await attempt("addOpeningInterval", () => addOpeningInterval(db(), { sedeId: access.desk.id, ...input.data, actorId: access.staff.id }));
  if (!result.ok) return result;
  if (!result.value.ok) return fail("deskAdmin.errors.overlap", { opens: "deskAdmin.errors.overlap" });
  revalidatePath(pagePath(access.desk.scuCode));
  return done("deskAdmin.done.intervalAdded");
}

/** Removes a weekly opening interval. */
export async function removeOpeningIntervalAction(_previous: DeskAdminFormState, formData: FormData): Promise<DeskAdminFormState> {
  const access = await supervisedDesk(formData);
  if (!access.ok) return access;
  const id = uuidSchema.safeParse(text(formData, "intervalId", 60));
  if (!id.success) return fail("deskAdmin.errors.notFound");
  const result = await attempt("removeOpeningInterval", () => removeOpeningInterval(db(), { sedeId: access.desk.id, id: id.data, actorId: access.staff.id }));
  if (!result.ok) return result;
  if (!result.value.ok) return fail("deskAdmin.errors.notFound");
  revalidatePath(pagePath(access.desk.scuCode));
  return done("deskAdmin.done.intervalRemoved");
}

/** How the desk offers one service: active, people per slot, slot length, daily cap. */
export async function saveDeskServiceAction(_previous: DeskAdminFormState, formData: FormData): Promise<DeskAdminFormState> {
  const access = await supervisedDesk(formData);
  if (!access.ok) return access;
  const input = deskServiceSchema.safeParse({
    serviceId: text(formData, "serviceId", 60),
    active: formData.get("active") ?? undefined,
    capacity: text(formData, "capacity", 10),
    slotMinutes: text(formData, "slotMinutes", 10),
    dailyCap: text(formData, "dailyCap", 10),
  });
  if (!input.success) return invalid(input.error);
  const result = await attempt("saveDeskService", () => saveDeskService(db(), { sedeId: access.desk.id, ...input.data, actorId: access.staff.id }));
  if (!result.ok) return result;
  if (!result.value.ok) return fail("deskAdmin.errors.notFound");
  const locale = await getCurrentLocale();
  const translation = await attempt("serviceName", () => db().serviceTranslation.findFirst({ where: { serviceId: input.data.serviceId, locale }, select: { name: true } }));
  revalidatePath(pagePath(access.desk.scuCode));
  revalidatePath(`/sedi/${access.desk.scuCode}`);
  return done("deskAdmin.done.serviceSaved", { service: translation.ok ? (translation.value?.name ?? "") : "" });
}

/** Adds a workstation. */
export async function addWorkstationAction(_previous: DeskAdminFormState, formData: FormData): Promise<DeskAdminFormState> {
  const access = await supervisedDesk(formData);
  if (!access.ok) return access;
  const name = workstationNameSchema.safeParse(text(formData, "name", 100));
  if (!name.success) return fail("deskAdmin.errors.invalidForm", { name: name.error.issues[0].message as DeskAdminErrorKey });
  const result = await attempt("addWorkstation", () => addWorkstation(db(), { sedeId: access.desk.id, name: name.data, actorId: access.staff.id }));
  if (!result.ok) return result;
  if (!result.value.ok) return fail("deskAdmin.errors.nameTaken", { name: "deskAdmin.errors.nameTaken" });
  revalidatePath(pagePath(access.desk.scuCode));
  return done("deskAdmin.done.workstationAdded");
}

/** Renames a workstation. */
export async function renameWorkstationAction(_previous: DeskAdminFormState, formData: FormData): Promise<DeskAdminFormState> {
  const access = await supervisedDesk(formData);
  if (!access.ok) return access;
  const id = uuidSchema.safeParse(text(formData, "workstationId", 60));
  if (!id.success) return fail("deskAdmin.errors.notFound");
  const name = workstationNameSchema.safeParse(text(formData, "name", 100));
  if (!name.success) return fail("deskAdmin.errors.invalidForm", { name: name.error.issues[0].message as DeskAdminErrorKey });
  const result = await attempt("renameWorkstation", () => renameWorkstation(db(), { sedeId: access.desk.id, id: id.data, name: name.data, actorId: access.staff.id }));
  if (!result.ok) return result;
  if (!result.value.ok) {
    return result.value.reason === "name_taken" ? fail("deskAdmin.errors.nameTaken", { name: "deskAdmin.errors.nameTaken" }) : fail("deskAdmin.errors.notFound");
  }
  revalidatePath(pagePath(access.desk.scuCode));
  return done("deskAdmin.done.workstationRenamed");
}

/** Deactivates a workstation (refused while a volunteer has it open) or reactivates it. */
export async function setWorkstationActiveAction(_previous: DeskAdminFormState, formData: FormData): Promise<DeskAdminFormState> {
  const access = await supervisedDesk(formData);
  if (!access.ok) return access;
  const id = uuidSchema.safeParse(text(formData, "workstationId", 60));
  if (!id.success) return fail("deskAdmin.errors.notFound");
  const active = formData.get("active") === "true";
  const result = await attempt("setWorkstationActive", () => setWorkstationActive(db(), { sedeId: access.desk.id, id: id.data, active, actorId: access.staff.id }));
  if (!result.ok) return result;
  if (!result.value.ok) return fail(result.value.reason === "open" ? "deskAdmin.errors.workstationOpen" : "deskAdmin.errors.notFound");
  revalidatePath(pagePath(access.desk.scuCode));
  return done(active ? "deskAdmin.done.workstationReactivated" : "deskAdmin.done.workstationDeactivated");
}

/** The desk's public details: name, address, contacts, notes on the opening hours. */
export async function saveDeskDetailsAction(_previous: DeskAdminFormState, formData: FormData): Promise<DeskAdminFormState> {
  const access = await supervisedDesk(formData);
  if (!access.ok) return access;
  const fields = ["name", "street", "postalCode", "city", "phone", "email", "openingNotesIt", "openingNotesEn"] as const;
  const input = deskDetailsSchema.safeParse(Object.fromEntries(fields.map((name) => [name, text(formData, name, 600)])));
  if (!input.success) return invalid(input.error);
  const result = await attempt("saveDeskDetails", () => saveDeskDetails(db(), { ...input.data, sedeId: access.desk.id, actorId: access.staff.id }));
  if (!result.ok) return result;
  revalidatePath(pagePath(access.desk.scuCode));
  revalidatePath(`/sedi/${access.desk.scuCode}`);
  return done("deskAdmin.done.detailsSaved");
}
