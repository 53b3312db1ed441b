import type { DbClient } from "@/lib/db";

import { readOutboxAttachments } from "./outbox-attachment";

export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: Date;
  /** What was attached, without the content: name, type and size in bytes. */
  attachments: { filename: string; contentType: string; size: number }[];
}

/** The mail kept in the outbox, newest first, and how many there are in all. */
export async function listOutbox(db: DbClient, limit = 100): Promise<{ total: number; messages: OutboxEntry[] }> {
  const [total, rows] = await Promise.all([
    db.outboxMessage.count(),
    db.outboxMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: limit,
      select: { id: true, to: true, subject: true, text: true, createdAt: true, attachments: true },
    }),
  ]);
  return { total, messages: rows.map((row) => ({ ...row, attachments: readOutboxAttachments(row.attachments) })) };
}
