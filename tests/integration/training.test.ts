// Training on a real database: sessions, attendance and progress, who may record what, and the rules
// PostgreSQL keeps whatever the application does (enrolled volunteers only, minutes within the session,
// one attendee for individual tutoring).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { canManageProject, canManageSession } from "@/lib/training/access";
import { loadOwnTraining, listVolunteerTraining } from "@/lib/training/records";
import { attendanceFormSchema, sessionFormSchema } from "@/lib/training/schema";
import { createSession, listAttendees, listSessions, loadSession, recordAttendance } from "@/lib/training/sessions";

import { createCremona } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

type Supervisor = { id: string; role: "OLP" | "ADMIN"; sedeIds: string[] };

let fresh: FreshDatabase;
let projectId: string;
let otherProjectId: string;
let giulia: string;
let marco: string;
let elsewhere: string;
let olp: Supervisor;
let otherOlp: Supervisor;
let admin: Supervisor;
const today = "2026-11-28";
const day = (value: string) => new Date(`${value}T00:00:00Z`);

const sessionForm = (overrides: Record<string, string> = {}) =>
  sessionFormSchema.parse({ projectId, kind: "GENERAL", title: "Modulo 1: identità del servizio civile", day: "2026-11-23", start: "09:00", minutes: "240", place: "Sala Zanoni", ...overrides });

