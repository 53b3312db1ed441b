import { z } from "zod";

export const ROLES = ["VOLUNTEER", "OLP", "ADMIN"] as const;

export const emailSchema = z
  .string({ error: "users.errors.emailRequired" })
  .trim()
  .min(1, "users.errors.emailRequired")
  .max(254, "users.errors.emailInvalid")
  .pipe(z.email("users.errors.emailInvalid"))
  .transform((email) => email.toLowerCase());

/** A new password: long rather than complicated (NIST SP 800-63B). */
export const newPasswordSchema = z
  .string({ error: "users.errors.passwordTooShort" })
  .min(12, "users.errors.passwordTooShort")
  .max(200, "users.errors.passwordTooLong");

export const staffUserSchema = z.object({
  email: emailSchema,
  name: z.string({ error: "users.errors.nameRequired" }).trim().min(2, "users.errors.nameRequired").max(120, "users.errors.nameTooLong"),
  role: z.enum(ROLES, { error: "users.errors.roleInvalid" }),
  sedeIds: z.array(z.uuid("users.errors.deskInvalid")).max(50, "users.errors.deskInvalid"),
  /** A volunteer's first day of service ("YYYY-MM-DD"); empty for anyone else. */
  serviceStartsOn: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "users.errors.serviceStartInvalid")
      .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), "users.errors.serviceStartInvalid")
      .optional(),
  ),
});
export type StaffUserInput = z.infer<typeof staffUserSchema>;

export const setPasswordSchema = z
  .object({
    token: z.string().min(20, "users.errors.invalidToken").max(200, "users.errors.invalidToken"),
    password: newPasswordSchema,
    confirm: z.string(),
  })
  .refine((input) => input.password === input.confirm, { message: "users.errors.passwordsDiffer", path: ["confirm"] });

export const passwordResetRequestSchema = z.object({ email: emailSchema });

/** A user's id in a URL or a hidden field. */
export const userIdSchema = z.uuid("users.errors.notFound");

/** The edit form: the e-mail address is the account's name and does not change. */
export const staffUserUpdateSchema = staffUserSchema.omit({ email: true }).extend({ userId: userIdSchema });

/** Deactivating or reactivating an account from the staff list. */
export const setActiveSchema = z.object({ userId: userIdSchema, active: z.enum(["true", "false"]).transform((value) => value === "true") });
