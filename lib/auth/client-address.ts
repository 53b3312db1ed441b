/**
 * The client's address as the reverse proxy reports it (first X-Forwarded-For entry, or X-Real-IP),
 * used only to throttle sign-in. Null when there is none (e.g. a direct `next start` on localhost).
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || headers.get("x-real-ip")?.trim();
  return address && address.length <= 100 ? address : null;
}
