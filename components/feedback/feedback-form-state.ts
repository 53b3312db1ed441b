import type { FormState } from "@/components/forms/form-state";
import type { Messages } from "@/lib/i18n/messages";

export type FeedbackErrorKey = `feedback.errors.${keyof Messages["feedback"]["errors"]}`;
export type FeedbackDoneKey = `feedback.done.${keyof Messages["feedback"]["done"]}`;

/** What the staff's complaint actions answer. */
export type ComplaintFormState = FormState<FeedbackErrorKey, FeedbackDoneKey>;

/** A public form refused: the message, each field's error, what was typed, and the wait when rate-limited. */
export interface PublicRefusal {
  ok: false;
  error: FeedbackErrorKey;
  fieldErrors: Partial<Record<string, FeedbackErrorKey>>;
  values?: Record<string, string>;
  minutes?: number;
  at: number;
}

/** The code opened a questionnaire: the contact it is about, to show above the questions. */
export type OpenQuestionnaireState = null | { ok: true; data: { code: string; deskName: string; serviceName: string; day: string; at: number } } | PublicRefusal;

export type AnswerQuestionnaireState = null | { ok: true; data: { at: number } } | PublicRefusal;

/** The complaint was filed: its reference and answer deadline (ISO instant). */
export type FileComplaintState = null | { ok: true; data: { reference: string; dueAt: string; mailed: boolean; at: number } } | PublicRefusal;

export interface ComplaintStatusData {
  reference: string;
  kind: "COMPLAINT" | "REPORT" | "PRAISE";
  status: "RECEIVED" | "IN_PROGRESS" | "ANSWERED" | "CLOSED";
  receivedAt: string;
  dueAt: string;
  answeredAt: string | null;
  answer: string | null;
  closedAt: string | null;
  closeReason: string | null;
  at: number;
}

export type ComplaintStatusState = null | { ok: true; data: ComplaintStatusData } | PublicRefusal;

/** A questionnaire code for the volunteer's screen, with its QR code (our own SVG). */
export type FeedbackCodeState = null | { ok: true; data: { code: string; qrSvg: string; expiresAt: string; at: number } } | { ok: false; error: FeedbackErrorKey; at: number };
