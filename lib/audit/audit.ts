import type { DbClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditEntry {
  /** The staff member who acted; null for anonymous events such as a failed sign-in. */
  actorId: string | null;
  /** "domain.verb", e.g. "auth.sign_in" (checked by the database). */
  action: string;
  entityType?: string;
  entityId?: string;
  /** Identifiers and reasons only: never names, e-mails, codice fiscale or passwords. */
  metadata?: Record<string, string | number | boolean | null>;
  /**
   * When it happened: the `now` of the operation that writes it, whenever it has one, so that a rule
   * reading the log back (e.g. "logged in the last five minutes") compares one clock with itself.
   * Without it, the application's clock at the write.
   */
  at?: Date;
}

/** Appends one entry to the audit log (append-only in PostgreSQL). */
export async function audit(db: DbClient, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      ...(entry.at ? { at: entry.at } : {}),
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      metadata: (entry.metadata ?? {}) as Prisma.InputJsonObject,
    },
  });
}
