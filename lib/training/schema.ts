import { z } from "zod";

import { isDayKey } from "@/lib/timesheets/rules-calendar";

import { TRAINING_KINDS } from "./progress";

// Every message is a key of messages/training.*.json ("training.errors.*"), shown next to its field.

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** The longest session: a full day of general training, with room to spare. */
export const MAX_SESSION_MINUTES = 600;

/** What a session is: the fields of the new-session form and of the edit form alike. */
const sessionFields = {
  kind: z.enum(TRAINING_KINDS, { message: "training.errors.kindRequired" }),
  title: z.string().trim().min(1, "training.errors.titleRequired").max(200, "training.errors.titleTooLong"),
  day: z.string().refine(isDayKey, "training.errors.dayInvalid"),
  start: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "training.errors.startInvalid")
    .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3))),
  minutes: z.coerce
    .number({ message: "training.errors.minutesInvalid" })
    .int("training.errors.minutesInvalid")
    .min(1, "training.errors.minutesInvalid")
    .max(MAX_SESSION_MINUTES, "training.errors.minutesInvalid"),
  place: z.preprocess(blankToUndefined, z.string().trim().max(200, "training.errors.placeTooLong").optional()),
  trainer: z.preprocess(blankToUndefined, z.string().trim().max(200, "training.errors.trainerTooLong").optional()),
};

const endsByMidnight = (input: { start: number; minutes: number }, context: z.RefinementCtx) => {
  // Refinements run even when a field was refused: compare only two real numbers.
  if (typeof input.start === "number" && typeof input.minutes === "number" && input.start + input.minutes > 24 * 60) {
    context.addIssue({ code: "custom", path: ["minutes"], message: "training.errors.pastMidnight" });
  }
};

/** A new training session, as the OLP's form sends it. */
export const sessionFormSchema = z.object({ projectId: z.string().uuid("training.errors.projectRequired"), ...sessionFields }).superRefine(endsByMidnight);
export type SessionForm = z.infer<typeof sessionFormSchema>;

/** A session as the edit form sends it: the same fields and rules, the project stays the session's. */
export const sessionEditSchema = z.object(sessionFields).superRefine(endsByMidnight);
export type SessionEdit = z.infer<typeof sessionEditSchema>;

/** The attendance of a session: who was there, and for how many minutes each. */
export const attendanceFormSchema = z.object({
  sessionId: z.string().uuid("training.errors.invalidForm"),
  present: z
    .array(
      z.object({
        userId: z.string().uuid("training.errors.invalidForm"),
        minutes: z.coerce
          .number({ message: "training.errors.attendedInvalid" })
          .int("training.errors.attendedInvalid")
          .min(1, "training.errors.attendedInvalid")
          .max(MAX_SESSION_MINUTES, "training.errors.attendedTooLong"),
      }),
    )
    .max(200),
});
export type AttendanceForm = z.infer<typeof attendanceFormSchema>;
