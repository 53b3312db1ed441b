import type { DbClient } from "@/lib/db";
import type { WeekStatus } from "@/lib/generated/prisma/client";

import { dateOfDay, dayOfDate, mondayOf } from "./dates";
import type { Kind } from "./schema";

export interface SheetDay {
  day: string;
  kind: Kind;
  startMinute: number | null;
  endMinute: number | null;
  breakMinutes: number;
  activityCodes: string[];
  note: string | null;
}

export interface SheetWeek {
  weekStart: string;
  status: WeekStatus;
  comment: string | null;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
}

/** The volunteer's recorded days from `from` to `to` (inclusive), in order. */
export async function loadDays(db: DbClient, input: { userId: string; from: string; to: string }): Promise<SheetDay[]> {
  const rows = await db.timesheetDay.findMany({
    where: { userId: input.userId, day: { gte: dateOfDay(input.from), lte: dateOfDay(input.to) } },
    orderBy: { day: "asc" },
  });
  return rows.map((row) => ({
    day: dayOfDate(row.day),
    kind: row.kind,
    startMinute: row.startMinute,
    endMinute: row.endMinute,
    breakMinutes: row.breakMinutes,
    activityCodes: row.activityCodes,
    note: row.note,
  }));
}

/** The state of the weeks that touch `from`..`to`, by Monday; a week never sent is "OPEN". */
export async function loadWeeks(db: DbClient, input: { userId: string; from: string; to: string }): Promise<Map<string, SheetWeek>> {
  const rows = await db.timesheetWeek.findMany({
    where: { userId: input.userId, weekStart: { gte: dateOfDay(mondayOf(input.from)), lte: dateOfDay(input.to) } },
    include: { reviewedBy: { select: { name: true } } },
  });
  return new Map(
    rows.map((row) => [
      dayOfDate(row.weekStart),
      {
        weekStart: dayOfDate(row.weekStart),
        status: row.status,
        comment: row.comment,
        submittedAt: row.submittedAt,
        reviewedAt: row.reviewedAt,
        reviewedBy: row.reviewedBy?.name ?? null,
      },
    ]),
  );
}

export const openWeek = (weekStart: string): SheetWeek => ({ weekStart, status: "OPEN", comment: null, submittedAt: null, reviewedAt: null, reviewedBy: null });
