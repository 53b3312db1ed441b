import type { LimitRule } from "./limiter";

/** Public actions and their limits per client address. */
export const PUBLIC_LIMITS = {
  /** Online bookings: a family books a few, a script books hundreds. */
  booking: { name: "booking", points: 10, windowSeconds: 10 * 60 },
  /** Looking up a booking by code and e-mail: guessing codes must stay slow. */
  codeLookup: { name: "code-lookup", points: 20, windowSeconds: 15 * 60 },
  /** Questionnaire codes tried and answers sent: a family answers a few, guessing codes must stay slow. */
  feedbackCode: { name: "feedback-code", points: 20, windowSeconds: 15 * 60 },
  /** Complaints filed: each may mail a receipt, so a script must not turn the form into a mail cannon. */
  complaint: { name: "complaint", points: 5, windowSeconds: 15 * 60 },
  /** "Forgot password": each request mails a link, so a script must not turn it into a mail cannon. */
  passwordReset: { name: "password-reset", points: 5, windowSeconds: 15 * 60 },
} as const satisfies Record<string, LimitRule>;
