import type { DbClient } from "@/lib/db";

export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
}

/** The mail kept in the outbox, newest first, and how many there are in all. */
export async function listOutbox(db: DbClient, limit = 100): Promise<{ total: number; messages: OutboxEntry[] }> {
  const [total, messages] = await Promise.all([
    db.outboxMessage.count(),
    db.outboxMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: { id: true, to: true, subject: true, text: true, createdAt: true },
    }),
  ]);
  return { total, messages };
}
