// Timesheets on a real database: a volunteer's days, sending the week, the OLP's decisions, and the
// lock PostgreSQL keeps on a sent or approved week whatever the application does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { canRead, canReview } from "@/lib/timesheets/access";
import { deleteDay, saveDay } from "@/lib/timesheets/day-entries";
import { loadEnrolment, type VolunteerEnrolment } from "@/lib/timesheets/enrolment";
import { monthSheetCsv } from "@/lib/timesheets/export-csv";
import { monthSheetPdf } from "@/lib/timesheets/export-pdf";
import { monthSheet, type MonthSheetLabels } from "@/lib/timesheets/month-sheet";
import { dayFormSchema, reviewSchema } from "@/lib/timesheets/schema";
import { reviewWeek, submitWeek } from "@/lib/timesheets/weeks";

import { createCremona } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

let fresh: FreshDatabase;
let enrolment: VolunteerEnrolment;
let volunteerId: string;
let olp: { id: string; role: "OLP"; sedeIds: string[] };
let otherOlp: { id: string; role: "OLP"; sedeIds: string[] };
const now = new Date("2026-11-28T10:00:00+01:00");
const today = "2026-11-28";

const day = (date: string, overrides: Record<string, unknown> = {}) =>
  dayFormSchema.parse({ day: date, kind: "SERVICE", start: "09:00", end: "14:30", breakMinutes: "30", activityCodes: ["D.1.1"], ...overrides });

