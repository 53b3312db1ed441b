import { audit } from "@/lib/audit/audit";
import type { DbClient } from "@/lib/db";
import { ticketLabel } from "@/lib/desk/tickets";
import type { Autonomy, NotPossibleReason, Role, VisitOutcome, VisitStatus } from "@/lib/generated/prisma/client";

import type { Period } from "./schema";

export interface ServiceOutcomes {
  serviceCode: string;
  serviceName: string;
  outcomes: Record<VisitOutcome, number>;
  total: number;
}

export interface VolunteerActivity {
  userId: string;
  name: string;
  role: Role;
  /** Assigned to the desk now; others appear because they served there in the period. */
  assigned: boolean;
  /** Contacts this person called and closed with an outcome in the period. */
  contacts: number;
  served: number;
  noShows: number;
  /** Mean start → end of the contacts served, in minutes to one decimal. */
  averageServiceMinutes: number | null;
  autonomy: Record<Autonomy, number>;
  byService: ServiceOutcomes[];
}

export interface ActivityInput {
  sedeId: string;
  period: Pick<Period, "from" | "to">;
  locale: "it" | "en";
}

const emptyOutcomes = (): Record<VisitOutcome, number> => ({ COMPLETED: 0, PARTIAL: 0, NOT_POSSIBLE: 0, NO_SHOW: 0 });
const emptyAutonomy = (): Record<Autonomy, number> => ({ NEEDED_HELP: 0, WITH_GUIDANCE: 0, ALONE: 0 });

/**
 * The activity review of a desk over a period: for each volunteer assigned to it (and anyone else who
 * served there in the period), the contacts they closed by service and outcome, the autonomy their
 * citizens reached, their mean service time and their no-shows. Staff names only, no citizen's.
 */
export async function loadVolunteerActivity(db: DbClient, input: ActivityInput): Promise<VolunteerActivity[]> {
  const { sedeId, period, locale } = input;
  const [assigned, rows, averages] = await Promise.all([
    db.user.findMany({
      where: { role: "VOLUNTEER", sedi: { some: { sedeId } } },
      select: { id: true, name: true, role: true },
    }),
    db.$queryRaw<{ userId: string; code: string; name: string; outcome: VisitOutcome; autonomy: Autonomy | null; count: number }[]>`
      SELECT v."servedById"::text AS "userId", s."code", COALESCE(t."name", s."code") AS name,
             v."outcome"::text AS outcome, v."autonomy"::text AS autonomy, count(*)::int AS count
      FROM "Visit" v
      JOIN "Service" s ON s."id" = v."serviceId"
      LEFT JOIN "ServiceTranslation" t ON t."serviceId" = s."id" AND t."locale" = ${locale}
      WHERE v."sedeId" = ${sedeId}::uuid AND v."day" BETWEEN ${period.from}::date AND ${period.to}::date
        AND v."status" = 'DONE' AND v."servedById" IS NOT NULL
      GROUP BY v."servedById", s."code", s."sortOrder", t."name", v."outcome", v."autonomy"
      ORDER BY s."sortOrder", s."code"`,
    db.$queryRaw<{ userId: string; average: number | null }[]>`
      SELECT v."servedById"::text AS "userId",
             round(avg(extract(epoch FROM v."endedAt" - v."startedAt") / 60)::numeric, 1)::float8 AS average
      FROM "Visit" v
      WHERE v."sedeId" = ${sedeId}::uuid AND v."day" BETWEEN ${period.from}::date AND ${period.to}::date
        AND v."status" = 'DONE' AND v."startedAt" IS NOT NULL AND v."servedById" IS NOT NULL
      GROUP BY v."servedById"`,
  ]);

  const assignedIds = new Set(assigned.map((user) => user.id));
  const othersIds = [...new Set(rows.map((row) => row.userId))].filter((id) => !assignedIds.has(id));
  const others = othersIds.length
    ? await db.user.findMany({ where: { id: { in: othersIds } }, select: { id: true, name: true, role: true } })
    : [];

  const activity = new Map<string, VolunteerActivity>();
  for (const user of [...assigned, ...others]) {
    activity.set(user.id, {
      userId: user.id,
      name: user.name,
      role: user.role,
      assigned: assignedIds.has(user.id),
      contacts: 0,
      served: 0,
      noShows: 0,
      averageServiceMinutes: averages.find((row) => row.userId === user.id)?.average ?? null,
      autonomy: emptyAutonomy(),
      byService: [],
    });
  }
  for (const row of rows) {
    const person = activity.get(row.userId);
    if (!person) continue; // a user deleted between the two reads
    person.contacts += row.count;
    if (row.outcome === "NO_SHOW") person.noShows += row.count;
    else person.served += row.count;
    if (row.autonomy) person.autonomy[row.autonomy] += row.count;
    let service = person.byService.find((entry) => entry.serviceCode === row.code);
    if (!service) {
      service = { serviceCode: row.code, serviceName: row.name, outcomes: emptyOutcomes(), total: 0 };
      person.byService.push(service);
    }
    service.outcomes[row.outcome] += row.count;
    service.total += row.count;
  }
  const collator = new Intl.Collator(locale);
  return [...activity.values()].sort((a, b) => Number(b.assigned) - Number(a.assigned) || collator.compare(a.name, b.name));
}

