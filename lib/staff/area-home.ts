import type { Role } from "@/lib/generated/prisma/client";

/** Where a staff member lands after signing in with no page to go back to. */
export function areaHome(role: Role): "/sportello" | "/supervisione" {
  return role === "VOLUNTEER" ? "/sportello" : "/supervisione";
}

/**
 * The page to open after signing in: the local path the visitor was sent away from, or "" when there
 * is none worth going back to (the home page, the sign-in page itself), so that the role decides.
 */
export function signInReturnPath(safePath: string): string {
  if (safePath === "/" || safePath === "/accesso" || safePath.startsWith("/accesso?") || safePath.startsWith("/accesso/")) {
    return "";
  }
  return safePath;
}