beforeAll(async () => {
  fresh = await freshDatabase();
  const ente = await createCremona(fresh.db);
  const project = await fresh.db.project.create({
    data: {
      code: "cremona-training",
      enteId: ente.id,
      title: "Connessioni accessibili",
      callYear: 2021,
      annualServiceMinutes: 1145 * 60,
      serviceDaysPerWeek: 5,
      generalTrainingMinutes: 44 * 60,
      specificTrainingMinutes: 91 * 60,
      tutoringMinutes: 21 * 60,
      tutoringGroupMinutes: 16 * 60,
      tutoringIndividualMinutes: 5 * 60,
    },
  });
  projectId = project.id;
  const other = await fresh.db.project.create({ data: { code: "milano-training", enteId: ente.id, title: "Altro progetto", callYear: 2019, annualServiceMinutes: 1400 * 60, serviceDaysPerWeek: 5 } });
  otherProjectId = other.id;
  const desk = await fresh.db.sede.create({ data: { scuCode: "138935", enteId: ente.id, name: "Spazio Comune", street: "Piazza", city: "Cremona", projects: { create: { projectId, volunteerPlaces: 2 } } } });
  const otherDesk = await fresh.db.sede.create({ data: { scuCode: "138951", enteId: ente.id, name: "Altra", street: "Via", city: "Cremona", projects: { create: { projectId: other.id, volunteerPlaces: 1 } } } });
  const volunteer = async (email: string, name: string, sedeId: string, enrolledIn: string) => {
    const user = await fresh.db.user.create({ data: { email, name, role: "VOLUNTEER", sedi: { create: { sedeId } } } });
    await fresh.db.enrolment.create({ data: { userId: user.id, projectId: enrolledIn, startsOn: day("2026-06-01"), endsOn: day("2027-05-31") } });
    return user.id;
  };
  giulia = await volunteer("giulia@example.org", "Giulia Volontaria", desk.id, projectId);
  marco = await volunteer("marco@example.org", "Marco Volontario", desk.id, projectId);
  elsewhere = await volunteer("altro@example.org", "Altra Sede", otherDesk.id, other.id);
  const staff = async (email: string, role: "OLP" | "ADMIN", sedeIds: string[]): Promise<Supervisor> => {
    const user = await fresh.db.user.create({ data: { email, name: email, role, sedi: { create: sedeIds.map((sedeId) => ({ sedeId })) } } });
    return { id: user.id, role, sedeIds };
  };
  olp = await staff("olp@example.org", "OLP", [desk.id]);
  otherOlp = await staff("olp2@example.org", "OLP", [otherDesk.id]);
  admin = await staff("admin@example.org", "ADMIN", []);
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("the session form", () => {
  it("refuses what would make no session, with a message per field", () => {
    const issue = (overrides: Record<string, string>) => sessionFormSchema.safeParse({ projectId, kind: "GENERAL", title: "T", day: "2026-11-23", start: "09:00", minutes: "60", ...overrides }).error?.issues[0];
    expect(issue({ kind: "" })?.message).toBe("training.errors.kindRequired");
    expect(issue({ title: "  " })?.message).toBe("training.errors.titleRequired");
    expect(issue({ day: "2026-02-30" })?.message).toBe("training.errors.dayInvalid");
    expect(issue({ minutes: "0" })?.message).toBe("training.errors.minutesInvalid");
    expect(issue({ start: "22:00", minutes: "180" })).toMatchObject({ path: ["minutes"], message: "training.errors.pastMidnight" });
    expect(attendanceFormSchema.safeParse({ sessionId: projectId, present: [{ userId: giulia, minutes: "0" }] }).error?.issues[0]).toMatchObject({
      path: ["present", 0, "minutes"],
      message: "training.errors.attendedInvalid",
    });
  });
});

describe("sessions and attendance", () => {
  it("lets the OLP of the project's desks and administrators run its training, not another OLP", async () => {
    expect(await canManageProject(fresh.db, olp, projectId)).toBe(true);
    expect(await canManageProject(fresh.db, otherOlp, projectId)).toBe(false);
    expect(await canManageProject(fresh.db, admin, projectId)).toBe(true);
    const { id } = await createSession(fresh.db, { form: sessionForm(), staff: olp });
    expect(await canManageSession(fresh.db, olp, id)).toBe(true);
    expect(await canManageSession(fresh.db, otherOlp, id)).toBe(false);
    expect(await canManageSession(fresh.db, admin, id)).toBe(true);
    expect((await listSessions(fresh.db, olp)).map((session) => session.id)).toEqual([id]);
    expect(await listSessions(fresh.db, otherOlp)).toEqual([]);
    expect(await fresh.db.auditLog.count({ where: { action: "training.session_create", entityId: id } })).toBe(1);
  });

  it("records who attended among the volunteers the OLP follows, full time by default, and unticks", async () => {
    const { id } = await createSession(fresh.db, { form: sessionForm({ title: "Modulo 2", day: "2026-11-24" }), staff: olp });
    const session = (await loadSession(fresh.db, id))!;
    expect((await listAttendees(fresh.db, olp, session)).map((attendee) => attendee.name)).toEqual(["Giulia Volontaria", "Marco Volontario"]);
    expect(await listAttendees(fresh.db, otherOlp, session)).toEqual([]);
    const form = (present: { userId: string; minutes: number }[]) => attendanceFormSchema.parse({ sessionId: id, present });

    expect(await recordAttendance(fresh.db, { form: form([{ userId: giulia, minutes: 241 }]), staff: olp, today })).toEqual({ ok: false, reason: "too_long", userId: giulia });
    expect(await recordAttendance(fresh.db, { form: form([{ userId: elsewhere, minutes: 60 }]), staff: olp, today })).toEqual({ ok: false, reason: "not_attendee" });
    expect(await recordAttendance(fresh.db, { form: form([{ userId: giulia, minutes: 60 }]), staff: olp, today: "2026-11-20" })).toEqual({ ok: false, reason: "not_yet" });
    expect(await recordAttendance(fresh.db, { form: form([{ userId: giulia, minutes: 240 }, { userId: marco, minutes: 180 }]), staff: olp, today })).toEqual({ ok: true, present: 2 });
    expect((await listAttendees(fresh.db, olp, session)).map((attendee) => attendee.minutes)).toEqual([240, 180]);
    expect(await recordAttendance(fresh.db, { form: form([{ userId: giulia, minutes: 200 }]), staff: olp, today })).toEqual({ ok: true, present: 1 });
    expect((await listAttendees(fresh.db, olp, session)).map((attendee) => attendee.minutes)).toEqual([200, null]);
    expect((await loadSession(fresh.db, id))?.attendees).toBe(1);
  });

  it("gives individual tutoring one attendee, in the application and in PostgreSQL", async () => {
    const { id } = await createSession(fresh.db, { form: sessionForm({ kind: "TUTORING_INDIVIDUAL", title: "Colloquio", day: "2026-11-25", minutes: "120" }), staff: admin });
    const both = attendanceFormSchema.parse({ sessionId: id, present: [{ userId: giulia, minutes: 120 }, { userId: marco, minutes: 120 }] });
    expect(await recordAttendance(fresh.db, { form: both, staff: olp, today })).toEqual({ ok: false, reason: "individual_single" });
    expect(await recordAttendance(fresh.db, { form: { sessionId: id, present: [{ userId: giulia, minutes: 120 }] }, staff: olp, today })).toEqual({ ok: true, present: 1 });
    const second = () => fresh.db.trainingAttendance.create({ data: { sessionId: id, projectId, userId: marco, minutes: 60 } });
    expect((await refusal(second)).constraint).toBe("TrainingAttendance_individual_single");
  });
});

describe("what PostgreSQL refuses", () => {
  let sessionId: string;
  beforeAll(async () => {
    sessionId = (await createSession(fresh.db, { form: sessionForm({ title: "Vincoli", day: "2026-11-26", minutes: "120" }), staff: olp })).id;
  });

  it("sessions that are not one positive stretch of a day, or have no title", async () => {
    const base = { projectId, kind: "SPECIFIC" as const, title: "Prova", day: day("2026-11-26"), startMinute: 540, minutes: 60 };
    expect((await refusal(() => fresh.db.trainingSession.create({ data: { ...base, minutes: 0 } }))).constraint).toBe("TrainingSession_minutes_positive");
    expect((await refusal(() => fresh.db.trainingSession.create({ data: { ...base, startMinute: 1400 } }))).constraint).toBe("TrainingSession_within_day");
    expect((await refusal(() => fresh.db.trainingSession.create({ data: { ...base, title: "  " } }))).constraint).toBe("TrainingSession_title_length");
    expect((await refusal(() => fresh.db.trainingSession.create({ data: { ...base, place: "" } }))).constraint).toBe("TrainingSession_place_length");
  });

  it("attendance of a volunteer not enrolled in the session's project, or longer than the session", async () => {
    const attend = (userId: string, minutes: number, project = projectId) => () => fresh.db.trainingAttendance.create({ data: { sessionId, projectId: project, userId, minutes } });
    expect((await refusal(attend(elsewhere, 60))).constraint).toBe("TrainingAttendance_userId_projectId_fkey");
    expect((await refusal(attend(elsewhere, 60, otherProjectId))).constraint).toBe("TrainingAttendance_sessionId_projectId_fkey");
    expect((await refusal(attend(giulia, 121))).constraint).toBe("TrainingAttendance_within_session");
    expect((await refusal(attend(giulia, 0))).constraint).toBe("TrainingAttendance_minutes_positive");
    await attend(giulia, 120)();
    // The session cannot shrink below an attendance, and the enrolment cannot move to another project.
    expect((await refusal(() => fresh.db.trainingSession.update({ where: { id: sessionId }, data: { minutes: 90 } }))).constraint).toBe("TrainingAttendance_within_session");
    expect((await refusal(() => fresh.db.enrolment.update({ where: { userId: giulia }, data: { projectId: otherProjectId } }))).constraint).toBe(
      "TrainingAttendance_sessionId_projectId_fkey",
    );
  });

  it("a tutoring split that does not make the project's tutoring", async () => {
    expect((await refusal(() => fresh.db.project.update({ where: { id: projectId }, data: { tutoringIndividualMinutes: 6 * 60 } }))).constraint).toBe("Project_tutoring_split");
    expect((await refusal(() => fresh.db.project.update({ where: { id: projectId }, data: { tutoringGroupMinutes: null } }))).constraint).toBe("Project_tutoring_split");
  });
});

describe("progress", () => {
  it("adds each volunteer's attended minutes against the project's targets, for them and for their OLP", async () => {
    const mine = (await loadOwnTraining(fresh.db, giulia, today))!;
    // Modulo 1 (not recorded), Modulo 2 (200), Vincoli (120), Colloquio (individual tutoring, 120).
    expect(mine.progress.rows.find((row) => row.line === "GENERAL")).toMatchObject({ attendedMinutes: 320, targetMinutes: 2640, percent: 12, remainingMinutes: 2320 });
    expect(mine.progress.rows.find((row) => row.line === "TUTORING_INDIVIDUAL")).toMatchObject({ attendedMinutes: 120, targetMinutes: 300 });
    expect(mine.attended.map((session) => session.title)).toEqual(["Modulo 2", "Colloquio", "Vincoli"]);
    // General training was due by the 180th day, specific by the 90th; tutoring in November is outside
    // the last three months.
    expect(mine.progress.warnings).toEqual([
      { code: "deadline_passed", line: "GENERAL", deadline: "2026-11-27", remainingMinutes: 2320 },
      { code: "deadline_passed", line: "SPECIFIC", deadline: "2026-08-29", remainingMinutes: 5460 },
      { code: "tutoring_outside_window", day: "2026-11-25", from: "2027-03-01", to: "2027-05-31" },
    ]);
    expect((await listVolunteerTraining(fresh.db, olp, today)).map((volunteer) => volunteer.name)).toEqual(["Giulia Volontaria", "Marco Volontario"]);
    expect((await listVolunteerTraining(fresh.db, otherOlp, today)).map((volunteer) => volunteer.name)).toEqual(["Altra Sede"]);
    expect(await loadOwnTraining(fresh.db, olp.id, today)).toBeNull();
  });
});
