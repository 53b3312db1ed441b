"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";

import type { BookingErrorKey } from "@/components/booking/booking-form-state";
import type { ManageFormState } from "@/components/booking/manage-form-state";
import { clientAddress } from "@/lib/auth/client-address";
import { sendBookingMail } from "@/lib/booking/mails";
import { cancelBooking, lookupBooking, rescheduleBooking } from "@/lib/booking/manage-booking";
import { bookingLookupSchema, cancelFormSchema, rescheduleFormSchema } from "@/lib/booking/schema";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { linkBaseUrl } from "@/lib/mail/link-base-url";
import { publicLimiter } from "@/lib/rate-limit/public-limiters";

import { forgetManagedBooking, managedAppointmentId, setManageCookie } from "./manage-cookie";

const text = (formData: FormData, name: string, max: number) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim().slice(0, max) : "";
};

function failed(what: string, error: unknown): { ok: false; error: BookingErrorKey; fieldErrors: Record<string, never> } {
  // The class only: messages can quote personal data.
  console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
  return { ok: false, error: "booking.errors.unavailable", fieldErrors: {} };
}

function mailLater(appointmentId: string, kind: "rescheduled" | "cancelled", requestHeaders: Headers) {
  const baseUrl = linkBaseUrl(requestHeaders, env().PUBLIC_URL);
  after(async () => {
    try {
      await sendBookingMail(db(), { appointmentId, kind, baseUrl });
    } catch (error) {
      console.error(`booking ${kind} mail failed: ${error instanceof Error ? error.name : "unknown error"}`);
    }
  });
}

/**
 * "Manage my booking": the code and the e-mail must match together, and every answer but success is
 * the same, so that the form cannot tell whether a code exists. Limited per client address.
 */
export async function lookupBookingAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const values = { code: text(formData, "code", 40), email: text(formData, "email", 254) };
  const input = bookingLookupSchema.safeParse({ code: formData.get("code"), email: formData.get("email") });
  if (!input.success) {
    const fieldErrors: Partial<Record<"code" | "email", BookingErrorKey>> = {};
    for (const issue of input.error.issues) {
      const field = issue.path[0] as "code" | "email";
      fieldErrors[field] ??= issue.message as BookingErrorKey;
    }
    return { ok: false, error: "booking.errors.invalidForm", fieldErrors, values };
  }
  const requestHeaders = await headers();
  const limit = await publicLimiter("codeLookup").consume(clientAddress(requestHeaders) ?? input.data.code);
  if (!limit.allowed) {
    return { ok: false, error: "booking.errors.rateLimited", fieldErrors: {}, values, minutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)) };
  }
  let appointmentId: string | null;
  try {
    appointmentId = await lookupBooking(db(), input.data);
  } catch (error) {
    return { ...failed("lookupBooking", error), values };
  }
  if (!appointmentId) return { ok: false, error: "booking.errors.notFound", fieldErrors: {}, values };
  await setManageCookie(await cookies(), appointmentId);
  redirect("/prenotazione");
}

/** Moves the booking this browser manages to the chosen day and time. */
export async function rescheduleBookingAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const appointmentId = managedAppointmentId(await cookies());
  if (!appointmentId) redirect("/prenotazione?esito=scaduta");
  const input = rescheduleFormSchema.safeParse({ day: formData.get("day"), time: formData.get("time") });
  if (!input.success) return { ok: false, error: "booking.errors.slotUnavailable", fieldErrors: {} };
  let result;
  try {
    result = await rescheduleBooking(db(), { appointmentId, ...input.data, now: new Date() });
  } catch (error) {
    return failed("rescheduleBooking", error);
  }
  if (!result.ok) {
    switch (result.reason) {
      case "slot_taken":
        return { ok: false, error: "booking.errors.slotTaken", fieldErrors: {} };
      case "slot_unavailable":
        return { ok: false, error: "booking.errors.slotUnavailable", fieldErrors: {} };
      case "not_offered":
        return { ok: false, error: "booking.errors.notOffered", fieldErrors: {} };
      case "unchanged":
        return { ok: false, error: "booking.errors.unchanged", fieldErrors: {} };
      default:
        return { ok: false, error: "booking.errors.notChangeable", fieldErrors: {} };
    }
  }
  mailLater(appointmentId, "rescheduled", await headers());
  redirect("/prenotazione?esito=spostata");
}

/** Cancels the booking this browser manages, with the citizen's reason. */
export async function cancelBookingAction(_previous: ManageFormState, formData: FormData): Promise<ManageFormState> {
  const appointmentId = managedAppointmentId(await cookies());
  if (!appointmentId) redirect("/prenotazione?esito=scaduta");
  const input = cancelFormSchema.safeParse({ reason: formData.get("reason") });
  if (!input.success) return { ok: false, error: "booking.errors.invalidForm", fieldErrors: { reason: "booking.errors.reasonRequired" } };
  let result;
  try {
    result = await cancelBooking(db(), { appointmentId, reason: input.data.reason, now: new Date() });
  } catch (error) {
    return failed("cancelBooking", error);
  }
  if (!result.ok) return { ok: false, error: "booking.errors.notChangeable", fieldErrors: {} };
  mailLater(appointmentId, "cancelled", await headers());
  redirect("/prenotazione?esito=annullata");
}

/** "Esci": forgets the booking in this browser. */
export async function forgetBookingAction(): Promise<void> {
  forgetManagedBooking(await cookies());
  redirect("/prenotazione");
}
