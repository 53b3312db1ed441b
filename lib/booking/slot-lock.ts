import type { DbClient } from "@/lib/db";

interface SlotRef {
  sedeId: string;
  serviceId: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Interactive transactions that wait for a slot's lock: under a rush, requests queue for a pooled
 * connection (maxWait) rather than fail.
 */
export const SLOT_TRANSACTION = { maxWait: 20_000, timeout: 15_000 } as const;

/** Holds the slot's lock until the transaction ends: bookings of one slot go one at a time. */
export async function lockSlot(tx: DbClient, slot: SlotRef): Promise<void> {
  const key = `slot:${slot.sedeId}:${slot.serviceId}:${slot.startsAt.toISOString()}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** The lowest place number of 1…capacity that no live appointment overlapping the slot holds. */
export async function freeSeat(tx: DbClient, slot: SlotRef, capacity: number, ignoreId?: string): Promise<number | null> {
  const held = await tx.appointment.findMany({
    where: {
      sedeId: slot.sedeId,
      serviceId: slot.serviceId,
      status: { not: "CANCELLED" },
      seat: { not: null },
      startsAt: { lt: slot.endsAt },
      endsAt: { gt: slot.startsAt },
      ...(ignoreId ? { id: { not: ignoreId } } : {}),
    },
    select: { seat: true },
  });
  const taken = new Set(held.map((row) => row.seat));
  for (let seat = 1; seat <= capacity; seat++) if (!taken.has(seat)) return seat;
  return null;
}