beforeAll(async () => {
  fresh = await freshDatabase();
  const ente = await createCremona(fresh.db);
  const project = await fresh.db.project.create({
    data: {
      code: "cremona-test",
      enteId: ente.id,
      title: "Progetto di prova",
      callYear: 2025,
      annualServiceMinutes: 1145 * 60,
      weeklyAverageMinutes: 25 * 60,
      weeklyMinimumMinutes: 20 * 60,
      serviceDaysPerWeek: 5,
      activities: { create: [{ code: "D.1.1", title: "Agenda digitale" }, { code: "D.4.1", title: "Informazioni" }] },
    },
  });
  const desk = await fresh.db.sede.create({ data: { scuCode: "138935", enteId: ente.id, name: "Spazio Comune", street: "Piazza", city: "Cremona" } });
  const other = await fresh.db.sede.create({ data: { scuCode: "138951", enteId: ente.id, name: "Altra", street: "Via", city: "Cremona" } });
  const volunteer = await fresh.db.user.create({ data: { email: "v@example.org", name: "Giulia Volontaria", role: "VOLUNTEER", sedi: { create: { sedeId: desk.id } } } });
  volunteerId = volunteer.id;
  await fresh.db.enrolment.create({ data: { userId: volunteer.id, projectId: project.id, startsOn: new Date("2026-06-01T00:00:00Z"), endsOn: new Date("2027-05-31T00:00:00Z") } });
  const olpUser = await fresh.db.user.create({ data: { email: "olp@example.org", name: "Paola OLP", role: "OLP", sedi: { create: { sedeId: desk.id } } } });
  olp = { id: olpUser.id, role: "OLP", sedeIds: [desk.id] };
  const otherUser = await fresh.db.user.create({ data: { email: "olp2@example.org", name: "Altro OLP", role: "OLP", sedi: { create: { sedeId: other.id } } } });
  otherOlp = { id: otherUser.id, role: "OLP", sedeIds: [other.id] };
  enrolment = (await loadEnrolment(fresh.db, volunteer.id))!;
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("the day form", () => {
  it("needs times and an activity for service, and drops them for absences", () => {
    expect(dayFormSchema.safeParse({ day: "2026-11-23", kind: "SERVICE", start: "09:00", end: "08:00", activityCodes: ["D.1.1"] }).error?.issues[0].message).toBe(
      "timesheets.errors.endBeforeStart",
    );
    expect(dayFormSchema.safeParse({ day: "2026-11-23", kind: "SERVICE", start: "09:00", end: "10:00", breakMinutes: "60", activityCodes: ["D.1.1"] }).error?.issues[0].message).toBe(
      "timesheets.errors.breakTooLong",
    );
    expect(dayFormSchema.safeParse({ day: "2026-11-23", kind: "SERVICE", start: "09:00", end: "13:00" }).error?.issues[0].message).toBe("timesheets.errors.activityRequired");
    expect(dayFormSchema.safeParse({ day: "2026-02-30", kind: "PERMIT" }).error?.issues[0].message).toBe("timesheets.errors.dayInvalid");
    expect(dayFormSchema.parse({ day: "2026-11-23", kind: "PERMIT", start: "09:00", end: "13:00", activityCodes: ["D.1.1"] })).toMatchObject({
      kind: "PERMIT",
      start: undefined,
      end: undefined,
      activityCodes: [],
    });
  });
});

describe("a week from the volunteer to the OLP", () => {
  it("saves days, refuses days outside the year, in the future, or with foreign activities", async () => {
    for (const date of ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26"]) {
      expect(await saveDay(fresh.db, { enrolment, form: day(date), today })).toEqual({ ok: true });
    }
    expect(await saveDay(fresh.db, { enrolment, form: day("2026-11-27", { kind: "PERMIT" }), today })).toEqual({ ok: true });
    expect(await saveDay(fresh.db, { enrolment, form: day("2026-05-29"), today })).toEqual({ ok: false, reason: "outside_enrolment" });
    expect(await saveDay(fresh.db, { enrolment, form: day("2026-11-30"), today })).toEqual({ ok: false, reason: "future" });
    expect(await saveDay(fresh.db, { enrolment, form: day("2026-12-01", { kind: "PERMIT" }), today })).toEqual({ ok: true });
    expect(await saveDay(fresh.db, { enrolment, form: day("2026-11-20", { activityCodes: ["Z.9.9"] }), today })).toEqual({ ok: false, reason: "unknown_activity" });
    expect(await deleteDay(fresh.db, { userId: volunteerId, day: "2026-12-01" })).toEqual({ ok: true });
  });

  it("sends the week, which locks it in PostgreSQL; the OLP returns it with a comment, then approves it", async () => {
    expect(await submitWeek(fresh.db, { userId: volunteerId, weekStart: "2026-11-16", today, now })).toEqual({ ok: false, reason: "empty" });
    expect(await submitWeek(fresh.db, { userId: volunteerId, weekStart: "2026-11-23", today, now })).toEqual({ ok: true, status: "SUBMITTED" });
    expect(await submitWeek(fresh.db, { userId: volunteerId, weekStart: "2026-11-23", today, now })).toEqual({ ok: false, reason: "wrong_state" });
    expect(await saveDay(fresh.db, { enrolment, form: day("2026-11-24", { end: "15:00" }), today })).toEqual({ ok: false, reason: "week_locked" });
    // Even bypassing the application, the database keeps the days of a sent week.
    const key = { userId: volunteerId, day: new Date("2026-11-24T00:00:00Z") };
    expect((await refusal(() => fresh.db.timesheetDay.update({ where: { userId_day: key }, data: { endMinute: 900 } }))).constraint).toBe("TimesheetDay_week_locked");
    expect((await refusal(() => fresh.db.timesheetDay.delete({ where: { userId_day: key } }))).constraint).toBe("TimesheetDay_week_locked");

    expect(reviewSchema.safeParse({ userId: volunteerId, weekStart: "2026-11-23", decision: "return" }).error?.issues[0].message).toBe("timesheets.errors.commentRequired");
    const returned = reviewSchema.parse({ userId: volunteerId, weekStart: "2026-11-23", decision: "return", comment: "Martedì: manca la pausa." });
    expect(await reviewWeek(fresh.db, { ...returned, reviewerId: olp.id, now })).toEqual({ ok: true, status: "RETURNED" });
    expect(await saveDay(fresh.db, { enrolment, form: day("2026-11-24", { breakMinutes: "45" }), today })).toEqual({ ok: true });
    expect(await submitWeek(fresh.db, { userId: volunteerId, weekStart: "2026-11-23", today, now })).toEqual({ ok: true, status: "SUBMITTED" });
    const approve = reviewSchema.parse({ userId: volunteerId, weekStart: "2026-11-23", decision: "approve" });
    expect(await reviewWeek(fresh.db, { ...approve, reviewerId: olp.id, now })).toEqual({ ok: true, status: "APPROVED" });
    expect(await reviewWeek(fresh.db, { ...approve, reviewerId: olp.id, now })).toEqual({ ok: false, reason: "wrong_state" });
    expect(await saveDay(fresh.db, { enrolment, form: day("2026-11-24"), today })).toEqual({ ok: false, reason: "week_locked" });
    const week = await fresh.db.timesheetWeek.findFirstOrThrow({ where: { userId: volunteerId } });
    expect(week).toMatchObject({ status: "APPROVED", comment: null, reviewedById: olp.id });

    // A correction: the OLP reopens the approved week with a comment.
    const reopen = reviewSchema.parse({ userId: volunteerId, weekStart: "2026-11-23", decision: "reopen", comment: "Correggi giovedì." });
    expect(await reviewWeek(fresh.db, { ...reopen, reviewerId: olp.id, now })).toEqual({ ok: true, status: "RETURNED" });
    expect(await saveDay(fresh.db, { enrolment, form: day("2026-11-26", { end: "14:00" }), today })).toEqual({ ok: true });
  });

  it("refuses a week that does not start on Monday and a returned week without a comment", async () => {
    expect(
      (await refusal(() => fresh.db.timesheetWeek.create({ data: { userId: volunteerId, weekStart: new Date("2026-11-17T00:00:00Z") } }))).constraint,
    ).toBe("TimesheetWeek_starts_monday");
    expect(
      (
        await refusal(() =>
          fresh.db.timesheetWeek.create({ data: { userId: volunteerId, weekStart: new Date("2026-11-09T00:00:00Z"), status: "RETURNED", submittedAt: now, reviewedAt: now } }),
        )
      ).constraint,
    ).toBe("TimesheetWeek_returned_has_comment");
  });

  it("lets the volunteer and the desk's OLP read, and only the OLP review; an OLP of another desk neither", async () => {
    const volunteer = { id: volunteerId, role: "VOLUNTEER" as const, sedeIds: olp.sedeIds };
    expect(await canRead(fresh.db, volunteer, volunteerId)).toBe(true);
    expect(await canReview(fresh.db, volunteer, volunteerId)).toBe(false);
    expect(await canReview(fresh.db, olp, volunteerId)).toBe(true);
    expect(await canRead(fresh.db, otherOlp, volunteerId)).toBe(false);
  });
});

describe("the month sheet", () => {
  const labels: MonthSheetLabels = {
    title: "Foglio ore di novembre 2026",
    columns: { day: "Giorno", kind: "Tipo", start: "Inizio", end: "Fine", break: "Pausa", hours: "Ore", activities: "Attività", week: "Settimana" },
    kinds: { SERVICE: "Servizio", TRAINING: "Formazione", PERMIT: "Permesso", SICKNESS: "Malattia", UNPAID: "Non retribuita" },
    statuses: { OPEN: "Aperta", SUBMITTED: "Inviata", RETURNED: "Restituita", APPROVED: "Approvata" },
    total: "Totale",
    weekday: () => "",
  };

  it("lists the month's days with their hours and total, as CSV and PDF", async () => {
    const sheet = await monthSheet(fresh.db, { enrolment, month: "2026-11", labels });
    expect(sheet.rows.map((row) => [row[0].trim(), row[1], row[5]])).toEqual([
      ["2026-11-23", "Servizio", "5:00"],
      ["2026-11-24", "Servizio", "4:45"],
      ["2026-11-25", "Servizio", "5:00"],
      ["2026-11-26", "Servizio", "4:30"],
      // A permit counts as the day's share of the weekly average: 25 h / 5 days.
      ["2026-11-27", "Permesso", "5:00"],
    ]);
    expect(sheet.totalMinutes).toBe(24 * 60 + 15);
    const csv = monthSheetCsv(sheet);
    expect(csv.startsWith("\uFEFFFoglio ore di novembre 2026")).toBe(true);
    expect(csv).toContain("Totale;;;;;24:15;;");
    const pdf = await monthSheetPdf(sheet, { generatedAt: "2026-11-28 10:00" });
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1000);
  });
});
