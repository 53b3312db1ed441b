import { audit } from "@/lib/audit/audit";
import type { Db } from "@/lib/db";
import type { WeekStatus } from "@/lib/generated/prisma/client";

import { dateOfDay, weekDays } from "./dates";
import type { ReviewForm } from "./schema";

export type WeekResult = { ok: true; status: WeekStatus } | { ok: false; reason: "empty" | "wrong_state" | "not_finished" };

/**
 * The volunteer sends the week to the OLP: it must hold at least one day and have begun; a returned
 * week can be sent again. Sending locks its days.
 */
export async function submitWeek(db: Db, input: { userId: string; weekStart: string; today: string; now: Date }): Promise<WeekResult> {
  if (input.weekStart > input.today) return { ok: false, reason: "not_finished" };
  const days = weekDays(input.weekStart);
  const recorded = await db.timesheetDay.count({ where: { userId: input.userId, day: { gte: dateOfDay(days[0]), lte: dateOfDay(days[6]) } } });
  if (recorded === 0) return { ok: false, reason: "empty" };
  const key = { userId: input.userId, weekStart: dateOfDay(input.weekStart) };
  return db.$transaction(async (tx) => {
    const week = await tx.timesheetWeek.findUnique({ where: { userId_weekStart: key }, select: { status: true } });
    if (week && week.status !== "OPEN" && week.status !== "RETURNED") return { ok: false, reason: "wrong_state" } as const;
    await tx.timesheetWeek.upsert({
      where: { userId_weekStart: key },
      create: { ...key, status: "SUBMITTED", submittedAt: input.now },
      update: { status: "SUBMITTED", submittedAt: input.now },
    });
    await audit(tx, { actorId: input.userId, action: "timesheet.submit", entityType: "User", entityId: input.userId, metadata: { weekStart: input.weekStart }, at: input.now });
    return { ok: true, status: "SUBMITTED" } as const;
  });
}

const FROM: Record<ReviewForm["decision"], WeekStatus> = { approve: "SUBMITTED", return: "SUBMITTED", reopen: "APPROVED" };
const TO: Record<ReviewForm["decision"], WeekStatus> = { approve: "APPROVED", return: "RETURNED", reopen: "RETURNED" };

/**
 * The OLP's decision on a submitted week: approve (locked for good), or return it with a comment;
 * an approved week can be reopened, with a comment, for a correction.
 */
export async function reviewWeek(db: Db, input: ReviewForm & { reviewerId: string; now: Date }): Promise<WeekResult> {
  const { count } = await db.timesheetWeek.updateMany({
    where: { userId: input.userId, weekStart: dateOfDay(input.weekStart), status: FROM[input.decision] },
    data: { status: TO[input.decision], comment: input.decision === "approve" ? null : input.comment, reviewedAt: input.now, reviewedById: input.reviewerId },
  });
  if (count === 0) return { ok: false, reason: "wrong_state" };
  await audit(db, {
    actorId: input.reviewerId,
    action: `timesheet.${input.decision}`,
    entityType: "User",
    entityId: input.userId,
    metadata: { weekStart: input.weekStart },
    at: input.now,
  });
  return { ok: true, status: TO[input.decision] };
}
