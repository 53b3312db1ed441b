/** The sign-in form's messages, as keys of messages/*.json. */
export type SignInErrorKey =
  | "auth.errors.emailRequired"
  | "auth.errors.emailInvalid"
  | "auth.errors.passwordRequired"
  | "auth.errors.invalidCredentials"
  | "auth.errors.locked"
  | "auth.errors.unavailable";

export type SignInField = "email" | "password";

/** A refused sign-in. The password is never sent back. */
export interface SignInFailure {
  ok: false;
  /** The message of the summary; for invalid fields, the first field's message. */
  error: SignInErrorKey;
  fieldErrors: Partial<Record<SignInField, SignInErrorKey>>;
  values: { email: string };
  /** With "auth.errors.locked": whole minutes until the lock ends. */
  minutes?: number;
}

/**
 * What the sign-in action answers: null before the first submission, a failure after each refused
 * one. On success it redirects instead (NEXT_REDIRECT), so it never answers with a success.
 */
export type SignInState = SignInFailure | null;

const FIELD_KEYS: readonly SignInErrorKey[] = [
  "auth.errors.emailRequired",
  "auth.errors.emailInvalid",
  "auth.errors.passwordRequired",
  "auth.errors.invalidCredentials",
];

/** A schema message as a known key; anything else (zod's own English text) as the generic refusal. */
export function signInErrorKey(message: string): SignInErrorKey {
  return (FIELD_KEYS as readonly string[]).includes(message) ? (message as SignInErrorKey) : "auth.errors.invalidCredentials";
}
