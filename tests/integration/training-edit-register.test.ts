// Editing and deleting training sessions, and the training register, on a real database: an edit keeps
// the creation form's rules and never silently breaks recorded attendance (refused, or confirmed
// first); a deletion takes its attendance with it only at the count the OLP was shown; progress totals
// follow both; the register's rows and totals are the database's, each reader seeing only the
// volunteers they may see; CSV and PDF downloads answer only those allowed.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { loadOwnTraining } from "@/lib/training/records";
import { registerCsv } from "@/lib/training/register-csv";
import { ownRegister, supervisedRegister } from "@/lib/training/register-access";
import { registerPdf } from "@/lib/training/register-pdf";
import { registerSheet, type RegisterLabels } from "@/lib/training/register-sheet";
import { deleteSession, editSession } from "@/lib/training/edit-session";
import { sessionEditSchema, sessionFormSchema } from "@/lib/training/schema";
import { createSession } from "@/lib/training/sessions";

import { createCremona } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

const session = vi.hoisted(() => ({ userId: null as string | null }));

vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  signIn: async () => {
    throw new Error("not used");
  },
  signOut: async () => {
    throw new Error("not used");
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "sportello.test", "x-forwarded-proto": "https" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("@/lib/i18n/server-locale", () => ({ getCurrentLocale: async () => "it" }));
// The routes' labels in Italian, from the real catalogue (next-intl's server functions need Next's request).
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("next-intl");
  const { messages } = await import("@/lib/i18n/messages");
  return {
    getTranslations: async (namespace?: string) => createTranslator({ locale: "it", messages: messages.it, namespace: namespace as never }),
    getFormatter: async () => createFormatter({ locale: "it", timeZone: "Europe/Rome" }),
  };
});

type Supervisor = { id: string; role: "OLP" | "ADMIN"; sedeIds: string[] };

let fresh: FreshDatabase;
let projectId: string;
const people = { giulia: "", marco: "", otherDesk: "" };
let olp: Supervisor;
let otherOlp: Supervisor;
let admin: Supervisor;
const today = "2026-11-28";
const day = (value: string) => new Date(`${value}T00:00:00Z`);

const newSession = (overrides: Record<string, string> = {}) =>
  sessionFormSchema.parse({ projectId, kind: "GENERAL", title: "Modulo", day: "2026-11-23", start: "09:00", minutes: "240", place: "", trainer: "Anna Formatrice", ...overrides });
const edit = (overrides: Record<string, string> = {}) =>
  sessionEditSchema.parse({ kind: "GENERAL", title: "Modulo", day: "2026-11-23", start: "09:00", minutes: "240", place: "", trainer: "Anna Formatrice", ...overrides });
const attend = (sessionId: string, userId: string, minutes: number) => fresh.db.trainingAttendance.create({ data: { sessionId, projectId, userId, minutes } });
const line = async (userId: string, name: string) => (await loadOwnTraining(fresh.db, userId, today))!.progress.rows.find((row) => row.line === name)!.attendedMinutes;

