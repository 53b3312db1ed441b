"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AuthError, CredentialsSignin } from "next-auth";

import { signInErrorKey, type SignInErrorKey, type SignInFailure, type SignInState } from "@/components/auth/sign-in-state";
import { signIn } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/auth/client-address";
import { signInSchema } from "@/lib/auth/schema";
import { lockedUntil, throttleKey, type Scope } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { safeReturnPath } from "@/lib/i18n/return-path";
import { areaHome, signInReturnPath } from "@/lib/staff/area-home";

const MINUTE = 60_000;

function failure(error: SignInErrorKey, email: string, extra: Partial<SignInFailure> = {}): SignInFailure {
  return { ok: false, error, fieldErrors: {}, values: { email }, ...extra };
}

/** Whole minutes until the lock that refused the sign-in ends (the account's, or the address's). */
async function minutesLocked(email: string): Promise<number> {
  const now = new Date();
  const keys: { scope: Scope; key: string }[] = [{ scope: "ACCOUNT", key: throttleKey(email) }];
  const address = clientAddress(await headers());
  if (address) keys.push({ scope: "IP", key: throttleKey(address) });
  const until = await lockedUntil(db(), keys, now);
  return until ? Math.max(1, Math.ceil((until.getTime() - now.getTime()) / MINUTE)) : 1;
}

/** The staff sign-in form: e-mail and password, then the page asked for or the role's home. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const typedEmail = formData.get("email");
  // Sent back so the visitor need not type it again; the password never is.
  const email = typeof typedEmail === "string" ? typedEmail.trim().slice(0, 254) : "";
  const input = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!input.success) {
    const fieldErrors: SignInFailure["fieldErrors"] = {};
    for (const issue of input.error.issues) {
      const field = issue.path[0];
      if ((field === "email" || field === "password") && !fieldErrors[field]) fieldErrors[field] = signInErrorKey(issue.message);
    }
    const error = fieldErrors.email ?? fieldErrors.password ?? "auth.errors.invalidCredentials";
    return { ...failure(error, email), fieldErrors };
  }

  try {
    // No redirect from Auth.js itself: it would answer with an absolute URL built from the Host header,
    // and the home page depends on the role, known only once the password is checked.
    await signIn("credentials", { email: input.data.email, password: input.data.password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error instanceof CredentialsSignin) {
      if (error.code === "locked") return failure("auth.errors.locked", email, { minutes: await minutesLocked(input.data.email) });
      return failure("auth.errors.invalidCredentials", email);
    }
    // Anything else (the database is down, a configuration error) is logged by Auth.js already.
    return failure("auth.errors.unavailable", email);
  }

  let destination = signInReturnPath(safeReturnPath(formData.get("callbackUrl")));
  if (!destination) {
    const user = await db().user.findUnique({ where: { email: input.data.email }, select: { role: true } });
    destination = user ? areaHome(user.role) : "/accesso";
  }
  redirect(destination);
}
