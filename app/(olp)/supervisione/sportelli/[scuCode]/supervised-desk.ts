import { forbidden, notFound } from "next/navigation";

import type { Staff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findSupervisedDesk, type SupervisedDeskRef } from "@/lib/supervision/access";
import { parsePeriodQuery, type PeriodParseResult } from "@/lib/supervision/schema";

/** The desk of the address if `staff` supervises it; another OLP's desk is 403, an unknown code 404. */
export async function requireSupervisedDesk(staff: Staff, scuCode: string): Promise<SupervisedDeskRef> {
  const found = await findSupervisedDesk(db(), staff, scuCode);
  if (found.ok) return found.desk;
  if (found.reason === "forbidden") forbidden();
  notFound();
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** The period of the query string, and what the address held (to show again in the form). */
export function readPeriod(query: SearchParams, now: Date): { parsed: PeriodParseResult; raw: { mese?: string; dal?: string; al?: string } } {
  const text = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
  return { parsed: parsePeriodQuery(query, now), raw: { mese: text(query.mese), dal: text(query.dal), al: text(query.al) } };
}