const labels: RegisterLabels = {
  title: "Registro",
  subtitle: (register) => [register.project.title, ...(register.volunteer ? [register.volunteer.name] : [])],
  columns: { day: "Data", time: "Orario", kind: "Tipo", module: "Modulo", trainer: "Formatore", sessionHours: "Ore", volunteer: "Volontario", attendedHours: "Presente" },
  totalsTitle: "Totali",
  totalsColumns: { volunteer: "Volontario", line: "Tipo", attended: "Svolte", target: "Obiettivo", percent: "%", remaining: "Mancano" },
  kinds: { GENERAL: "generale", SPECIFIC: "specifica", TUTORING_GROUP: "collettivo", TUTORING_INDIVIDUAL: "individuale" },
  lines: { GENERAL: "generale", SPECIFIC: "specifica", TUTORING: "tutoraggio", TUTORING_GROUP: "collettivo", TUTORING_INDIVIDUAL: "individuale" },
  noAttendees: "nessuno",
  noTarget: "-",
  day: (value) => value,
};

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  fresh = await freshDatabase();
  process.env.DATABASE_URL = fresh.url;
  const ente = await createCremona(fresh.db);
  const project = await fresh.db.project.create({
    data: {
      code: "cremona-registro",
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
  const desk = await fresh.db.sede.create({ data: { scuCode: "138935", enteId: ente.id, name: "Spazio Comune", street: "Piazza", city: "Cremona", projects: { create: { projectId, volunteerPlaces: 2 } } } });
  const otherDesk = await fresh.db.sede.create({ data: { scuCode: "138951", enteId: ente.id, name: "Altra", street: "Via", city: "Cremona", projects: { create: { projectId, volunteerPlaces: 1 } } } });
  const volunteer = async (email: string, name: string, sedeId: string, startsOn = "2026-06-01") => {
    const user = await fresh.db.user.create({ data: { email, name, role: "VOLUNTEER", sedi: { create: { sedeId } } } });
    await fresh.db.enrolment.create({ data: { userId: user.id, projectId, startsOn: day(startsOn), endsOn: day("2027-05-31") } });
    return user.id;
  };
  people.giulia = await volunteer("giulia@example.org", "Giulia Volontaria", desk.id);
  people.marco = await volunteer("marco@example.org", "Marco Volontario", desk.id, "2026-11-01");
  people.otherDesk = await volunteer("altra@example.org", "Altra Sede", otherDesk.id);
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
  const { db } = await import("@/lib/db");
  await db().$disconnect();
});

describe("editing a session", () => {
  it("applies the creation form's rules, field by field", () => {
    const issues = (overrides: Record<string, string>) => sessionEditSchema.safeParse({ ...{ kind: "GENERAL", title: "T", day: "2026-11-23", start: "09:00", minutes: "60" }, ...overrides }).error?.issues;
    expect(issues({ title: "" })?.[0].message).toBe("training.errors.titleRequired");
    expect(issues({ start: "23:00", minutes: "120" })?.[0]).toMatchObject({ path: ["minutes"], message: "training.errors.pastMidnight" });
    expect(issues({ trainer: "x".repeat(201) })?.[0]).toMatchObject({ path: ["trainer"], message: "training.errors.trainerTooLong" });
  });

  it("saves a session without attendance at once, audited", async () => {
    const { id } = await createSession(fresh.db, { form: newSession(), staff: olp });
    const result = await editSession(fresh.db, { sessionId: id, form: edit({ title: "Modulo rinominato", kind: "SPECIFIC", trainer: "" }), staff: olp, today, confirmed: false });
    expect(result).toEqual({ ok: true, changed: ["kind"] });
    expect(await fresh.db.trainingSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Modulo rinominato", kind: "SPECIFIC", trainer: null });
    expect(await fresh.db.auditLog.findFirstOrThrow({ where: { action: "training.session_update", entityId: id } })).toMatchObject({ metadata: { changed: "kind", attendances: 0 } });
  });

  it("asks to confirm a change that re-counts attendance, then moves the hours between totals", async () => {
    const { id } = await createSession(fresh.db, { form: newSession({ title: "Da confermare" }), staff: olp });
    await attend(id, people.giulia, 240);
    const general = await line(people.giulia, "GENERAL");
    const specific = await line(people.giulia, "SPECIFIC");
    const asked = await editSession(fresh.db, { sessionId: id, form: edit({ title: "Da confermare", kind: "SPECIFIC", start: "10:00" }), staff: olp, today, confirmed: false });
    expect(asked).toEqual({ ok: false, reason: "needs_confirmation", attendances: 1, changed: ["kind", "start"] });
    expect((await fresh.db.trainingSession.findUniqueOrThrow({ where: { id } })).kind).toBe("GENERAL");
    // A title alone needs no confirmation.
    expect(await editSession(fresh.db, { sessionId: id, form: edit({ title: "Solo il titolo" }), staff: olp, today, confirmed: false })).toEqual({ ok: true, changed: [] });

    expect(await editSession(fresh.db, { sessionId: id, form: edit({ kind: "SPECIFIC", start: "10:00" }), staff: olp, today, confirmed: true })).toMatchObject({ ok: true });
    expect(await line(people.giulia, "GENERAL")).toBe(general - 240);
    expect(await line(people.giulia, "SPECIFIC")).toBe(specific + 240);
    expect((await fresh.db.trainingAttendance.findFirstOrThrow({ where: { sessionId: id } })).minutes).toBe(240);
  });

  it("refuses what would break recorded attendance, confirmed or not, and changes nothing", async () => {
    const { id } = await createSession(fresh.db, { form: newSession({ title: "Con presenze", day: "2026-11-20" }), staff: olp });
    await attend(id, people.giulia, 200);
    await attend(id, people.marco, 120);
    const tryEdit = (overrides: Record<string, string>) => editSession(fresh.db, { sessionId: id, form: edit({ title: "Con presenze", day: "2026-11-20", ...overrides }), staff: olp, today, confirmed: true });
    expect(await tryEdit({ minutes: "180" })).toEqual({ ok: false, reason: "shorter_than_attendance", longestMinutes: 200 });
    expect(await tryEdit({ kind: "TUTORING_INDIVIDUAL" })).toEqual({ ok: false, reason: "individual_single" });
    expect(await tryEdit({ day: "2026-12-15" })).toEqual({ ok: false, reason: "future_with_attendance" });
    // Marco's service starts on 1 November.
    expect(await tryEdit({ day: "2026-10-20" })).toEqual({ ok: false, reason: "outside_enrolment" });
    expect(await fresh.db.trainingSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ minutes: 240, kind: "GENERAL", day: day("2026-11-20") });
    // PostgreSQL refuses the same two, should a path ever skip the checks.
    expect(await refusal(() => fresh.db.trainingSession.update({ where: { id }, data: { minutes: 180 } }))).toMatchObject({ constraint: "TrainingAttendance_within_session" });
    expect(await refusal(() => fresh.db.trainingSession.update({ where: { id }, data: { kind: "TUTORING_INDIVIDUAL" } }))).toMatchObject({ constraint: "TrainingAttendance_individual_single" });
  });

  it("leaves a session with another OLP's volunteers to an administrator", async () => {
    const { id } = await createSession(fresh.db, { form: newSession({ title: "Condiviso" }), staff: admin });
    await attend(id, people.giulia, 60);
    await attend(id, people.otherDesk, 60);
    expect(await editSession(fresh.db, { sessionId: id, form: edit({ title: "Condiviso 2" }), staff: olp, today, confirmed: true })).toEqual({ ok: false, reason: "others_attendance" });
    expect(await deleteSession(fresh.db, { sessionId: id, staff: otherOlp, expectedAttendances: 2 })).toEqual({ ok: false, reason: "others_attendance" });
    expect(await editSession(fresh.db, { sessionId: id, form: edit({ title: "Condiviso 2" }), staff: admin, today, confirmed: true })).toMatchObject({ ok: true });
  });
});

describe("deleting a session", () => {
  it("deletes it with its attendance only at the count shown, and the totals drop", async () => {
    const { id } = await createSession(fresh.db, { form: newSession({ title: "Da eliminare", kind: "TUTORING_GROUP", day: "2026-11-21", minutes: "90" }), staff: olp });
    await attend(id, people.giulia, 90);
    const before = await line(people.giulia, "TUTORING");
    expect(await deleteSession(fresh.db, { sessionId: id, staff: olp, expectedAttendances: 0 })).toEqual({ ok: false, reason: "count_changed", attendances: 1 });
    expect(await fresh.db.trainingSession.count({ where: { id } })).toBe(1);
    expect(await deleteSession(fresh.db, { sessionId: id, staff: olp, expectedAttendances: 1 })).toEqual({ ok: true, attendances: 1, projectId });
    expect(await fresh.db.trainingAttendance.count({ where: { sessionId: id } })).toBe(0);
    expect(await line(people.giulia, "TUTORING")).toBe(before - 90);
    expect(await fresh.db.auditLog.findFirstOrThrow({ where: { action: "training.session_delete", entityId: id } })).toMatchObject({ actorId: olp.id, metadata: { attendances: 1 } });
    expect(await deleteSession(fresh.db, { sessionId: id, staff: olp, expectedAttendances: 1 })).toEqual({ ok: false, reason: "not_found" });
  });
});

describe("the actions", () => {
  const call = async <T,>(userId: string, run: () => Promise<T>) => {
    session.userId = userId;
    try {
      return { returned: await run() };
    } catch (threw) {
      return { threw: (threw as { digest?: string }).digest ?? String(threw) };
    } finally {
      session.userId = null;
    }
  };
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };

  it("edit: refusals next to their fields, then the confirmation, then the change", async () => {
    const { editSessionAction } = await import("@/app/(olp)/supervisione/formazione/actions");
    const { id } = await createSession(fresh.db, { form: newSession({ title: "Azione", day: "2026-11-19" }), staff: olp });
    await attend(id, people.giulia, 240);
    const fields = { sessionId: id, kind: "GENERAL", title: "Azione", day: "2026-11-19", start: "09:00", minutes: "240", place: "", trainer: "" };
    expect((await call(olp.id, () => editSessionAction(null, form({ ...fields, minutes: "60" })))).returned).toMatchObject({
      ok: false,
      fieldErrors: { minutes: "training.errors.shorterThanAttendance" },
      values: { minutes: "60" },
    });
    expect((await call(olp.id, () => editSessionAction(null, form({ ...fields, title: "" })))).returned).toMatchObject({ ok: false, fieldErrors: { title: "training.errors.titleRequired" } });
    expect((await call(olp.id, () => editSessionAction(null, form({ ...fields, kind: "SPECIFIC" })))).returned).toMatchObject({ ok: true, data: { warning: true, attendances: 1, changed: ["kind"] } });
    expect((await call(olp.id, () => editSessionAction(null, form({ ...fields, kind: "SPECIFIC", intent: "confirm" })))).returned).toMatchObject({ ok: true, data: { message: "training.done.sessionUpdated" } });
    // The other desk's OLP runs the project too, but not Giulia's attendance.
    expect((await call(otherOlp.id, () => editSessionAction(null, form(fields)))).returned).toMatchObject({ ok: false, error: "training.errors.othersAttendance" });
    const outsider = await fresh.db.user.create({ data: { email: "olp3@example.org", name: "Senza sedi", role: "OLP" } });
    expect((await call(outsider.id, () => editSessionAction(null, form(fields)))).threw).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
  });

  it("delete: refused at a stale count, then redirects to the list with the count", async () => {
    const { deleteSessionAction } = await import("@/app/(olp)/supervisione/formazione/actions");
    const { id } = await createSession(fresh.db, { form: newSession({ title: "Azione elimina", day: "2026-11-18" }), staff: olp });
    await attend(id, people.marco, 30);
    expect((await call(olp.id, () => deleteSessionAction(null, form({ sessionId: id, attendances: "0" })))).returned).toMatchObject({ ok: false, error: "training.errors.attendanceChanged" });
    expect((await call(olp.id, () => deleteSessionAction(null, form({ sessionId: id, attendances: "1" })))).threw).toMatch(/^NEXT_REDIRECT;.*\/supervisione\/formazione\?esito=eliminato&presenze=1/);
  });
});

