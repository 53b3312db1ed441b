import { TZDate } from "@date-fns/tz";

import { audit } from "@/lib/audit/audit";
import { ROME, romeDay } from "@/lib/calendar/time";
import type { Db } from "@/lib/db";

/**
 * How many records one purge wiped (appointments, visits, complaints, questionnaire comments) or
 * deleted (outbox mails, expired questionnaire codes).
 */
export interface PurgeCounts {
  appointments: number;
  visits: number;
  mails: number;
  complaints: number;
  comments: number;
  codes: number;
}

/** `retentionDays` Rome calendar days before `now`, at the same wall-clock time (DST-safe). */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  if (!Number.isInteger(retentionDays) || retentionDays < 1) {
    // 0 or NaN would wipe everything or fail half-way: refuse before touching any row.
    throw new RangeError(`Not a retention period in days: ${retentionDays}`);
  }
  const local = new TZDate(now, ROME);
  local.setDate(local.getDate() - retentionDays);
  return new Date(local.getTime());
}

/**
 * Wipes citizens' personal data older than the retention period, keeping the rows that the figures
 * count:
 * - appointments that ended before the cutoff: name blanked, e-mail, phone and codice fiscale cleared;
 * - visits of a Rome day before the cutoff's: walk-in name and notes cleared;
 * - outbox mails (development and tests only) written before the cutoff: deleted, since they quote
 *   whole messages;
 * - complaints answered or closed before the cutoff: text, e-mail, answer and closing reason cleared
 *   (kind, desk, status and dates stay for the figures); open ones wait for their answer;
 * - questionnaire comments written before the cutoff: cleared (the ratings stay);
 * - questionnaire codes past their window: deleted (they open nothing any more).
 *
 * Set-based statements and the audit entry in one transaction: the log says what was wiped
 * exactly when it was. "anonymizedAt" marks what is done, so a second run (or one racing it, which
 * waits on the first one's row locks and then re-checks the condition) wipes nothing and writes no
 * entry. PostgreSQL refuses an anonymized row that still holds personal data (CHECK constraints).
 *
 * Takes the client rather than a transaction because it opens its own.
 */
export async function purgePersonalData(db: Db, input: { now: Date; retentionDays: number }): Promise<PurgeCounts> {
  const cutoff = retentionCutoff(input.now, input.retentionDays);
  return db.$transaction(
    async (tx) => {
      const appointments = await tx.appointment.updateMany({
        where: { endsAt: { lt: cutoff }, anonymizedAt: null },
        data: { citizenName: "", email: null, phone: null, fiscalCode: null, anonymizedAt: input.now },
      });
      const visits = await tx.visit.updateMany({
        where: { day: { lt: romeDay(cutoff) }, anonymizedAt: null },
        data: { citizenName: null, notes: null, anonymizedAt: input.now },
      });
      const mails = await tx.outboxMessage.deleteMany({ where: { createdAt: { lt: cutoff } } });
      const complaints = await tx.complaint.updateMany({
        where: {
          anonymizedAt: null,
          OR: [
            { status: "ANSWERED", answeredAt: { lt: cutoff } },
            { status: "CLOSED", closedAt: { lt: cutoff } },
          ],
        },
        data: { text: null, email: null, answer: null, closeReason: null, anonymizedAt: input.now },
      });
      const comments = await tx.satisfactionAnswer.updateMany({ where: { answeredAt: { lt: cutoff }, comment: { not: null } }, data: { comment: null } });
      const codes = await tx.feedbackCode.deleteMany({ where: { expiresAt: { lt: input.now } } });
      const counts: PurgeCounts = {
        appointments: appointments.count,
        visits: visits.count,
        mails: mails.count,
        complaints: complaints.count,
        comments: comments.count,
        codes: codes.count,
      };
      if (Object.values(counts).some((count) => count > 0)) {
        // Counts only: which records were wiped is in their "anonymizedAt", and nothing else remains.
        await audit(tx, { actorId: null, action: "privacy.purge", metadata: { ...counts }, at: input.now });
      }
      return counts;
    },
    // The first run on a database with years of history updates many rows at once.
    { maxWait: 10_000, timeout: 10 * 60_000 },
  );
}
