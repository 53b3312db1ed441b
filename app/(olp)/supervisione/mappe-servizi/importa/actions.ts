"use server";

import type { ImportErrorKey, ImportFormState } from "@/components/service-maps/import-form-state";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { MAX_FILE_BYTES } from "@/lib/service-maps/read-file";
import { revalidateServiceMaps } from "@/lib/service-maps/revalidate";
import { confirmImportSchema, fileNameSchema } from "@/lib/service-maps/schema";
import { confirmUpload, previewUpload, type UploadError } from "@/lib/service-maps/upload";
import { appSecret } from "@/lib/security/app-secret";

const PAGE = "/supervisione/mappe-servizi/importa";

const fail = (error: ImportErrorKey, onFile = false): ImportFormState => ({ ok: false, error, fieldErrors: onFile ? { file: error } : {}, at: Date.now() });

const ERRORS: Record<UploadError, ImportErrorKey> = {
  EMPTY: "serviceMapsImport.errors.empty",
  TOO_LARGE: "serviceMapsImport.errors.tooLarge",
  NOT_UTF8: "serviceMapsImport.errors.notUtf8",
  NO_MAPS: "serviceMapsImport.errors.noMaps",
  TAMPERED: "serviceMapsImport.errors.tampered",
  STALE: "serviceMapsImport.errors.stale",
};

function unavailable(what: string, error: unknown): ImportFormState {
  // The class only: Prisma's messages can quote values.
  console.error(`${what} failed: ${error instanceof Error ? error.name : "unknown error"}`);
  return fail("serviceMapsImport.errors.unavailable");
}

/**
 * The upload page's one action. "preview": reads the uploaded file and shows what importing it would
 * change, writing nothing. "confirm": applies exactly that file (its bytes come back with the hash and
 * a signature of hash and state) in one transaction, or nothing if the maps changed meanwhile; then
 * the public pages are refreshed.
 */
export async function importServiceMapsAction(_previous: ImportFormState, formData: FormData): Promise<ImportFormState> {
  const staff = await requireRole(["ADMIN"], PAGE);
  const secret = appSecret();
  if (!secret) return fail("serviceMapsImport.errors.unavailable");

  if (formData.get("intent") === "confirm") {
    const input = confirmImportSchema.safeParse({
      fileName: formData.get("fileName"),
      content: formData.get("content"),
      sha256: formData.get("sha256"),
      stateToken: formData.get("stateToken"),
      signature: formData.get("signature"),
    });
    if (!input.success) return fail("serviceMapsImport.errors.tampered");
    try {
      const result = await confirmUpload(db(), { ...input.data, userId: staff.id, secret });
      if (!result.ok) return fail(ERRORS[result.error]);
      if (!result.changed) return { ok: true, stage: "done", message: "serviceMapsImport.done.unchanged", values: {}, at: Date.now() };
      revalidateServiceMaps();
      const { added, changed, removed } = result.plan;
      return {
        ok: true,
        stage: "done",
        message: "serviceMapsImport.done.applied",
        values: { added: String(added.length), changed: String(changed.length), removed: String(removed.length) },
        at: Date.now(),
      };
    } catch (error) {
      return unavailable("confirmUpload", error);
    }
  }

  const file = formData.get("file");
  if (!(file instanceof File) || (file.size === 0 && file.name === "")) return fail("serviceMapsImport.errors.fileRequired", true);
  const name = fileNameSchema.safeParse(file.name);
  if (!name.success) return fail((name.error.issues[0]?.message as ImportErrorKey) ?? "serviceMapsImport.errors.invalidForm", true);
  if (file.size > MAX_FILE_BYTES) return fail("serviceMapsImport.errors.tooLarge", true);
  try {
    const result = await previewUpload(db(), { fileName: name.data, bytes: new Uint8Array(await file.arrayBuffer()), secret });
    if (!result.ok) return fail(ERRORS[result.error], true);
    return { ok: true, stage: "preview", preview: result.preview, at: Date.now() };
  } catch (error) {
    return unavailable("previewUpload", error);
  }
}
