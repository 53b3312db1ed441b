import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string({ error: "auth.errors.emailRequired" })
    .trim()
    .min(1, "auth.errors.emailRequired")
    .max(254, "auth.errors.emailInvalid")
    .pipe(z.email("auth.errors.emailInvalid"))
    .transform((email) => email.toLowerCase()),
  password: z
    .string({ error: "auth.errors.passwordRequired" })
    .min(1, "auth.errors.passwordRequired")
    // argon2 would hash a megabyte too; nobody's password is longer than this.
    .max(200, "auth.errors.invalidCredentials"),
});

export type SignInInput = z.infer<typeof signInSchema>;
