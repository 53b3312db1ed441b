import type { DbClient } from "@/lib/db";
import { sendBookingMail } from "@/lib/booking/mails";

/**
 * Mails each citizen whose appointment a desk closure cancelled: the cancellation mail, saying the desk
 * is closed, in the citizen's language. Appointments without an e-mail get none. One failure does not
 * stop the others; only the error's class is logged (mails hold personal data).
 */
export async function mailClosureCancellations(
  db: DbClient,
  input: { appointmentIds: string[]; baseUrl: string; now?: Date },
): Promise<{ sent: number; noEmail: number; failed: number }> {
  const tally = { sent: 0, noEmail: 0, failed: 0 };
  for (const appointmentId of input.appointmentIds) {
    try {
      const result = await sendBookingMail(db, { appointmentId, kind: "cancelled", baseUrl: input.baseUrl, now: input.now, cause: "desk_closed" });
      if (result === "sent") tally.sent += 1;
      else tally.noEmail += 1;
    } catch (error) {
      tally.failed += 1;
      console.error(`closure cancellation mail failed: ${error instanceof Error ? error.name : "unknown error"}`);
    }
  }
  return tally;
}
