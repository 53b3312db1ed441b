import { z } from "zod";

import { scuCodeSchema, serviceCodeSchema } from "@/lib/desks/schema";

import { normalizeBookingCode } from "./booking-code";
import { parseFiscalCode } from "./fiscal-code";

// Every message is a key of messages/booking.*.json, shown next to its field in the citizen's language.

/** A Rome calendar day in a URL, e.g. "2026-12-01"; a real date, not 2026-02-30. */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "booking.errors.dayInvalid")
  .refine((day) => {
    const [y, m, d] = day.split("-").map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "booking.errors.dayInvalid");

/** A Rome wall-clock time in a URL, e.g. "09:30". */
export const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "booking.errors.timeInvalid");

/** A month of the calendar in a URL, e.g. "2026-12". */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "booking.errors.dayInvalid");

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/**
 * The booking wizard's query string: each step adds one choice. Unknown parameters are ignored; a
 * malformed one is an error the page shows instead of a 500.
 */
export const wizardQuerySchema = z.object({
  servizio: optional(serviceCodeSchema),
  sede: optional(scuCodeSchema),
  mese: optional(monthSchema),
  giorno: optional(daySchema),
  ora: optional(clockSchema),
});
export type WizardQuery = z.infer<typeof wizardQuerySchema>;

/** A submission's idempotency key: made by the server when the form is shown. */
export const idempotencyKeySchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "booking.errors.formExpired");

/** The chosen slot, carried by the details and summary forms. */
export const slotChoiceSchema = z.object({
  serviceCode: serviceCodeSchema,
  scuCode: scuCodeSchema,
  day: daySchema,
  time: clockSchema,
});

const NAME_MAX = 120;

/** The citizen's details. The codice fiscale is checked here when given; whether it is needed depends on the service. */
export const citizenDetailsSchema = z.object({
  name: z
    .string({ error: "booking.errors.nameRequired" })
    .max(NAME_MAX * 4, "booking.errors.nameTooLong")
    .transform((name) => name.trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(2, "booking.errors.nameRequired")
        .max(NAME_MAX, "booking.errors.nameTooLong")
        .regex(/^[\p{L}\p{M}' .-]+$/u, "booking.errors.nameInvalid"),
    ),
  email: z
    .string({ error: "booking.errors.emailRequired" })
    .trim()
    .min(1, "booking.errors.emailRequired")
    .max(254, "booking.errors.emailInvalid")
    .pipe(z.email("booking.errors.emailInvalid"))
    .transform((email) => email.toLowerCase()),
  phone: optional(
    z
      .string()
      .max(40, "booking.errors.phoneInvalid")
      .transform((phone) => phone.replace(/[\s./()-]/g, ""))
      .pipe(z.string().regex(/^\+?\d{6,15}$/, "booking.errors.phoneInvalid")),
  ),
  fiscalCode: optional(
    z
      .string()
      .max(40, "booking.errors.fiscalCodeInvalid")
      .transform((code, context) => {
        const parsed = parseFiscalCode(code);
        if (parsed.ok) return parsed.value;
        context.addIssue({
          code: "custom",
          message: parsed.problem === "check" ? "booking.errors.fiscalCodeCheck" : "booking.errors.fiscalCodeInvalid",
        });
        return z.NEVER;
      }),
  ),
  consent: z.literal("on", { error: "booking.errors.consentRequired" }),
});
export type CitizenDetails = z.infer<typeof citizenDetailsSchema>;

export const bookingFormSchema = slotChoiceSchema.extend(citizenDetailsSchema.shape).extend({
  idempotencyKey: idempotencyKeySchema,
});
export type BookingForm = z.infer<typeof bookingFormSchema>;

/** "Manage my booking": the code as read over the phone, and the e-mail it was booked with. */
export const bookingLookupSchema = z.object({
  code: z
    .string({ error: "booking.errors.codeRequired" })
    .max(40, "booking.errors.codeInvalid")
    .trim()
    .min(1, "booking.errors.codeRequired")
    .transform((code, context) => {
      const normalized = normalizeBookingCode(code);
      if (normalized) return normalized;
      context.addIssue({ code: "custom", message: "booking.errors.codeInvalid" });
      return z.NEVER;
    }),
  email: citizenDetailsSchema.shape.email,
});

export const rescheduleFormSchema = z.object({ day: daySchema, time: clockSchema });

export const CANCEL_REASONS = ["NO_LONGER_NEEDED", "CANNOT_ATTEND", "SOLVED_ONLINE", "BOOKED_BY_MISTAKE", "OTHER"] as const;
export const cancelFormSchema = z.object({
  reason: z.enum(CANCEL_REASONS, { error: "booking.errors.reasonRequired" }),
});
