"use server";

import { redirect } from "next/navigation";

import { fieldErrorsOf, type SetPasswordState } from "@/components/users/form-state";
import { db } from "@/lib/db";
import { setPasswordWithToken } from "@/lib/users/password-tokens";
import { setPasswordSchema } from "@/lib/users/schema";

/** Sets the password with a one-time link, then sends the member to sign in with it. */
export async function setPasswordAction(_previous: SetPasswordState, formData: FormData): Promise<SetPasswordState> {
  // Passwords are never sent back to the form.
  const values = {};
  const input = setPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) {
    if (input.error.issues.some((issue) => issue.path[0] === "token")) {
      return { ok: false, error: "users.errors.invalidToken", fieldErrors: {}, values };
    }
    return { ok: false, error: "users.errors.invalidForm", fieldErrors: fieldErrorsOf(input.error, ["password", "confirm"] as const), values };
  }
  let result;
  try {
    result = await setPasswordWithToken(db(), { token: input.data.token, password: input.data.password });
  } catch (error) {
    console.error(`setPasswordWithToken failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { ok: false, error: "users.errors.unavailable", fieldErrors: {}, values };
  }
  if (!result.ok) return { ok: false, error: "users.errors.invalidToken", fieldErrors: {}, values };
  redirect("/accesso?password=1");
}
