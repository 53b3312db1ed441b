import type { DbClient } from "@/lib/db";

/** Whether an active desk has this SCU code (one indexed lookup). */
export async function deskExists(db: DbClient, scuCode: string): Promise<boolean> {
  return (await db.sede.count({ where: { scuCode, active: true } })) > 0;
}
