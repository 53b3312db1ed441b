import { z } from "zod";

// Messages are keys of messages/procedures.*.json ("procedures.errors.*").

const text = (max: number, required: string, tooLong: string) => z.string().trim().min(1, required).max(max, tooLong);
const optionalText = (max: number, tooLong: string) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), z.string().trim().max(max, tooLong).optional());

/** A step's words and whether it must be done for "completed"; the kind and options stay as they are. */
export const stepEditSchema = z.object({
  stepId: z.uuid("procedures.errors.notFound"),
  labelIt: text(200, "procedures.errors.labelRequired", "procedures.errors.labelTooLong"),
  labelEn: text(200, "procedures.errors.labelRequired", "procedures.errors.labelTooLong"),
  hintIt: optionalText(400, "procedures.errors.hintTooLong"),
  hintEn: optionalText(400, "procedures.errors.hintTooLong"),
  required: z.preprocess((value) => value === "on" || value === true, z.boolean()),
});
export type StepEdit = z.infer<typeof stepEditSchema>;

/** A new tick step at the end of the service's procedure. */
export const stepAddSchema = z.object({
  serviceCode: z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/, "procedures.errors.notFound"),
  labelIt: text(200, "procedures.errors.labelRequired", "procedures.errors.labelTooLong"),
  labelEn: text(200, "procedures.errors.labelRequired", "procedures.errors.labelTooLong"),
  hintIt: optionalText(400, "procedures.errors.hintTooLong"),
  hintEn: optionalText(400, "procedures.errors.hintTooLong"),
  required: z.preprocess((value) => value === "on" || value === true, z.boolean()),
});
export type StepAdd = z.infer<typeof stepAddSchema>;

export const stepMoveSchema = z.object({ stepId: z.uuid("procedures.errors.notFound"), direction: z.enum(["up", "down"]) });
export const stepActiveSchema = z.object({ stepId: z.uuid("procedures.errors.notFound"), active: z.enum(["true", "false"]).transform((value) => value === "true") });
