import type { z } from "zod";

import type { Messages } from "@/lib/i18n/messages";
import type { ManageError } from "@/lib/users/manage-users";

/** A message of the staff-management forms, as a key of messages/users.*.json. */
export type UsersErrorKey = `users.errors.${keyof Messages["users"]["errors"]}`;

/** A refused form: the summary's message, one message per invalid field, and what was typed. */
export interface FormFailure<Field extends string, Values> {
  ok: false;
  error: UsersErrorKey;
  fieldErrors: Partial<Record<Field, UsersErrorKey>>;
  values: Values;
  /** With "users.errors.rateLimited": whole minutes to wait. */
  minutes?: number;
}

/** What a form's action answers: null before the first submission. */
export type FormState<Field extends string, Values, Data = never> =
  | { ok: true; data: Data }
  | FormFailure<Field, Values>
  | null;

export type UserFormField = "name" | "email" | "role" | "sedeIds" | "serviceStartsOn";
export interface UserFormValues {
  name: string;
  email: string;
  role: string;
  sedeIds: string[];
  serviceStartsOn: string;
}
/** The new-user and edit-user forms; on success their actions redirect instead of answering. */
export type UserFormState = FormState<UserFormField, UserFormValues>;

export type ForgotPasswordState = FormState<"email", { email: string }, null>;
export type SetPasswordField = "password" | "confirm";
export type SetPasswordState = FormState<SetPasswordField, Record<string, never>>;

const ERROR_KEYS = new Set<string>([
  "emailRequired",
  "emailInvalid",
  "nameRequired",
  "nameTooLong",
  "roleInvalid",
  "deskInvalid",
  "passwordTooShort",
  "passwordTooLong",
  "passwordsDiffer",
  "invalidToken",
  "invalidForm",
  "forbidden",
  "emailTaken",
  "notFound",
  "self",
  "rateLimited",
  "unavailable",
  "serviceStartInvalid",
  "serviceStartNeedsVolunteer",
  "serviceStartNeedsProject",
  "serviceStartInUse",
] satisfies (keyof Messages["users"]["errors"])[]);

/** A schema message as a known key; anything else (zod's own English text) as the generic one. */
export function usersErrorKey(message: string): UsersErrorKey {
  const name = message.startsWith("users.errors.") ? message.slice("users.errors.".length) : "";
  return ERROR_KEYS.has(name) ? (message as UsersErrorKey) : "users.errors.invalidForm";
}

/** The first message of each of `fields` that failed, as keys. */
export function fieldErrorsOf<Field extends string>(
  error: z.ZodError,
  fields: readonly Field[],
): Partial<Record<Field, UsersErrorKey>> {
  const fieldErrors: Partial<Record<Field, UsersErrorKey>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as Field;
    if (fields.includes(field) && !fieldErrors[field]) fieldErrors[field] = usersErrorKey(issue.message);
  }
  return fieldErrors;
}

const MANAGE_ERRORS: Record<ManageError, UsersErrorKey> = {
  forbidden: "users.errors.forbidden",
  enrolment_needs_volunteer: "users.errors.serviceStartNeedsVolunteer",
  enrolment_needs_one_project: "users.errors.serviceStartNeedsProject",
  enrolment_in_use: "users.errors.serviceStartInUse",
  email_taken: "users.errors.emailTaken",
  not_found: "users.errors.notFound",
  self: "users.errors.self",
};

export const manageErrorKey = (error: ManageError): UsersErrorKey => MANAGE_ERRORS[error];

/** A text field of a submitted form, trimmed and bounded, to send back to the form. */
export function typed(formData: FormData, name: string, max = 254): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim().slice(0, max) : "";
}