describe("the training register", () => {
  it("holds exactly the database's sessions, attendance and totals, for the volunteers the reader may see", async () => {
    const found = await supervisedRegister(fresh.db, olp, { projectId, today });
    if (!found.ok) throw new Error(found.reason);
    const { register } = found;
    expect(register.volunteers.map((volunteer) => volunteer.name)).toEqual(["Giulia Volontaria", "Marco Volontario"]);
    const sessions = await fresh.db.trainingSession.findMany({ where: { projectId }, include: { attendances: true } });
    expect(register.sessions.map((item) => item.id).sort()).toEqual(sessions.map((item) => item.id).sort());
    const visible = new Set([people.giulia, people.marco]);
    for (const item of register.sessions) {
      const stored = sessions.find((row) => row.id === item.id)!;
      expect(item.attendees.map((attendee) => [attendee.userId, attendee.minutes]).sort()).toEqual(
        stored.attendances.filter((attendance) => visible.has(attendance.userId)).map((attendance) => [attendance.userId, attendance.minutes]).sort(),
      );
    }
    // The totals: the sum of each volunteer's attended minutes per kind, as stored.
    for (const volunteer of register.volunteers) {
      const rows = await fresh.db.trainingAttendance.findMany({ where: { userId: volunteer.userId }, include: { session: true } });
      const sum = (kinds: string[]) => rows.filter((row) => kinds.includes(row.session.kind)).reduce((total, row) => total + row.minutes, 0);
      const of = (name: string) => volunteer.rows.find((row) => row.line === name)!;
      expect(of("GENERAL")).toMatchObject({ attendedMinutes: sum(["GENERAL"]), targetMinutes: 44 * 60 });
      expect(of("SPECIFIC")).toMatchObject({ attendedMinutes: sum(["SPECIFIC"]), targetMinutes: 91 * 60 });
      expect(of("TUTORING")).toMatchObject({ attendedMinutes: sum(["TUTORING_GROUP", "TUTORING_INDIVIDUAL"]), targetMinutes: 21 * 60 });
      expect(of("TUTORING_GROUP").targetMinutes).toBe(16 * 60);
      expect(of("TUTORING_INDIVIDUAL").targetMinutes).toBe(5 * 60);
    }

    const sheet = registerSheet(register, labels);
    const attendanceCount = register.sessions.reduce((total, item) => total + Math.max(1, item.attendees.length), 0);
    expect(sheet.rows).toHaveLength(attendanceCount);
    const csv = registerCsv(sheet);
    expect(csv.startsWith("\uFEFFRegistro\r\n")).toBe(true);
    expect(csv).toContain("Data;Orario;Tipo;Modulo;Formatore;Ore;Volontario;Presente");
    expect(csv).not.toContain("Altra Sede");
    const pdf = await registerPdf(sheet, { signatures: ["Firma volontario", "Firma formatore"], generatedAt: "2026-11-28 10:00" });
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe("%PDF-");
  });

  it("gives one volunteer's register with only their sessions, and refuses what the reader may not see", async () => {
    const own = await ownRegister(fresh.db, people.marco, today);
    expect(own?.volunteer?.name).toBe("Marco Volontario");
    expect(own!.volunteers.map((volunteer) => volunteer.userId)).toEqual([people.marco]);
    const marcoSessions = await fresh.db.trainingAttendance.findMany({ where: { userId: people.marco }, select: { sessionId: true } });
    expect(own!.sessions.map((item) => item.id).sort()).toEqual(marcoSessions.map((row) => row.sessionId).sort());
    expect(own!.sessions.every((item) => item.attendees.every((attendee) => attendee.userId === people.marco))).toBe(true);

    expect(await supervisedRegister(fresh.db, olp, { projectId, userId: people.otherDesk, today })).toEqual({ ok: false, reason: "not_found" });
    expect(await supervisedRegister(fresh.db, { role: "VOLUNTEER", sedeIds: [] }, { projectId, today })).toEqual({ ok: false, reason: "forbidden" });
    const adminView = await supervisedRegister(fresh.db, admin, { projectId, userId: people.otherDesk, today });
    expect(adminView.ok && adminView.register.volunteer?.name).toBe("Altra Sede");
  });

  it("downloads: the OLP's route and the volunteer's own, as CSV and PDF, to those allowed only", async () => {
    const olpRoute = await import("@/app/(olp)/supervisione/formazione/registro/file/route");
    const ownRoute = await import("@/app/(volunteer)/sportello/formazione/registro/file/route");
    const get = async (userId: string | null, route: typeof olpRoute, query: string) => {
      session.userId = userId;
      try {
        return await route.GET(new Request(`https://sportello.test/x?${query}`));
      } finally {
        session.userId = null;
      }
    };
    const csv = await get(olp.id, olpRoute, `progetto=${projectId}&formato=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = await csv.text();
    expect(text).toContain("Giulia Volontaria");
    expect(text).toContain("Data;Orario;Tipo;Modulo;Formatore;Ore incontro;Volontario;Ore frequentate");
    expect(text).toContain("Totali rispetto agli obiettivi");
    expect(text).not.toContain("Altra Sede");
    const pdf = await get(olp.id, olpRoute, `progetto=${projectId}&volontario=${people.giulia}&formato=pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(pdf.headers.get("content-disposition")).toContain("registro-formazione-giulia-volontaria.pdf");
    expect((await get(olp.id, olpRoute, `progetto=${projectId}&volontario=${people.otherDesk}&formato=csv`)).status).toBe(404);
    expect((await get(people.giulia, olpRoute, `progetto=${projectId}&formato=csv`)).status).toBe(403);
    expect((await get(null, olpRoute, `progetto=${projectId}&formato=csv`)).status).toBe(401);

    const mine = await get(people.marco, ownRoute, "formato=csv");
    expect(mine.status).toBe(200);
    const mineText = await mine.text();
    expect(mineText).toContain("Marco Volontario");
    expect(mineText).not.toContain("Giulia Volontaria");
    expect((await get(people.marco, ownRoute, "formato=pdf")).headers.get("content-type")).toBe("application/pdf");
    expect((await get(olp.id, ownRoute, "formato=csv")).status).toBe(404);
    expect((await get(null, ownRoute, "formato=csv")).status).toBe(401);
  });
});
