import { z } from "zod";

import { looksPersonal } from "@/lib/desk/schema";

import { normalizeFeedbackCode } from "./feedback-code";

// Every message is a key of messages/feedback.*.json ("feedback.errors.*"), shown next to its field.

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** A questionnaire code as typed, or the link of its QR code. */
export const feedbackCodeSchema = z
  .string({ error: "feedback.errors.codeRequired" })
  .max(300, "feedback.errors.codeInvalid")
  .transform((value, context) => {
    if (value.trim() === "") {
      context.addIssue({ code: "custom", message: "feedback.errors.codeRequired" });
      return z.NEVER;
    }
    const code = normalizeFeedbackCode(value);
    if (!code) {
      context.addIssue({ code: "custom", message: "feedback.errors.codeInvalid" });
      return z.NEVER;
    }
    return code;
  });

export const codeFormSchema = z.object({ code: feedbackCodeSchema });

export const RATINGS = ["1", "2", "3", "4", "5"] as const;
export const RATING_ITEMS = ["clarity", "waiting", "courtesy"] as const;
export type RatingItem = (typeof RATING_ITEMS)[number];
export const MANAGE_ALONE = ["YES", "NO", "NOT_SURE"] as const;

const rating = (message: string) => z.enum(RATINGS, { message }).transform(Number);
/** A specific item may be left out ("non so"): blank or "skip" is no rating. */
const optionalRating = z.preprocess(
  (value) => (value === "skip" ? undefined : blankToUndefined(value)),
  z.enum(RATINGS, { message: "feedback.errors.ratingInvalid" }).transform(Number).optional(),
);

/**
 * The comment holds no personal data: the shapes the desk refuses in its notes (e-mail, codice
 * fiscale, phone or document number) are refused here too.
 */
const commentSchema = z.preprocess(
  blankToUndefined,
  z
    .string()
    .trim()
    .max(1000, "feedback.errors.commentTooLong")
    .refine((comment) => !looksPersonal(comment), "feedback.errors.commentPersonalData")
    .optional(),
);

export const questionnaireSchema = z.object({
  code: feedbackCodeSchema,
  overall: rating("feedback.errors.overallRequired"),
  clarity: optionalRating,
  waiting: optionalRating,
  courtesy: optionalRating,
  manageAlone: z.enum(MANAGE_ALONE, { message: "feedback.errors.manageAloneRequired" }),
  comment: commentSchema,
});
export type QuestionnaireInput = z.infer<typeof questionnaireSchema>;

export const COMPLAINT_KINDS = ["COMPLAINT", "REPORT", "PRAISE"] as const;

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "feedback.errors.emailInvalid")
  .pipe(z.email({ message: "feedback.errors.emailInvalid" }));

/** A complaint, report or praise from the public form. */
export const complaintSchema = z
  .object({
    kind: z.enum(COMPLAINT_KINDS, { message: "feedback.errors.kindRequired" }),
    scuCode: z.preprocess(blankToUndefined, z.string().regex(/^[0-9]{4,8}$/, "feedback.errors.deskInvalid").optional()),
    serviceCode: z.preprocess(blankToUndefined, z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, "feedback.errors.serviceInvalid").optional()),
    text: z
      .string({ error: "feedback.errors.textRequired" })
      .trim()
      .min(10, "feedback.errors.textTooShort")
      .max(4000, "feedback.errors.textTooLong"),
    email: z.preprocess(blankToUndefined, emailSchema.optional()),
    consent: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
  })
  .superRefine((input, context) => {
    if (input.email && !input.consent) context.addIssue({ code: "custom", path: ["consent"], message: "feedback.errors.consentRequired" });
  });
export type ComplaintInput = z.infer<typeof complaintSchema>;

/** A complaint's reference as typed: "r-2026-42" is "R-2026-000042". */
export const complaintReferenceSchema = z
  .string({ error: "feedback.errors.referenceInvalid" })
  .max(40, "feedback.errors.referenceInvalid")
  .transform((value, context) => {
    const match = /^R?[\s-]*(\d{4})[\s-]*(\d{1,12})$/i.exec(value.trim());
    if (!match) {
      context.addIssue({ code: "custom", message: "feedback.errors.referenceInvalid" });
      return z.NEVER;
    }
    return `R-${match[1]}-${match[2].padStart(6, "0")}`;
  });

export const complaintLookupSchema = z.object({
  reference: complaintReferenceSchema,
  email: z.string({ error: "feedback.errors.emailInvalid" }).pipe(emailSchema),
});

const uuid = z.string().uuid("feedback.errors.invalidForm");

export const complaintIdSchema = z.object({ complaintId: uuid });

export const complaintAnswerSchema = z.object({
  complaintId: uuid,
  answer: z.string({ error: "feedback.errors.answerRequired" }).trim().min(10, "feedback.errors.answerTooShort").max(4000, "feedback.errors.answerTooLong"),
});

export const complaintCloseSchema = z.object({
  complaintId: uuid,
  reason: z.string({ error: "feedback.errors.closeReasonRequired" }).trim().min(5, "feedback.errors.closeReasonRequired").max(1000, "feedback.errors.closeReasonTooLong"),
});
