import { z } from "zod";

import { audit } from "@/lib/audit/audit";
import type { DbClient } from "@/lib/db";

import type { Period } from "./schema";

/** Comments shown on one page of the list. */
export const COMMENTS_PAGE_SIZE = 20;

/**
 * The page of the address (`pagina`): absent or blank is the first; anything but one whole number
 * from 1 to 99999 is refused, so that a typed address cannot make the database skip millions of rows.
 */
export const commentsPageSchema = z.preprocess(
  (value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? "1" : value),
  z
    .string()
    .trim()
    .regex(/^[1-9]\d{0,4}$/, "page")
    .transform(Number),
);

/**
 * What a citizen wrote, with what is needed to read it and nothing that points to the contact: the
 * day (not the time), the service and the overall rating. No ticket, visit or booking.
 */
export interface SatisfactionComment {
  /** Rome day of the contact the questionnaire is about, "YYYY-MM-DD". */
  day: string;
  serviceCode: string;
  serviceName: string;
  /** Overall satisfaction, 1–5. */
  overall: number;
  comment: string;
}

export interface SatisfactionCommentsPage {
  /** Comments of the period, over all pages. */
  total: number;
  page: number;
  pageCount: number;
  comments: SatisfactionComment[];
}

/**
 * The comments of the questionnaires about a desk's contacts in a period (by the contact's day),
 * newest first, one page at a time. Comments cleared by the retention purge are not there. The
 * read is written to the audit log (identifiers and counts only): citizens' words are read.
 */
export async function loadSatisfactionComments(
  db: DbClient,
  input: { sedeId: string; period: Pick<Period, "from" | "to">; page: number; locale: "it" | "en"; viewerId: string },
): Promise<SatisfactionCommentsPage> {
  const { sedeId, period, page, locale } = input;
  const offset = (page - 1) * COMMENTS_PAGE_SIZE;
  const [counted, rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total
      FROM "SatisfactionAnswer" a
      JOIN "Visit" v ON v."id" = a."visitId"
      WHERE v."sedeId" = ${sedeId}::uuid AND v."day" BETWEEN ${period.from}::date AND ${period.to}::date
        AND a."comment" IS NOT NULL AND btrim(a."comment") <> ''`,
    db.$queryRaw<{ day: string; code: string; name: string; overall: number; comment: string }[]>`
      SELECT to_char(v."day", 'YYYY-MM-DD') AS day, s."code", COALESCE(t."name", s."code") AS name, a."overall"::int AS overall, a."comment"
      FROM "SatisfactionAnswer" a
      JOIN "Visit" v ON v."id" = a."visitId"
      JOIN "Service" s ON s."id" = v."serviceId"
      LEFT JOIN "ServiceTranslation" t ON t."serviceId" = s."id" AND t."locale" = ${locale}
      WHERE v."sedeId" = ${sedeId}::uuid AND v."day" BETWEEN ${period.from}::date AND ${period.to}::date
        AND a."comment" IS NOT NULL AND btrim(a."comment") <> ''
      -- The visit's id only keeps the order stable from one page to the next; it is not returned.
      ORDER BY v."day" DESC, a."answeredAt" DESC, a."visitId" DESC
      LIMIT ${COMMENTS_PAGE_SIZE} OFFSET ${offset}`,
  ]);
  const total = counted[0].total;
  await audit(db, {
    actorId: input.viewerId,
    action: "supervision.comments_read",
    entityType: "Sede",
    entityId: sedeId,
    metadata: { from: period.from, to: period.to, page, shown: rows.length, total },
  });
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / COMMENTS_PAGE_SIZE)),
    comments: rows.map((row) => ({ day: row.day, serviceCode: row.code, serviceName: row.name, overall: row.overall, comment: row.comment })),
  };
}
