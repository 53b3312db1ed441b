import { createHmac, timingSafeEqual } from "node:crypto";

// After the citizen proves the booking is theirs (code + e-mail, or booking it just now), a signed
// cookie names the appointment for half an hour: the code never travels in a URL or a log.

export const MANAGE_COOKIE = "sd_prenotazione";
export const MANAGE_SECONDS = 30 * 60;

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(payload).digest("base64url");

/** The cookie's value for an appointment, valid until `now + MANAGE_SECONDS`. */
export function manageToken(appointmentId: string, secret: string, now = new Date()): string {
  const payload = `${appointmentId}.${Math.floor(now.getTime() / 1000) + MANAGE_SECONDS}`;
  return `${payload}.${sign(payload, secret)}`;
}

/** The appointment a cookie names, or null when it is forged, malformed or expired. */
export function readManageToken(token: string | undefined, secret: string, now = new Date()): string | null {
  if (!token || token.length > 200) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [appointmentId, expires, signature] = parts;
  const expected = Buffer.from(sign(`${appointmentId}.${expires}`, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (!/^\d+$/.test(expires) || Number(expires) * 1000 <= now.getTime()) return null;
  return /^[0-9a-f-]{36}$/.test(appointmentId) ? appointmentId : null;
}
