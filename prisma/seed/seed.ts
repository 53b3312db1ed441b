import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns";

import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ROME } from "@/lib/calendar/time";

import { entes } from "./data/entes";
import { projects } from "./data/projects";
import { procedures } from "./data/procedures";
import { sedi } from "./data/sedi";
import { services } from "./data/services";

const HOURS = 60;

/** "09:30" → 570 minutes from midnight. */
export function minutesOfDay(clock: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  if (!match) throw new Error(`Invalid clock time "${clock}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

const toMinutes = (hours: number | null) => (hours == null ? null : Math.round(hours * HOURS));

export interface DemoUser {
  email: string;
  name: string;
  role: "VOLUNTEER" | "OLP" | "ADMIN";
  sedeScuCodes: string[];
}

// Only for development and tests: the seed refuses to create them in production.
export const DEMO_PASSWORD = "Sportello-Demo-2026";
export const demoUsers: DemoUser[] = [
  { email: "volontaria@sportello.demo", name: "Giulia Volontaria", role: "VOLUNTEER", sedeScuCodes: ["138935"] },
  { email: "volontario@sportello.demo", name: "Marco Volontario", role: "VOLUNTEER", sedeScuCodes: ["138935"] },
  { email: "olp@sportello.demo", name: "Paola Supervisora", role: "OLP", sedeScuCodes: ["138935", "138951"] },
  { email: "admin@sportello.demo", name: "Andrea Amministratore", role: "ADMIN", sedeScuCodes: [] },
];

export interface SeedOptions {
  /** Creates the demo staff accounts; never in production. */
  demoUsers: boolean;
  /** Day the relative demo data (closures) is computed from. */
  today?: Date;
}

export type SeedResult = { seeded: false; reason: "not_empty" } | { seeded: true; sedi: number; users: number };

/**
 * Fills an empty database with the source documents' municipalities, projects and desks, the service
 * catalogue, realistic opening hours and demo staff. A database that already holds a municipality is
 * left alone, so that later edits by the OLP are never overwritten.
 */
export async function seed(db: Db, options: SeedOptions): Promise<SeedResult> {
  const passwordHash = options.demoUsers ? await hashPassword(DEMO_PASSWORD) : null;
  const today = options.today ?? new Date();

  return db.$transaction(
    async (tx) => {
      // Serializes concurrent seeds (two dev servers on one database): the second waits, then sees data.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('sportello-seed'))`;
      if ((await tx.ente.count()) > 0) return { seeded: false, reason: "not_empty" } as const;

      const enteIds = new Map<string, string>();
      for (const ente of entes) {
        const row = await tx.ente.create({
          data: {
            code: ente.code,
            name: ente.name,
            province: ente.province,
            patronSaintIt: ente.patron.nameIt,
            patronSaintEn: ente.patron.nameEn,
            patronMonth: ente.patron.month,
            patronDay: ente.patron.day,
          },
        });
        enteIds.set(ente.code, row.id);
      }
      const enteId = (code: string) => {
        const id = enteIds.get(code);
        if (!id) throw new Error(`Seed data names unknown municipality "${code}"`);
        return id;
      };

      const projectIds = new Map<string, string>();
      for (const project of projects) {
        const row = await tx.project.create({
          data: {
            code: project.code,
            enteId: enteId(project.enteCode),
            title: project.title,
            callYear: project.callYear,
            annualServiceMinutes: project.annualHours * HOURS,
            weeklyAverageMinutes: toMinutes(project.weeklyAverageHours),
            weeklyMinimumMinutes: toMinutes(project.weeklyMinimumHours),
            serviceDaysPerWeek: project.serviceDaysPerWeek,
            generalTrainingMinutes: toMinutes(project.generalTrainingHours),
            specificTrainingMinutes: toMinutes(project.specificTrainingHours),
            tutoringMinutes: toMinutes(project.tutoringHours),
            tutoringGroupMinutes: toMinutes(project.tutoringGroupHours ?? null),
            tutoringIndividualMinutes: toMinutes(project.tutoringIndividualHours ?? null),
            activities: { create: project.activities.map(({ code, title }) => ({ code, title })) },
          },
        });
        projectIds.set(project.code, row.id);
      }

      const serviceIds = new Map<string, { id: string; duration: number }>();
      for (const service of services) {
        const row = await tx.service.create({
          data: {
            code: service.code,
            defaultDurationMinutes: service.defaultDurationMinutes,
            requiresFiscalCode: service.requiresFiscalCode,
            sortOrder: service.sortOrder,
            translations: {
              create: [
                {
                  locale: "it",
                  name: service.nameIt,
                  description: service.descriptionIt,
                  documentsToBring: service.documentsIt,
                },
                {
                  locale: "en",
                  name: service.nameEn,
                  description: service.descriptionEn,
                  documentsToBring: service.documentsEn,
                },
              ],
            },
          },
        });
        serviceIds.set(service.code, { id: row.id, duration: service.defaultDurationMinutes });
        await tx.procedureStep.createMany({
          data: procedures[service.code].map((step, index) => ({
            serviceId: row.id,
            key: step.key,
            position: index + 1,
            kind: step.kind,
            labelIt: step.labelIt,
            labelEn: step.labelEn,
            hintIt: step.hintIt ?? null,
            hintEn: step.hintEn ?? null,
            options: (step.options ?? []) as unknown as Prisma.InputJsonArray,
            required: step.required ?? true,
          })),
        });
      }

      const sedeIds = new Map<string, string>();
      for (const sede of sedi) {
        const projectId = projectIds.get(sede.projectCode);
        if (!projectId) throw new Error(`Desk ${sede.scuCode} names unknown project "${sede.projectCode}"`);
        const row = await tx.sede.create({
          data: {
            scuCode: sede.scuCode,
            enteId: enteId(sede.enteCode),
            name: sede.name,
            street: sede.street,
            postalCode: sede.postalCode,
            city: sede.city,
            phone: sede.phone,
            email: sede.email,
            openingNotesIt: sede.openingNotesIt,
            openingNotesEn: sede.openingNotesEn,
            projects: { create: { projectId, volunteerPlaces: sede.volunteerPlaces } },
            openingHours: {
              create: sede.openingHours.map((interval) => ({
                weekday: interval.weekday,
                opensMinute: minutesOfDay(interval.opens),
                closesMinute: minutesOfDay(interval.closes),
              })),
            },
            services: {
              create: sede.services.map((code) => {
                const service = serviceIds.get(code);
                if (!service) throw new Error(`Desk ${sede.scuCode} offers unknown service "${code}"`);
                // Two volunteers work the busiest desks, so two citizens fit in one slot there.
                return { serviceId: service.id, capacity: sede.volunteerPlaces >= 2 ? 2 : 1, slotMinutes: service.duration };
              }),
            },
          },
        });
        sedeIds.set(sede.scuCode, row.id);
        if (sede.services.length > 0) {
          // At least two, so that two volunteers can serve side by side.
          const count = Math.max(2, sede.volunteerPlaces);
          await tx.workstation.createMany({
            data: Array.from({ length: count }, (_, i) => ({ sedeId: row.id, name: `Postazione ${i + 1}`, sortOrder: i + 1 })),
          });
        }
      }

      await tx.closure.createMany({ data: demoClosures(today, sedeIds) });

      let users = 0;
      if (passwordHash) {
        for (const user of demoUsers) {
          const created = await tx.user.create({
            data: {
              email: user.email,
              name: user.name,
              role: user.role,
              passwordHash,
              sedi: {
                create: user.sedeScuCodes.map((scuCode) => {
                  const sedeId = sedeIds.get(scuCode);
                  if (!sedeId) throw new Error(`Demo user ${user.email} names unknown desk ${scuCode}`);
                  return { sedeId };
                }),
              },
            },
          });
          if (user.role === "VOLUNTEER") {
            // In service since the first of the month five months ago: a timesheet with a past to check.
            const desk = sedi.find((sede) => sede.scuCode === user.sedeScuCodes[0]);
            const projectId = desk && projectIds.get(desk.projectCode);
            if (!projectId) throw new Error(`Demo volunteer ${user.email} has no project`);
            await tx.enrolment.create({ data: { userId: created.id, projectId, ...serviceYear(today) } });
          }
          users++;
        }
      }
      return { seeded: true, sedi: sedeIds.size, users } as const;
    },
    { timeout: 60_000 },
  );
}