export interface VolunteerContact {
  visitId: string;
  /** Arrival at the desk. */
  arrivedAt: Date;
  ticket: string;
  serviceName: string;
  status: VisitStatus;
  outcome: VisitOutcome | null;
  notPossibleReason: NotPossibleReason | null;
  autonomy: Autonomy | null;
  /** Start → end in whole minutes; null when not served (no-show, still open). */
  durationMinutes: number | null;
}

export interface DeskPerson {
  id: string;
  name: string;
  role: Role;
  /** Assigned to the desk now (otherwise they served there once). */
  assigned: boolean;
}

/** The person whose activity at the desk may be reviewed: assigned to it, or who served there; else null. */
export async function findDeskPerson(db: DbClient, input: { sedeId: string; userId: string }): Promise<DeskPerson | null> {
  const user = await db.user.findUnique({
    where: { id: input.userId },
    select: { id: true, name: true, role: true, sedi: { where: { sedeId: input.sedeId }, select: { sedeId: true } } },
  });
  if (!user) return null;
  const assigned = user.sedi.length > 0;
  if (!assigned && (await db.visit.count({ where: { sedeId: input.sedeId, servedById: user.id } })) === 0) return null;
  return { id: user.id, name: user.name, role: user.role, assigned };
}

/**
 * The drill-down of the activity review: one person's contacts at the desk in the period, by time,
 * without the citizens' names (the OLP does not need them). The read is written to the audit log:
 * it is a person's work record.
 */
export async function loadVolunteerContacts(
  db: DbClient,
  input: ActivityInput & { userId: string; viewerId: string },
): Promise<VolunteerContact[]> {
  const { sedeId, period, locale, userId } = input;
  const visits = await db.visit.findMany({
    where: { sedeId, servedById: userId, day: { gte: new Date(`${period.from}T00:00:00Z`), lte: new Date(`${period.to}T00:00:00Z`) } },
    orderBy: [{ arrivedAt: "asc" }, { ticketNumber: "asc" }],
    select: {
      id: true,
      arrivedAt: true,
      ticketNumber: true,
      appointmentId: true,
      status: true,
      outcome: true,
      notPossibleReason: true,
      autonomy: true,
      startedAt: true,
      endedAt: true,
      sedeService: { select: { service: { select: { code: true, translations: { where: { locale }, select: { name: true } } } } } },
    },
  });
  await audit(db, {
    actorId: input.viewerId,
    action: "supervision.activity_read",
    entityType: "User",
    entityId: userId,
    metadata: { sedeId, from: period.from, to: period.to, contacts: visits.length },
  });
  return visits.map((visit) => ({
    visitId: visit.id,
    arrivedAt: visit.arrivedAt,
    ticket: ticketLabel(visit),
    serviceName: visit.sedeService.service.translations[0]?.name ?? visit.sedeService.service.code,
    status: visit.status,
    outcome: visit.outcome,
    notPossibleReason: visit.notPossibleReason,
    autonomy: visit.autonomy,
    durationMinutes: visit.startedAt && visit.endedAt ? Math.round((visit.endedAt.getTime() - visit.startedAt.getTime()) / 60_000) : null,
  }));
}
