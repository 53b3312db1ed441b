"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getFormatter } from "next-intl/server";

import type { BookingErrorKey, BookingFormState, DetailsField, DetailsValues, SlotOption } from "@/components/booking/booking-form-state";
import { clientAddress } from "@/lib/auth/client-address";
import type { Slot } from "@/lib/availability/slots";
import { createBooking } from "@/lib/booking/create-booking";
import { sendBookingMail } from "@/lib/booking/mails";
import { bookingFormSchema } from "@/lib/booking/schema";
import { romeClock, romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { linkBaseUrl } from "@/lib/mail/link-base-url";
import { publicLimiter } from "@/lib/rate-limit/public-limiters";

import { setManageCookie } from "../prenotazione/manage-cookie";

const FIELDS: DetailsField[] = ["name", "email", "phone", "fiscalCode", "consent"];

const text = (formData: FormData, name: string, max: number) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim().slice(0, max) : "";
};

/** What was typed, bounded, to send back with any answer. */
function typedValues(formData: FormData): DetailsValues {
  return {
    name: text(formData, "name", 120),
    email: text(formData, "email", 254),
    phone: text(formData, "phone", 40),
    fiscalCode: text(formData, "fiscalCode", 20),
    consent: formData.get("consent") === "on",
  };
}

function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): Partial<Record<DetailsField, BookingErrorKey>> {
  const errors: Partial<Record<DetailsField, BookingErrorKey>> = {};
  for (const issue of issues) {
    const field = issue.path[0] as DetailsField;
    if (FIELDS.includes(field) && !errors[field] && issue.message.startsWith("booking.errors.")) {
      errors[field] = issue.message as BookingErrorKey;
    }
  }
  return errors;
}

async function slotOptions(slots: Slot[]): Promise<SlotOption[]> {
  const format = await getFormatter();
  return slots.map((slot) => ({
    day: romeDayKey(slot.startsAt),
    time: romeClock(slot.startsAt),
    label: format.dateTime(slot.startsAt, { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" }),
  }));
}

/**
 * The booking form's one action: "review" checks the details and shows the summary, "edit" goes back
 * to the details, "confirm" books. Nothing is stored before "confirm".
 */
export async function bookingAction(_previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  const values = typedValues(formData);
  const intent = formData.get("intent");
  if (intent === "edit") return { ok: true, data: { phase: "details", values } };

  const phase = intent === "confirm" ? "summary" : "details";
  // A slot picked among the alternatives offered after "just taken".
  const picked = typeof formData.get("slot") === "string" ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(formData.get("slot") as string) : null;
  const input = bookingFormSchema.safeParse({
    ...Object.fromEntries(formData),
    ...(picked ? { day: picked[1], time: picked[2] } : {}),
  });
  if (!input.success) {
    const fieldErrors = fieldErrorsOf(input.error.issues);
    const slotBroken = input.error.issues.some((issue) => !FIELDS.includes(issue.path[0] as DetailsField));
    return { ok: false, phase: "details", error: slotBroken ? "booking.errors.formExpired" : "booking.errors.invalidForm", fieldErrors, values };
  }
  if (intent !== "confirm") {
    // The summary shows the details as they will be stored: trimmed, lower-case e-mail, upper-case code.
    const { name, email, phone, fiscalCode } = input.data;
    return { ok: true, data: { phase: "summary", values: { name, email, phone: phone ?? "", fiscalCode: fiscalCode ?? "", consent: true } } };
  }

  const requestHeaders = await headers();
  const limit = await publicLimiter("booking").consume(clientAddress(requestHeaders) ?? input.data.email);
  if (!limit.allowed) {
    return { ok: false, phase, error: "booking.errors.rateLimited", fieldErrors: {}, values, minutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)) };
  }

  const locale = await getCurrentLocale();
  let result;
  try {
    result = await createBooking(db(), input.data, { now: new Date(), locale });
  } catch (error) {
    // The class only: Prisma's messages can quote the values, and those are personal data.
    console.error(`createBooking failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { ok: false, phase, error: "booking.errors.unavailable", fieldErrors: {}, values };
  }
  if (!result.ok) {
    switch (result.reason) {
      case "fiscal_code_required":
        return { ok: false, phase: "details", error: "booking.errors.invalidForm", fieldErrors: { fiscalCode: "booking.errors.fiscalCodeRequired" }, values };
      case "not_offered":
        return { ok: false, phase, error: "booking.errors.notOffered", fieldErrors: {}, values };
      default: {
        const error = result.reason === "slot_taken" ? "booking.errors.slotTaken" : "booking.errors.slotUnavailable";
        return { ok: false, phase: "summary", error, fieldErrors: {}, values, alternatives: await slotOptions(result.alternatives) };
      }
    }
  }

  const appointmentId = result.appointment.id;
  await setManageCookie(await cookies(), appointmentId);
  if (!result.replayed) {
    const baseUrl = linkBaseUrl(requestHeaders, env().PUBLIC_URL);
    after(async () => {
      try {
        await sendBookingMail(db(), { appointmentId, kind: "confirmation", baseUrl });
      } catch (error) {
        console.error(`booking confirmation mail failed: ${error instanceof Error ? error.name : "unknown error"}`);
      }
    });
  }
  redirect("/prenotazione?esito=prenotata");
}
