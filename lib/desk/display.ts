import { romeDay } from "@/lib/calendar/time";
import type { DbClient } from "@/lib/db";

import { ticketLabel } from "./tickets";

export interface WaitingRoomBoard {
  deskName: string;
  /** Newest call first: the ticket and the workstation to go to. No names, ever. */
  called: { ticket: string; workstation: string; calledAt: Date }[];
  next: string[];
  waiting: number;
}

/** What the waiting-room screen of desk `scuCode` shows now; null for an unknown or closed desk. */
export async function loadWaitingRoom(db: DbClient, input: { scuCode: string; now: Date }): Promise<WaitingRoomBoard | null> {
  const desk = await db.sede.findUnique({ where: { scuCode: input.scuCode }, select: { id: true, name: true, active: true } });
  if (!desk?.active) return null;
  const day = romeDay(input.now);
  const [called, waiting] = await Promise.all([
    db.visit.findMany({
      where: { sedeId: desk.id, day, calledAt: { not: null } },
      orderBy: { calledAt: "desc" },
      take: 6,
      select: { ticketNumber: true, appointmentId: true, calledAt: true, workstation: { select: { name: true } } },
    }),
    db.visit.findMany({
      where: { sedeId: desk.id, day, status: "WAITING" },
      orderBy: [{ queuedAt: "asc" }, { ticketNumber: "asc" }],
      select: { ticketNumber: true, appointmentId: true },
    }),
  ]);
  return {
    deskName: desk.name,
    called: called.map((visit) => ({ ticket: ticketLabel(visit), workstation: visit.workstation?.name ?? "", calledAt: visit.calledAt! })),
    next: waiting.slice(0, 5).map(ticketLabel),
    waiting: waiting.length,
  };
}
