"use server";

import { headers } from "next/headers";
import type { z } from "zod";

import type { AnswerQuestionnaireState, FeedbackErrorKey, OpenQuestionnaireState, PublicRefusal } from "@/components/feedback/feedback-form-state";
import { fieldErrorsUnder } from "@/components/forms/field-errors";
import { clientAddress } from "@/lib/auth/client-address";
import { db } from "@/lib/db";
import { findQuestionnaire, submitAnswer } from "@/lib/feedback/questionnaire";
import { codeFormSchema, questionnaireSchema } from "@/lib/feedback/schema";
import { getCurrentLocale } from "@/lib/i18n/server-locale";
import { publicLimiter } from "@/lib/rate-limit/public-limiters";

// Public: the questionnaire code is the citizen's only key. Every try counts against the client
// address's budget, so that codes cannot be guessed; a wrong code changes nothing.

const REASON = { unknown: "feedback.errors.codeUnknown", expired: "feedback.errors.codeExpired", answered: "feedback.errors.codeAnswered" } as const;

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

/** Rate limit per client address; the number of minutes to wait when the budget is spent. */
async function limited(key: string): Promise<number | null> {
  const limit = await publicLimiter("feedbackCode").consume(clientAddress(await headers()) ?? key);
  return limit.allowed ? null : Math.max(1, Math.ceil(limit.retryAfterSeconds / 60));
}

function failed(what: string, error: unknown, values?: Record<string, string>): PublicRefusal {
  // The class only: messages can quote what the citizen wrote.
  console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
  return refused("feedback.errors.unavailable", {}, values);
}

/** Step one: the code typed (or carried by the link) opens its contact's questionnaire. */
export async function openQuestionnaireAction(_previous: OpenQuestionnaireState, formData: FormData): Promise<OpenQuestionnaireState> {
  const values = { code: text(formData, "code", 300) };
  const input = codeFormSchema.safeParse(values);
  if (!input.success) return refused("feedback.errors.invalidForm", fieldErrorsOf(input.error), values);
  const wait = await limited(input.data.code);
  if (wait) return refused("feedback.errors.rateLimited", {}, values, wait);
  try {
    const found = await findQuestionnaire(db(), { code: input.data.code, now: new Date(), locale: await getCurrentLocale() });
    if (!found.ok) return refused(REASON[found.reason], { code: REASON[found.reason] }, values);
    const { deskName, serviceName, day } = found.contact;
    return { ok: true, data: { code: input.data.code, deskName, serviceName, day, at: Date.now() } };
  } catch (error) {
    return failed("findQuestionnaire", error, values);
  }
}

/** Step two: the answers, stored once for the contact, with nothing that names the citizen. */
export async function answerQuestionnaireAction(_previous: AnswerQuestionnaireState, formData: FormData): Promise<AnswerQuestionnaireState> {
  const values = Object.fromEntries(
    (["code", "overall", "clarity", "waiting", "courtesy", "manageAlone"] as const).map((name) => [name, text(formData, name, 300)]),
  );
  values.comment = text(formData, "comment", 4000);
  const input = questionnaireSchema.safeParse(values);
  if (!input.success) return refused("feedback.errors.invalidForm", fieldErrorsOf(input.error), values);
  const wait = await limited(input.data.code);
  if (wait) return refused("feedback.errors.rateLimited", {}, values, wait);
  try {
    const result = await submitAnswer(db(), { answers: input.data, now: new Date(), locale: await getCurrentLocale() });
    if (!result.ok) return refused(REASON[result.reason], {}, values);
    return { ok: true, data: { at: Date.now() } };
  } catch (error) {
    return failed("submitAnswer", error, values);
  }
}
