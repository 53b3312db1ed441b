import { z } from "zod";

import { normalizeBookingCode } from "@/lib/booking/booking-code";

// Every message is a key of messages/desk-work.*.json ("deskWork.errors.*"), shown next to its field.

const uuid = z.string().uuid("deskWork.errors.invalidForm");

/** A booking code typed, or read by a scanner from the QR code (which may carry the manage URL). */
export const checkInSchema = z.object({
  code: z
    .string()
    .max(300, "deskWork.errors.codeInvalid")
    .transform((value, context) => {
      // The QR code holds the code itself; a scanner may also read a link ending with it.
      const candidate = value.trim().split(/[/?=#]/).at(-1) ?? "";
      const code = normalizeBookingCode(candidate);
      if (!code) {
        context.addIssue({ code: "custom", message: "deskWork.errors.codeInvalid" });
        return z.NEVER;
      }
      return code;
    }),
});

export const walkInSchema = z.object({
  serviceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, "deskWork.errors.serviceRequired"),
  name: z
    .string()
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(2, "deskWork.errors.nameRequired").max(120, "deskWork.errors.nameTooLong")),
});

export const workstationSchema = z.object({ workstationId: uuid });
export const visitSchema = z.object({ visitId: uuid });
export const appointmentSchema = z.object({ appointmentId: uuid });

export const OUTCOMES = ["COMPLETED", "PARTIAL", "NOT_POSSIBLE", "NO_SHOW"] as const;
export const NOT_POSSIBLE_REASONS = ["MISSING_DOCUMENT", "EXPIRED_DOCUMENT", "NO_EMAIL_OR_PHONE", "NOT_ELIGIBLE", "SYSTEM_UNAVAILABLE", "OTHER"] as const;
export const AUTONOMY_LEVELS = ["NEEDED_HELP", "WITH_GUIDANCE", "ALONE"] as const;

/**
 * Notes must hold no personal data. Names cannot be told from words, but what has a shape can: an
 * e-mail address, a codice fiscale, a phone or document number (a run of seven or more digits, or
 * two letters then five digits, as on identity cards).
 */
const PERSONAL_SHAPES = [/[^\s@]+@[^\s@]+\.[^\s@]+/, /\b[A-Z]{6}[0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]\b/i, /\d(?:[\s./-]?\d){6,}/, /\b[A-Z]{2}\s?\d{5}/i];
export const looksPersonal = (text: string) => PERSONAL_SHAPES.some((shape) => shape.test(text));

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const outcomeSchema = z
  .object({
    visitId: uuid,
    outcome: z.enum(OUTCOMES, { message: "deskWork.errors.outcomeRequired" }),
    reason: z.preprocess(blankToUndefined, z.enum(NOT_POSSIBLE_REASONS, { message: "deskWork.errors.reasonRequired" }).optional()),
    autonomy: z.preprocess(blankToUndefined, z.enum(AUTONOMY_LEVELS, { message: "deskWork.errors.autonomyRequired" }).optional()),
    notes: z.preprocess(
      blankToUndefined,
      z.string().trim().max(500, "deskWork.errors.notesTooLong").refine((notes) => !looksPersonal(notes), "deskWork.errors.notesPersonalData").optional(),
    ),
  })
  .superRefine((input, context) => {
    if (input.outcome === "NOT_POSSIBLE" && !input.reason) {
      context.addIssue({ code: "custom", path: ["reason"], message: "deskWork.errors.reasonRequired" });
    }
    if ((input.outcome === "COMPLETED" || input.outcome === "PARTIAL") && !input.autonomy) {
      context.addIssue({ code: "custom", path: ["autonomy"], message: "deskWork.errors.autonomyRequired" });
    }
  })
  // What does not belong to the chosen outcome is dropped, never stored.
  .transform((input) => ({
    ...input,
    reason: input.outcome === "NOT_POSSIBLE" ? input.reason : undefined,
    autonomy: input.outcome === "COMPLETED" || input.outcome === "PARTIAL" ? input.autonomy : undefined,
  }));
export type OutcomeInput = z.infer<typeof outcomeSchema>;

/**
 * One tick of the guided procedure. `clientAt` is the volunteer's device time of the tick, so that a
 * tick queued offline never overwrites a later one. The document number and the codice fiscale are
 * checked on the server and dropped: they are never stored.
 */
export const stepSchema = z.object({
  visitId: uuid,
  stepKey: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "deskWork.errors.invalidForm"),
  done: z.boolean(),
  value: z.string().max(40, "deskWork.errors.invalidForm").optional(),
  documentNumber: z.string().max(40, "deskWork.errors.documentNumberInvalid").optional(),
  fiscalCode: z.string().max(40, "deskWork.errors.fiscalCodeInvalid").optional(),
  clientAt: z.coerce.date({ message: "deskWork.errors.invalidForm" }),
});
export type StepInput = z.infer<typeof stepSchema>;

export const searchSchema = z.object({ q: z.string().trim().max(60).optional().catch(undefined) });
