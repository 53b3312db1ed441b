import { createHash, createHmac, timingSafeEqual } from "node:crypto";

import { audit } from "@/lib/audit/audit";
import type { Db, DbClient } from "@/lib/db";

import { applyImport, previewImport } from "./import";
import { parseServiceMaps } from "./parse";
import type { ImportPlan } from "./plan";
import { decodeServiceMapsFile } from "./read-file";
import { summarize, type FileSummary } from "./summary";
import type { SkippedLine } from "./types";

/** What the upload page shows before the administrator confirms, and what the confirmation sends back. */
export interface UploadPreview {
  fileName: string;
  sha256: string;
  summary: FileSummary;
  skipped: SkippedLine[];
  plan: ImportPlan;
  /** The file's bytes in base64: form submission would turn its line ends into CRLF. */
  content: string;
  /** HMAC of the file's hash and the maps' state: the confirmation applies only what was previewed. */
  signature: string;
}

export type UploadError = "EMPTY" | "TOO_LARGE" | "NOT_UTF8" | "NO_MAPS" | "TAMPERED" | "STALE";

function sign(secret: string, sha256: string, stateToken: string): string {
  return createHmac("sha256", secret).update(`service-maps-upload:${sha256}:${stateToken}`).digest("hex");
}

/** Reads an uploaded file and plans its import against the maps as stored. Writes nothing. */
export async function previewUpload(
  db: DbClient,
  input: { fileName: string; bytes: Uint8Array; secret: string },
): Promise<{ ok: true; preview: UploadPreview } | { ok: false; error: UploadError }> {
  const decoded = decodeServiceMapsFile(input.bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseServiceMaps(decoded.text);
  if (parsed.maps.length === 0) return { ok: false, error: "NO_MAPS" };
  const plan = await previewImport(db, parsed);
  return {
    ok: true,
    preview: {
      fileName: input.fileName,
      sha256: decoded.sha256,
      summary: summarize(parsed),
      skipped: parsed.skipped,
      plan,
      content: Buffer.from(input.bytes).toString("base64"),
      signature: sign(input.secret, decoded.sha256, plan.stateToken),
    },
  };
}

export interface UploadConfirmation {
  fileName: string;
  content: string;
  sha256: string;
  stateToken: string;
  signature: string;
}

/**
 * Applies exactly the previewed file: its bytes must hash to the previewed hash, signed together with
 * the maps' state at the preview; if the maps changed since, nothing is written ("STALE").
 */
export async function confirmUpload(
  db: Db,
  input: UploadConfirmation & { userId: string; secret: string },
): Promise<{ ok: true; changed: boolean; plan: ImportPlan } | { ok: false; error: UploadError }> {
  const expected = Buffer.from(sign(input.secret, input.sha256, input.stateToken), "hex");
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(input.signature) ? input.signature : "", "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, error: "TAMPERED" };
  const bytes = Buffer.from(input.content, "base64");
  if (createHash("sha256").update(bytes).digest("hex") !== input.sha256) return { ok: false, error: "TAMPERED" };
  const decoded = decodeServiceMapsFile(bytes);
  if (!decoded.ok) return decoded;
  const parsed = parseServiceMaps(decoded.text);
  if (parsed.maps.length === 0) return { ok: false, error: "NO_MAPS" };
  const result = await applyImport(db, parsed, {
    fileName: input.fileName,
    sha256: decoded.sha256,
    userId: input.userId,
    expectedState: input.stateToken,
  });
  if (!result.ok) return { ok: false, error: "STALE" };
  if (result.changed) {
    await audit(db, {
      actorId: input.userId,
      action: "service_maps.imported",
      entityType: "ServiceMapImport",
      entityId: result.importId,
      metadata: { added: result.plan.added.length, changed: result.plan.changed.length, removed: result.plan.removed.length },
    });
  }
  return { ok: true, changed: result.changed, plan: result.plan };
}
