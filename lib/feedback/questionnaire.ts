import type { DbClient } from "@/lib/db";
import { violates } from "@/lib/db-errors";
import type { Locale } from "@/lib/i18n/locales";

import { hashFeedbackCode, newFeedbackCode } from "./feedback-code";
import type { QuestionnaireInput } from "./schema";

/**
 * A contact can be rated for 30 days after its end: long enough for a mail read late, short enough
 * that the answer is about that contact. PostgreSQL holds the same window (trigger
 * "SatisfactionAnswer_within_window", 720 hours).
 */
export const FEEDBACK_WINDOW_DAYS = 30;
const WINDOW_MS = FEEDBACK_WINDOW_DAYS * 24 * 60 * 60 * 1000;

export type IssueCodeResult = { ok: true; code: string; expiresAt: Date } | { ok: false; reason: "not_found" | "not_served" | "expired" | "answered" };

/**
 * A new questionnaire code for a served contact of desk `sedeId` (the mailed link, or the code shown
 * on the volunteer's screen). Only its hash is stored; the code is returned once, to be mailed or
 * shown, never logged.
 */
export async function issueFeedbackCode(db: DbClient, input: { visitId: string; sedeId: string; now: Date }): Promise<IssueCodeResult> {
  const visit = await db.visit.findFirst({
    where: { id: input.visitId, sedeId: input.sedeId },
    select: { status: true, outcome: true, endedAt: true, satisfaction: { select: { visitId: true } } },
  });
  if (!visit) return { ok: false, reason: "not_found" };
  if (visit.status !== "DONE" || visit.outcome === "NO_SHOW" || !visit.endedAt) return { ok: false, reason: "not_served" };
  if (visit.satisfaction) return { ok: false, reason: "answered" };
  const expiresAt = new Date(visit.endedAt.getTime() + WINDOW_MS);
  if (expiresAt <= input.now) return { ok: false, reason: "expired" };
  const code = newFeedbackCode();
  await db.feedbackCode.create({ data: { codeHash: hashFeedbackCode(code), visitId: input.visitId, expiresAt, createdAt: input.now } });
  return { ok: true, code, expiresAt };
}

export interface QuestionnaireContact {
  visitId: string;
  deskName: string;
  serviceName: string;
  /** The contact's Rome day, "YYYY-MM-DD". */
  day: string;
  expiresAt: Date;
}

export type FindQuestionnaireResult = { ok: true; contact: QuestionnaireContact } | { ok: false; reason: "unknown" | "expired" | "answered" };

/** The contact a questionnaire code opens, or why it opens none. */
export async function findQuestionnaire(db: DbClient, input: { code: string; now: Date; locale: Locale }): Promise<FindQuestionnaireResult> {
  const found = await db.feedbackCode.findUnique({
    where: { codeHash: hashFeedbackCode(input.code) },
    select: {
      expiresAt: true,
      visit: {
        select: {
          id: true,
          day: true,
          sede: { select: { name: true } },
          sedeService: { select: { service: { select: { code: true, translations: { where: { locale: input.locale }, select: { name: true } } } } } },
          satisfaction: { select: { visitId: true } },
        },
      },
    },
  });
  if (!found) return { ok: false, reason: "unknown" };
  if (found.visit.satisfaction) return { ok: false, reason: "answered" };
  if (found.expiresAt <= input.now) return { ok: false, reason: "expired" };
  const service = found.visit.sedeService.service;
  return {
    ok: true,
    contact: {
      visitId: found.visit.id,
      deskName: found.visit.sede.name,
      serviceName: service.translations[0]?.name ?? service.code,
      day: found.visit.day.toISOString().slice(0, 10),
      expiresAt: found.expiresAt,
    },
  };
}

export type SubmitAnswerResult = { ok: true } | { ok: false; reason: "unknown" | "expired" | "answered" };

/**
 * Stores the citizen's answer. One per contact (primary key) and within the window (trigger): a
 * second answer sent at the same time, or one sent as the window closes, is refused by PostgreSQL
 * even when the check here passed. Nothing identifies the citizen: the answer names the contact only.
 */
export async function submitAnswer(db: DbClient, input: { answers: QuestionnaireInput; now: Date; locale: Locale }): Promise<SubmitAnswerResult> {
  const found = await findQuestionnaire(db, { code: input.answers.code, now: input.now, locale: input.locale });
  if (!found.ok) return found;
  const { overall, clarity, waiting, courtesy, manageAlone, comment } = input.answers;
  try {
    await db.satisfactionAnswer.create({
      data: {
        visitId: found.contact.visitId,
        overall,
        clarity: clarity ?? null,
        waiting: waiting ?? null,
        courtesy: courtesy ?? null,
        manageAlone,
        comment: comment ?? null,
        answeredAt: input.now,
      },
    });
  } catch (error) {
    if (violates(error, "SatisfactionAnswer_pkey")) return { ok: false, reason: "answered" };
    if (violates(error, "SatisfactionAnswer_within_window")) return { ok: false, reason: "expired" };
    throw error;
  }
  return { ok: true };
}
