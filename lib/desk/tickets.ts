import type { DbClient } from "@/lib/db";

/** The next ticket number of a desk's day: one atomic upsert, so two volunteers never share one. */
export async function nextTicketNumber(db: DbClient, sedeId: string, day: Date): Promise<number> {
  const rows = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO "TicketCounter" ("sedeId", "day", "last") VALUES (${sedeId}::uuid, ${day}::date, 1)
    ON CONFLICT ("sedeId", "day") DO UPDATE SET "last" = "TicketCounter"."last" + 1
    RETURNING "last"`;
  return rows[0].last;
}

/**
 * What the ticket, the display and the volunteer read: "P-007" for a booked citizen (prenotazione),
 * "S-014" for one without a booking (senza prenotazione). One count per desk and day for both.
 */
export function ticketLabel(visit: { ticketNumber: number; appointmentId: string | null }): string {
  return `${visit.appointmentId ? "P" : "S"}-${String(visit.ticketNumber).padStart(3, "0")}`;
}

/**
 * Where a citizen stands in the queue. A walk-in queues from arrival; a booked citizen from the time
 * of the appointment, or from arrival if late: coming early does not jump the walk-ins already
 * waiting, and coming on time is not overtaken by anyone who arrived after the appointment time.
 */
export function queuedAt(arrivedAt: Date, appointmentStartsAt: Date | null): Date {
  if (!appointmentStartsAt) return arrivedAt;
  return appointmentStartsAt > arrivedAt ? appointmentStartsAt : arrivedAt;
}
