import type { DbClient } from "@/lib/db";
import { addRomeDays, startOfRomeDay } from "@/lib/calendar/time";

import { sendBookingMail } from "./mails";

export interface ReminderRun {
  /** Reminders claimed and sent. */
  sent: number;
  /** Sends that failed, and claims left unsent because the run was stopped: the next run tries them again. */
  released: number;
}

/**
 * Sends the day-before reminder of every live appointment with an e-mail that starts on the Rome
 * calendar day after `now`'s, at most once each.
 *
 * One UPDATE … RETURNING claims the whole batch by setting reminderSentAt: PostgreSQL locks each row it
 * updates and re-checks `"reminderSentAt" IS NULL` after waiting for a concurrent run's lock, so two
 * runs (two app instances, or a run overlapping a slow one) never claim the same appointment. A send
 * that fails releases its claim for the next run, and so does every claim still unsent when `signal`
 * aborts (shutdown). A process killed between claim and send loses those reminders rather than risk
 * sending one twice.
 */
export async function sendDueReminders(
  db: DbClient,
  input: { now: Date; baseUrl: string; signal?: AbortSignal },
): Promise<ReminderRun> {
  const tomorrow = addRomeDays(startOfRomeDay(input.now), 1);
  const dayAfter = addRomeDays(tomorrow, 1);

  const claimed = await db.$queryRaw<{ id: string; reminderSentAt: Date }[]>`
    UPDATE "Appointment" SET "reminderSentAt" = ${input.now}
    WHERE "status" = 'BOOKED' AND "reminderSentAt" IS NULL AND "email" IS NOT NULL
      AND "startsAt" >= ${tomorrow} AND "startsAt" < ${dayAfter}
    RETURNING "id", "reminderSentAt"`;

  // Only our own claim is cleared: a reschedule in the meantime has already reset it (and may have
  // been claimed again by a later run).
  const release = (claims: typeof claimed) =>
    db.appointment.updateMany({
      where: { OR: claims.map(({ id, reminderSentAt }) => ({ id, reminderSentAt })) },
      data: { reminderSentAt: null },
    });

  const run: ReminderRun = { sent: 0, released: 0 };
  for (const [index, claim] of claimed.entries()) {
    if (input.signal?.aborted) {
      const rest = claimed.slice(index);
      await release(rest);
      run.released += rest.length;
      break;
    }
    try {
      await sendBookingMail(db, { appointmentId: claim.id, kind: "reminder", baseUrl: input.baseUrl, now: input.now });
      run.sent++;
    } catch {
      // The error is not logged: mail errors quote recipients' addresses.
      await release([claim]);
      run.released++;
    }
  }
  return run;
}
