import { z } from "zod";

import { WORKED_KINDS } from "./rules-entry";

// Every message is a key of messages/timesheets.*.json ("timesheets.errors.*"), shown next to its field.

const realDay = (value: string) => {
  const [y, m, d] = value.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "timesheets.errors.dayInvalid").refine(realDay, "timesheets.errors.dayInvalid");
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "timesheets.errors.monthInvalid");

export const KINDS = ["SERVICE", "TRAINING", "PERMIT", "SICKNESS", "UNPAID"] as const;
export type Kind = (typeof KINDS)[number];

/** "09:30" → 570; "24:00" is the end of the day. */
const clock = (message: string) =>
  z
    .string()
    .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, message)
    .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3)));

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** One day of the timesheet as the day form sends it. */
export const dayFormSchema = z
  .object({
    day: isoDaySchema,
    kind: z.enum(KINDS, { message: "timesheets.errors.kindRequired" }),
    start: z.preprocess(blankToUndefined, clock("timesheets.errors.timeInvalid").optional()),
    end: z.preprocess(blankToUndefined, clock("timesheets.errors.timeInvalid").optional()),
    breakMinutes: z.preprocess(
      (value) => (blankToUndefined(value) === undefined ? 0 : value),
      z.coerce.number({ message: "timesheets.errors.breakInvalid" }).int("timesheets.errors.breakInvalid").min(0, "timesheets.errors.breakInvalid").max(600, "timesheets.errors.breakInvalid"),
    ),
    activityCodes: z.array(z.string().regex(/^[A-Z]\.\d+\.\d+$/, "timesheets.errors.activityInvalid")).max(20).default([]),
    note: z.preprocess(blankToUndefined, z.string().trim().max(300, "timesheets.errors.noteTooLong").optional()),
  })
  .superRefine((input, context) => {
    if (!WORKED_KINDS.includes(input.kind)) return;
    if (input.start === undefined) context.addIssue({ code: "custom", path: ["start"], message: "timesheets.errors.startRequired" });
    if (input.end === undefined) context.addIssue({ code: "custom", path: ["end"], message: "timesheets.errors.endRequired" });
    if (input.start !== undefined && input.end !== undefined) {
      if (input.end <= input.start) context.addIssue({ code: "custom", path: ["end"], message: "timesheets.errors.endBeforeStart" });
      else if (input.breakMinutes >= input.end - input.start) context.addIssue({ code: "custom", path: ["breakMinutes"], message: "timesheets.errors.breakTooLong" });
    }
    if (input.kind === "SERVICE" && input.activityCodes.length === 0) {
      context.addIssue({ code: "custom", path: ["activityCodes"], message: "timesheets.errors.activityRequired" });
    }
  })
  // Absences have no times or activities: what a form left in those fields is dropped.
  .transform((input) =>
    WORKED_KINDS.includes(input.kind)
      ? input
      : { ...input, start: undefined, end: undefined, breakMinutes: 0, activityCodes: [] as string[] },
  );
export type DayForm = z.infer<typeof dayFormSchema>;

export const REVIEW_DECISIONS = ["approve", "return", "reopen"] as const;

export const reviewSchema = z
  .object({
    userId: z.string().uuid("timesheets.errors.invalidForm"),
    weekStart: isoDaySchema,
    decision: z.enum(REVIEW_DECISIONS, { message: "timesheets.errors.decisionRequired" }),
    comment: z.preprocess(blankToUndefined, z.string().trim().max(1000, "timesheets.errors.commentTooLong").optional()),
  })
  .superRefine((input, context) => {
    if (input.decision !== "approve" && !input.comment) {
      context.addIssue({ code: "custom", path: ["comment"], message: "timesheets.errors.commentRequired" });
    }
  });
export type ReviewForm = z.infer<typeof reviewSchema>;
