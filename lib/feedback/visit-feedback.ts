import type { DbClient } from "@/lib/db";

import { FEEDBACK_WINDOW_DAYS } from "./questionnaire";

export type VisitFeedbackStatus =
  | { state: "not_served" }
  | { state: "answered" }
  | { state: "expired" }
  /** `mailed`: the booking left an e-mail, so the citizen gets the link by mail as well. */
  | { state: "open"; mailed: boolean; expiresAt: Date };

/** Where the questionnaire of a desk's contact stands, for the volunteer's contact page. */
export async function visitFeedbackStatus(db: DbClient, input: { visitId: string; sedeId: string; now: Date }): Promise<VisitFeedbackStatus> {
  const visit = await db.visit.findFirst({
    where: { id: input.visitId, sedeId: input.sedeId },
    select: { status: true, outcome: true, endedAt: true, satisfaction: { select: { visitId: true } }, appointment: { select: { email: true } } },
  });
  if (!visit || visit.status !== "DONE" || visit.outcome === "NO_SHOW" || !visit.endedAt) return { state: "not_served" };
  if (visit.satisfaction) return { state: "answered" };
  const expiresAt = new Date(visit.endedAt.getTime() + FEEDBACK_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  if (expiresAt <= input.now) return { state: "expired" };
  return { state: "open", mailed: Boolean(visit.appointment?.email), expiresAt };
}
