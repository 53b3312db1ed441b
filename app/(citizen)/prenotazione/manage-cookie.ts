import { MANAGE_COOKIE, MANAGE_SECONDS, manageToken, readManageToken } from "@/lib/booking/manage-session";
import { env } from "@/lib/env";
import { appSecret } from "@/lib/security/app-secret";

type CookieJar = {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: Record<string, unknown>): unknown;
};

function secret(): string {
  const key = appSecret();
  if (!key) throw new Error("AUTH_SECRET is not set");
  return key;
}

/** Remembers, for half an hour, that this browser proved a booking is its own. */
export async function setManageCookie(jar: CookieJar, appointmentId: string): Promise<void> {
  jar.set(MANAGE_COOKIE, manageToken(appointmentId, secret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NODE_ENV === "production" && env().PUBLIC_URL?.startsWith("https:"),
    path: "/prenotazione",
    maxAge: MANAGE_SECONDS,
  });
}

/** The booking this browser may see and change now, if any. */
export function managedAppointmentId(jar: CookieJar): string | null {
  return readManageToken(jar.get(MANAGE_COOKIE)?.value, secret());
}

/** "Esci": this browser no longer shows the booking (on a shared computer, for instance). */
export function forgetManagedBooking(jar: CookieJar): void {
  jar.set(MANAGE_COOKIE, "", { path: "/prenotazione", maxAge: 0 });
}