/** A year of service that began on the first of the month, five months before `today` (Rome days). */
function serviceYear(today: Date): { startsOn: Date; endsOn: Date } {
  const now = new TZDate(today, ROME);
  const start = new Date(Date.UTC(now.getFullYear(), now.getMonth() - 5, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), 0));
  return { startsOn: start, endsOn: end };
}

/** Closures a desk would really announce: Christmas Eve afternoon everywhere, one maintenance day. */
function demoClosures(today: Date, sedeIds: Map<string, string>) {
  const now = new TZDate(today, ROME);
  const christmasYear = now.getMonth() === 11 && now.getDate() > 24 ? now.getFullYear() + 1 : now.getFullYear();
  const christmasEve = {
    startsAt: new TZDate(christmasYear, 11, 24, 13, 0, ROME),
    endsAt: new TZDate(christmasYear, 11, 25, 0, 0, ROME),
  };
  const maintenanceDay = addDays(new TZDate(now.getFullYear(), now.getMonth(), now.getDate(), ROME), 10);
  const rows: Prisma.ClosureCreateManyInput[] = [...sedeIds.values()].map((sedeId) => ({
    sedeId,
    kind: "HOLIDAY",
    ...christmasEve,
    reasonIt: "Chiusura pomeridiana della vigilia di Natale",
    reasonEn: "Closed on Christmas Eve afternoon",
  }));
  const spazioComune = sedeIds.get("138935");
  if (spazioComune) {
    rows.push({
      sedeId: spazioComune,
      kind: "EXCEPTIONAL",
      startsAt: maintenanceDay,
      endsAt: addDays(maintenanceDay, 1),
      reasonIt: "Chiuso per aggiornamento delle postazioni informatiche",
      reasonEn: "Closed while the computer workstations are upgraded",
    });
  }
  return rows;
}
