// A host name or IPv4 address, or a bracketed IPv6 address, with an optional port: nothing that could
// smuggle a path, credentials or a second URL into the links we mail.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin of the links in e-mails (invitations, password links): PUBLIC_URL when it is set, else
 * the origin the request came to, as the reverse proxy reports it. The Host header is the client's to
 * choose, so production deployments should set PUBLIC_URL; a malformed one falls back to localhost.
 */
export function linkBaseUrl(headers: Headers, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl;
  const forwardedProto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const proto = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : "http";
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host")?.trim() || "";
  return `${proto}://${HOST.test(host) ? host : "localhost"}`;
}

/**
 * The origin of links in mail sent outside any request (day-before reminders): PUBLIC_URL, which
 * production requires, else the development server on this machine.
 */
export function configuredBaseUrl({ PUBLIC_URL, PORT }: { PUBLIC_URL?: string; PORT?: string }): string {
  return PUBLIC_URL ?? `http://localhost:${PORT ?? "3000"}`;
}
