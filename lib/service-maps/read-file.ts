import { createHash } from "node:crypto";

/** The largest file accepted (the municipality's is under 400 kB); its base64 copy in the confirm form stays under the server actions' 6 MB. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadFileResult =
  | { ok: true; text: string; sha256: string }
  | { ok: false; error: "EMPTY" | "TOO_LARGE" | "NOT_UTF8" | "NO_MAPS" };

/** The file's text if it is UTF-8 text of a sensible size, and its SHA-256. */
export function decodeServiceMapsFile(bytes: Uint8Array): ReadFileResult {
  if (bytes.byteLength === 0) return { ok: false, error: "EMPTY" };
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, error: "TOO_LARGE" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: "NOT_UTF8" };
  }
  // NUL bytes do not occur in text: a binary file that happens to decode.
  if (text.includes("\u0000")) return { ok: false, error: "NOT_UTF8" };
  return { ok: true, text, sha256: createHash("sha256").update(bytes).digest("hex") };
}
