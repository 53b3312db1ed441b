"use server";

import { headers } from "next/headers";
import { after } from "next/server";

import { fieldErrorsOf, typed, type ForgotPasswordState } from "@/components/users/form-state";
import { clientAddress } from "@/lib/auth/client-address";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { linkBaseUrl } from "@/lib/mail/link-base-url";
import { publicLimiter } from "@/lib/rate-limit/public-limiters";
import { requestPasswordReset } from "@/lib/users/password-tokens";
import { passwordResetRequestSchema } from "@/lib/users/schema";

/**
 * "Forgot password": the same answer whether or not an account has this address. The link is made
 * and mailed after the answer has gone (`after`), so the answer's timing does not tell either.
 */
export async function requestPasswordResetAction(_previous: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const values = { email: typed(formData, "email") };
  const input = passwordResetRequestSchema.safeParse({ email: formData.get("email") });
  if (!input.success) {
    const fieldErrors = fieldErrorsOf(input.error, ["email"] as const);
    return { ok: false, error: fieldErrors.email ?? "users.errors.invalidForm", fieldErrors, values };
  }

  const requestHeaders = await headers();
  // Per client address; with none (a direct `next start`), per address asked about.
  const limit = await publicLimiter("passwordReset").consume(clientAddress(requestHeaders) ?? input.data.email);
  if (!limit.allowed) {
    return { ok: false, error: "users.errors.rateLimited", fieldErrors: {}, values, minutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)) };
  }

  const { email } = input.data;
  const baseUrl = linkBaseUrl(requestHeaders, env().PUBLIC_URL);
  after(async () => {
    try {
      await requestPasswordReset(db(), { email, baseUrl });
    } catch (error) {
      // The class only: the message could quote the address.
      console.error(`requestPasswordReset failed: ${error instanceof Error ? error.name : "unknown error"}`);
    }
  });
  return { ok: true, data: null };
}
