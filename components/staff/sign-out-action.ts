"use server";

import { signOut } from "@/lib/auth/auth";

/**
 * Ends the staff session and says so on the sign-in page. No requireRole(): a deactivated account or
 * an expired session must still be able to clear its cookie.
 */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/accesso?uscita=1" });
}
