import { createHash, randomBytes } from "node:crypto";

// Crockford's base 32 (no I, L, O or U), as booking codes: a code read off a screen and typed on a
// phone is not mistyped. 12 characters are 60 random bits: with the look-ups rate-limited, guessing
// one of the few live codes is hopeless, and the code stays short enough to type.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 12;

/** A new questionnaire code, e.g. "7KQ2-M9XD-4TNB". */
export function newFeedbackCode(): string {
  const bytes = randomBytes(LENGTH);
  // Each byte's low five bits: 32 divides 256, so every character is equally likely.
  const plain = Array.from(bytes, (byte) => ALPHABET[byte & 31]).join("");
  return plain.match(/.{4}/g)!.join("-");
}

/**
 * A code as typed or read from the QR code's link: any case, spaces or dashes, O for 0, I and L for
 * 1; a link ending with "?codice=…" gives its code. Null when it cannot be a code.
 */
export function normalizeFeedbackCode(input: string): string | null {
  const candidate = input.trim().split(/[/?=#&]/).at(-1) ?? "";
  const plain = candidate
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (!new RegExp(`^[0-9A-HJKMNP-TV-Z]{${LENGTH}}$`).test(plain)) return null;
  return plain.match(/.{4}/g)!.join("-");
}

/** What the database keeps of a code: its SHA-256 in hex. */
export const hashFeedbackCode = (code: string) => createHash("sha256").update(code).digest("hex");

/** The public page that opens the questionnaire of `code`. */
export function questionnaireUrl(baseUrl: string, code: string): string {
  const url = new URL("/valuta", baseUrl);
  url.searchParams.set("codice", code);
  return url.toString();
}
