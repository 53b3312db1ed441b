"use server";

import { headers } from "next/headers";
import type { z } from "zod";

import type { ComplaintStatusState, FeedbackErrorKey, FileComplaintState, PublicRefusal } from "@/components/feedback/feedback-form-state";
import { fieldErrorsUnder } from "@/components/forms/field-errors";
import { clientAddress } from "@/lib/auth/client-address";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fileComplaint, lookupComplaintStatus } from "@/lib/feedback/complaints";
import { complaintLookupSchema, complaintSchema } from "@/lib/feedback/schema";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { linkBaseUrl } from "@/lib/mail/link-base-url";
import { publicLimiter } from "@/lib/rate-limit/public-limiters";

const refused = (error: FeedbackErrorKey, fieldErrors: PublicRefusal["fieldErrors"] = {}, values?: Record<string, string>, minutes?: number): PublicRefusal => ({
  ok: false,
  error,
  fieldErrors,
  values,
  minutes,
  at: Date.now(),
});

const fieldErrorsOf = (error: z.ZodError) => fieldErrorsUnder<FeedbackErrorKey>(error.issues, "feedback.errors.");

const text = (formData: FormData, name: string, max: number) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};

function failed(what: string, error: unknown, values?: Record<string, string>): PublicRefusal {
  // The class only: messages can quote what the citizen wrote.
  console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
  return refused("feedback.errors.unavailable", {}, values);
}

const FILE_REFUSAL = {
  unknown_desk: ["feedback.errors.unknownDesk", "scuCode"],
  unknown_service: ["feedback.errors.unknownService", "serviceCode"],
} as const;

/** A complaint, report or praise, with no account: rate-limited per client address. */
export async function fileComplaintAction(_previous: FileComplaintState, formData: FormData): Promise<FileComplaintState> {
  const values = {
    kind: text(formData, "kind", 20),
    scuCode: text(formData, "scuCode", 20),
    serviceCode: text(formData, "serviceCode", 60),
    text: text(formData, "text", 8000),
    email: text(formData, "email", 300),
    consent: text(formData, "consent", 10),
  };
  const input = complaintSchema.safeParse(values);
  if (!input.success) return refused("feedback.errors.invalidForm", fieldErrorsOf(input.error), values);
  const requestHeaders = await headers();
  const limit = await publicLimiter("complaint").consume(clientAddress(requestHeaders) ?? "unknown");
  if (!limit.allowed) return refused("feedback.errors.rateLimited", {}, values, Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)));
  try {
    const result = await fileComplaint(db(), {
      complaint: input.data,
      locale: await getCurrentLocale(),
      now: new Date(),
      baseUrl: linkBaseUrl(requestHeaders, env().PUBLIC_URL),
    });
    if (!result.ok) {
      const [error, field] = FILE_REFUSAL[result.reason];
      return refused(error, { [field]: error }, values);
    }
    return { ok: true, data: { reference: result.reference, dueAt: result.dueAt.toISOString(), mailed: result.mailed, at: Date.now() } };
  } catch (error) {
    return failed("fileComplaint", error, values);
  }
}

/**
 * The status of a complaint, for the reference and e-mail together. Every mismatch gets the same
 * answer, so that the form cannot tell whether a reference exists; limited like the booking look-up.
 */
export async function complaintStatusAction(_previous: ComplaintStatusState, formData: FormData): Promise<ComplaintStatusState> {
  const values = { reference: text(formData, "reference", 40), email: text(formData, "email", 300) };
  const input = complaintLookupSchema.safeParse(values);
  if (!input.success) return refused("feedback.errors.invalidForm", fieldErrorsOf(input.error), values);
  const limit = await publicLimiter("codeLookup").consume(clientAddress(await headers()) ?? input.data.reference);
  if (!limit.allowed) return refused("feedback.errors.rateLimited", {}, values, Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)));
  try {
    const found = await lookupComplaintStatus(db(), input.data);
    if (!found) return refused("feedback.errors.notFound", {}, values);
    const iso = (instant: Date | null) => (instant ? instant.toISOString() : null);
    return {
      ok: true,
      data: {
        reference: found.reference,
        kind: found.kind,
        status: found.status,
        receivedAt: found.receivedAt.toISOString(),
        dueAt: found.dueAt.toISOString(),
        answeredAt: iso(found.answeredAt),
        answer: found.answer,
        closedAt: iso(found.closedAt),
        closeReason: found.closeReason,
        at: Date.now(),
      },
    };
  } catch (error) {
    return failed("lookupComplaintStatus", error, values);
  }
}
