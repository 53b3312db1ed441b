import { randomBytes } from "node:crypto";

// Crockford's base 32: no I, L, O or U, so a code read over the phone is not misheard or mistyped.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** 80 random bits as 16 characters in four groups, e.g. "7KQ2-M9XD-4TNB-Z3HC". */
export function newBookingCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let code = "";
  for (let i = 0; i < 16; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return code.match(/.{4}/g)!.join("-");
}

/** A code as typed by a citizen: any case, spaces or dashes, O for 0, I and L for 1. */
export function normalizeBookingCode(input: string): string | null {
  const plain = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(plain)) return null;
  return plain.match(/.{4}/g)!.join("-");
}
