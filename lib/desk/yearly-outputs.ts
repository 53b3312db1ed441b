import type { DbClient } from "@/lib/db";

export interface ServiceOutputs {
  serviceCode: string;
  /** Contacts closed as completed: e.g. PIN/PUK released, SPID identities recognised. */
  completed: number;
  partial: number;
  notPossible: number;
  /** Citizens who did it alone by the end: the project's aim. */
  alone: number;
}

export interface YearOutputs {
  year: number;
  services: ServiceOutputs[];
  /** Appointments booked online in the year (not cancelled): uses of the digital agenda. */
  onlineBookings: number;
  /**
   * Distinct citizens behind those bookings, told apart by the e-mail (case-insensitive) they booked
   * with, read at query time: nothing is stored for it. A booking whose e-mail the retention purge has
   * already wiped counts as a citizen of its own, so the figure can only err upwards.
   */
  onlineBookers: number;
  walkIns: number;
}

export interface YearOutputsInput {
  year: number;
  /** Only the desks of this body. */
  enteId?: string;
  /** Only these desks (ids); an empty list counts nothing. */
  sedeIds?: string[];
}

/**
 * The year's outputs counted from the desks' own outcomes, in the terms of the municipality's
 * service maps (issue 8 sets them beside the published values). `enteId` and `sedeIds` narrow them.
 */
export async function yearlyOutputs(db: DbClient, input: YearOutputsInput): Promise<YearOutputs> {
  const from = `${input.year}-01-01`;
  const to = `${input.year + 1}-01-01`;
  const ente = input.enteId ?? null;
  const desks = input.sedeIds ?? null;
  const [services, bookings, walkIns] = await Promise.all([
    db.$queryRaw<{ code: string; completed: number; partial: number; not_possible: number; alone: number }[]>`
      SELECT s."code",
             count(*) FILTER (WHERE v."outcome" = 'COMPLETED')::int AS completed,
             count(*) FILTER (WHERE v."outcome" = 'PARTIAL')::int AS partial,
             count(*) FILTER (WHERE v."outcome" = 'NOT_POSSIBLE')::int AS not_possible,
             count(*) FILTER (WHERE v."autonomy" = 'ALONE')::int AS alone
      FROM "Visit" v JOIN "Service" s ON s."id" = v."serviceId" JOIN "Sede" d ON d."id" = v."sedeId"
      WHERE v."status" = 'DONE' AND v."day" >= ${from}::date AND v."day" < ${to}::date
        AND (${ente}::uuid IS NULL OR d."enteId" = ${ente}::uuid)
        AND (${desks}::uuid[] IS NULL OR v."sedeId" = ANY(${desks}::uuid[]))
      GROUP BY s."code", s."sortOrder" ORDER BY s."sortOrder", s."code"`,
    db.$queryRaw<{ count: number; bookers: number }[]>`
      SELECT count(*)::int AS count,
             count(DISTINCT COALESCE(lower(a."email"), a."id"::text))::int AS bookers
      FROM "Appointment" a JOIN "Sede" d ON d."id" = a."sedeId"
      WHERE a."channel" = 'ONLINE' AND a."status" <> 'CANCELLED'
        AND (a."startsAt" AT TIME ZONE 'Europe/Rome') >= ${from}::date AND (a."startsAt" AT TIME ZONE 'Europe/Rome') < ${to}::date
        AND (${ente}::uuid IS NULL OR d."enteId" = ${ente}::uuid)
        AND (${desks}::uuid[] IS NULL OR a."sedeId" = ANY(${desks}::uuid[]))`,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Visit" v JOIN "Sede" d ON d."id" = v."sedeId"
      WHERE v."appointmentId" IS NULL AND v."day" >= ${from}::date AND v."day" < ${to}::date
        AND (${ente}::uuid IS NULL OR d."enteId" = ${ente}::uuid)
        AND (${desks}::uuid[] IS NULL OR v."sedeId" = ANY(${desks}::uuid[]))`,
  ]);
  return {
    year: input.year,
    services: services.map((row) => ({ serviceCode: row.code, completed: row.completed, partial: row.partial, notPossible: row.not_possible, alone: row.alone })),
    onlineBookings: bookings[0].count,
    onlineBookers: bookings[0].bookers,
    walkIns: walkIns[0].count,
  };
}
