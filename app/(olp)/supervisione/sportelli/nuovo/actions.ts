"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import { fieldErrorsUnder } from "@/components/forms/field-errors";
import type { DeskAdminErrorKey, DeskAdminFormState } from "@/components/desk-admin/desk-admin-form-state";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createDesk } from "@/lib/desk-admin/create-desk";
import { newDeskSchema } from "@/lib/desk-admin/schema";

// Creating a desk is an administrator's act: a desk is an SCU "sede di attuazione" accredited for the
// ente, and whoever creates it chooses who supervises it. See docs/desk-admin.md.

const DETAILS = ["scuCode", "enteId", "name", "street", "postalCode", "city", "phone", "email", "openingNotesIt", "openingNotesEn", "olpId"] as const;

const refused = (error: DeskAdminErrorKey, fieldErrors: Partial<Record<string, DeskAdminErrorKey>>, values: Record<string, string>): DeskAdminFormState => ({
  ok: false,
  error,
  fieldErrors,
  values,
  at: Date.now(),
});

async function codeTaken(scuCode: string): Promise<boolean> {
  try {
    return (await db().sede.count({ where: { scuCode: scuCode.trim() } })) > 0;
  } catch {
    return false;
  }
}

/** A new desk with its projects and OLP; then its administration page, to add hours and services. */
export async function createDeskAction(_previous: DeskAdminFormState, formData: FormData): Promise<DeskAdminFormState> {
  const staff = await requireRole(["ADMIN"], "/supervisione/sportelli/nuovo");
  const text = (name: string) => String(formData.get(name) ?? "").slice(0, 600);
  const projectIds = formData.getAll("projectIds").map(String).slice(0, 20);
  const raw = Object.fromEntries(DETAILS.map((name) => [name, text(name)]));
  // What was typed comes back with a refusal, so that nothing has to be typed twice.
  const values: Record<string, string> = { ...raw, projectIds: projectIds.join(",") };
  for (const projectId of projectIds) values[`places-${projectId}`] = text(`places-${projectId}`);
  const input = newDeskSchema.safeParse({ ...raw, projects: projectIds.map((projectId) => ({ projectId, volunteerPlaces: text(`places-${projectId}`) })) });
  if (!input.success) {
    // projects[i].volunteerPlaces → that project's places field.
    const field = (path: readonly PropertyKey[]) =>
      path[0] === "projects" && typeof path[1] === "number" ? (path[2] === "volunteerPlaces" ? `places-${projectIds[path[1]]}` : "projects") : String(path[0] ?? "form");
    const fieldErrors = fieldErrorsUnder<DeskAdminErrorKey>(input.error.issues, "deskAdmin.errors.", field);
    // A taken code is said with the other errors, not after they are fixed (the key still decides on saving).
    if (!fieldErrors.scuCode && (await codeTaken(raw.scuCode))) fieldErrors.scuCode = "deskAdmin.errors.scuCodeTaken";
    return refused("deskAdmin.errors.invalidForm", fieldErrors, values);
  }
  let created;
  try {
    created = await createDesk(db(), { ...input.data, actorId: staff.id });
  } catch (error) {
    console.error(`createDesk failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return refused("deskAdmin.errors.unavailable", {}, values);
  }
  if (!created.ok) {
    switch (created.reason) {
      case "scu_code_taken":
        return refused("deskAdmin.errors.scuCodeTaken", { scuCode: "deskAdmin.errors.scuCodeTaken" }, values);
      case "ente_not_found":
        return refused("deskAdmin.errors.enteRequired", { enteId: "deskAdmin.errors.enteRequired" }, values);
      case "project_other_ente":
      case "project_repeated":
        return refused("deskAdmin.errors.projectOtherEnte", { projects: "deskAdmin.errors.projectOtherEnte" }, values);
      case "olp_invalid":
        return refused("deskAdmin.errors.olpInvalid", { olpId: "deskAdmin.errors.olpInvalid" }, values);
    }
  }
  revalidatePath("/supervisione");
  redirect(`/supervisione/sportelli/${created.scuCode}/gestione?esito=creato`);
}
