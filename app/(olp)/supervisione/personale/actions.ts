"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { fieldErrorsOf, manageErrorKey, typed, type UserFormField, type UserFormState, type UserFormValues, type UsersErrorKey } from "@/components/users/form-state";
import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { linkBaseUrl } from "@/lib/mail/link-base-url";
import { createStaffUser, sendPasswordLink, setUserActive, updateStaffUser, type ManageError, type ManageResult } from "@/lib/users/manage-users";
import { setActiveSchema, staffUserSchema, staffUserUpdateSchema, userIdSchema } from "@/lib/users/schema";

import { staffListPath, type Done } from "./outcome";

const FIELDS: UserFormField[] = ["name", "email", "role", "sedeIds", "serviceStartsOn"];

/** The form's fields as the schema reads them: several desks under one name. */
function formInput(formData: FormData) {
  return { ...Object.fromEntries(formData), sedeIds: formData.getAll("sedeIds") };
}

/** What was typed, sent back with the errors so that nothing has to be typed again. */
function typedValues(formData: FormData): UserFormValues {
  return {
    name: typed(formData, "name", 120),
    email: typed(formData, "email"),
    role: typed(formData, "role", 20),
    sedeIds: formData.getAll("sedeIds").filter((id): id is string => typeof id === "string").slice(0, 50),
    serviceStartsOn: typed(formData, "serviceStartsOn", 10),
  };
}

/**
 * Runs a lib call, answering a failure instead of a 500 page when the database is out of reach. Only
 * the error's class is logged: Prisma's messages can quote the values, and those are personal data.
 */
async function attempt<T>(what: string, call: () => Promise<ManageResult<T>>): Promise<ManageResult<T> | { ok: false; error: "unavailable" }> {
  try {
    return await call();
  } catch (error) {
    console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { ok: false, error: "unavailable" };
  }
}

/** The field a refusal is about, to show its message there too. */
function fieldOfManageError(error: ManageError, key: UsersErrorKey): Partial<Record<UserFormField, UsersErrorKey>> {
  if (error === "email_taken") return { email: key };
  if (error === "enrolment_needs_volunteer" || error === "enrolment_needs_one_project" || error === "enrolment_in_use") return { serviceStartsOn: key };
  return {};
}

const baseUrl = async () => linkBaseUrl(await headers(), env().PUBLIC_URL);

function revalidateStaffPages() {
  // The supervision page lists volunteers too.
  revalidatePath("/supervisione", "layout");
}

/** The new-user form: creates the account and mails its invitation. */
export async function createUserAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const actor = await requireRole(OLP_AREA, "/supervisione/personale/nuovo");
  const values = typedValues(formData);
  const input = staffUserSchema.safeParse(formInput(formData));
  if (!input.success) {
    return { ok: false, error: "users.errors.invalidForm", fieldErrors: fieldErrorsOf(input.error, FIELDS), values };
  }
  const url = await baseUrl();
  const result = await attempt("createStaffUser", () => createStaffUser(db(), actor, { ...input.data, baseUrl: url }));
  if (!result.ok) {
    if (result.error === "unavailable") return { ok: false, error: "users.errors.unavailable", fieldErrors: {}, values };
    const error = manageErrorKey(result.error);
    return { ok: false, error, fieldErrors: fieldOfManageError(result.error, error), values };
  }
  revalidateStaffPages();
  redirect(staffListPath({ done: "created", userId: result.data.id }));
}

/** The edit-user form: name, role and desks. */
export async function updateUserAction(_previous: UserFormState, formData: FormData): Promise<UserFormState> {
  const actor = await requireRole(OLP_AREA, "/supervisione/personale");
  const values = typedValues(formData);
  const input = staffUserUpdateSchema.safeParse(formInput(formData));
  if (!input.success) {
    const fieldErrors = fieldErrorsOf(input.error, FIELDS);
    // A tampered hidden id has no field to point at: the summary says the user is not there.
    const error = input.error.issues.some((issue) => issue.path[0] === "userId") ? "users.errors.notFound" : "users.errors.invalidForm";
    return { ok: false, error, fieldErrors, values };
  }
  const result = await attempt("updateStaffUser", () => updateStaffUser(db(), actor, input.data));
  if (!result.ok) {
    if (result.error === "unavailable") return { ok: false, error: "users.errors.unavailable", fieldErrors: {}, values };
    const error = manageErrorKey(result.error);
    return { ok: false, error, fieldErrors: fieldOfManageError(result.error, error), values };
  }
  revalidateStaffPages();
  redirect(staffListPath({ done: "updated", userId: result.data.id }));
}

function listOutcome(result: ManageResult<unknown> | { ok: false; error: "unavailable" }, done: Done, userId: string): string {
  if (result.ok) return staffListPath({ done, userId });
  // Activation and password links never touch the year of service.
  const error = result.error === "enrolment_needs_volunteer" || result.error === "enrolment_needs_one_project" || result.error === "enrolment_in_use" ? "unavailable" : result.error;
  return staffListPath({ error });
}

/** "Disattiva" / "Riattiva" in the staff list; a plain form, so it works without JavaScript. */
export async function setActiveAction(formData: FormData): Promise<void> {
  const actor = await requireRole(OLP_AREA, "/supervisione/personale");
  const input = setActiveSchema.safeParse(Object.fromEntries(formData));
  if (!input.success) redirect(staffListPath({ error: "not_found" }));
  const result = await attempt("setUserActive", () => setUserActive(db(), actor, input.data));
  revalidateStaffPages();
  redirect(listOutcome(result, input.data.active ? "reactivated" : "deactivated", input.data.userId));
}

/** "Invia link password" in the staff list: a new one-time link by e-mail. */
export async function sendPasswordLinkAction(formData: FormData): Promise<void> {
  const actor = await requireRole(OLP_AREA, "/supervisione/personale");
  const userId = userIdSchema.safeParse(formData.get("userId"));
  if (!userId.success) redirect(staffListPath({ error: "not_found" }));
  const url = await baseUrl();
  const result = await attempt("sendPasswordLink", () => sendPasswordLink(db(), actor, { userId: userId.data, baseUrl: url }));
  redirect(listOutcome(result, "linkSent", userId.data));
}
