import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/authenticate";
import type { Staff } from "@/lib/auth/session";
import { createStaffUser, listManageableUsers, sendPasswordLink, setUserActive, updateStaffUser } from "@/lib/users/manage-users";
import { issuePasswordLink, passwordTokenIsValid, requestPasswordReset, setPasswordWithToken } from "@/lib/users/password-tokens";

import { createCremona } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
let admin: Staff;
let olp: Staff;
let deskA: string;
let deskB: string;
const BASE_URL = "https://sportello.example.org";

const staffOf = async (email: string): Promise<Staff> => {
  const user = await fresh.db.user.findUniqueOrThrow({ where: { email }, include: { sedi: true } });
  return { id: user.id, name: user.name, email: user.email, role: user.role, sedeIds: user.sedi.map((s) => s.sedeId) };
};

/** The one-time link in the newest mail to `to`. */
async function linkMailedTo(to: string): Promise<string> {
  const mail = await fresh.db.outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const link = /https:\/\/sportello\.example\.org\/accesso\/nuova-password\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!link) throw new Error(`no link in "${mail.subject}"`);
  return link[1];
}

beforeAll(async () => {
  fresh = await freshDatabase();
  const ente = await createCremona(fresh.db);
  const a = await fresh.db.sede.create({ data: { scuCode: "138935", enteId: ente.id, name: "Spazio Comune", street: "Piazza del Comune, 8", city: "Cremona" } });
  const b = await fresh.db.sede.create({ data: { scuCode: "138951", enteId: ente.id, name: "Ufficio Tempi e Orari", street: "Via Geromini, 7", city: "Cremona" } });
  deskA = a.id;
  deskB = b.id;
  await fresh.db.user.create({ data: { email: "admin@example.org", name: "Admin", role: "ADMIN" } });
  await fresh.db.user.create({ data: { email: "olp@example.org", name: "OLP A", role: "OLP", sedi: { create: [{ sedeId: deskA }] } } });
  await fresh.db.user.create({ data: { email: "other@example.org", name: "Volontario B", role: "VOLUNTEER", sedi: { create: [{ sedeId: deskB }] } } });
  admin = await staffOf("admin@example.org");
  olp = await staffOf("olp@example.org");
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("creating staff", () => {
  it("lets an OLP invite a volunteer at their desk, who sets a password by the mailed link and signs in", async () => {
    const created = await createStaffUser(fresh.db, olp, { email: "nuovo@example.org", name: "Nuovo Volontario", role: "VOLUNTEER", sedeIds: [deskA], baseUrl: BASE_URL });
    expect(created).toMatchObject({ ok: true, data: { email: "nuovo@example.org", role: "VOLUNTEER", sedeIds: [deskA], active: true } });
    const token = await linkMailedTo("nuovo@example.org");
    expect(await passwordTokenIsValid(fresh.db, token)).toBe(true);
    expect(await setPasswordWithToken(fresh.db, { token, password: "una-password-lunga" })).toEqual({ ok: true, email: "nuovo@example.org" });
    expect(await authenticate(fresh.db, { email: "nuovo@example.org", password: "una-password-lunga", clientAddress: null })).toMatchObject({ ok: true });
    // The link works once.
    expect(await setPasswordWithToken(fresh.db, { token, password: "un-altra-password" })).toEqual({ ok: false, reason: "invalid_token" });
    const entries = await fresh.db.auditLog.findMany({ where: { entityId: created.ok ? created.data.id : "" }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["user.create", "auth.password_set", "auth.sign_in"]);
  });

  it("refuses an OLP creating an OLP, or a volunteer at a desk they do not supervise", async () => {
    expect(await createStaffUser(fresh.db, olp, { email: "x@example.org", name: "X Y", role: "OLP", sedeIds: [deskA], baseUrl: BASE_URL })).toEqual({ ok: false, error: "forbidden" });
    expect(await createStaffUser(fresh.db, olp, { email: "x@example.org", name: "X Y", role: "VOLUNTEER", sedeIds: [deskB], baseUrl: BASE_URL })).toEqual({ ok: false, error: "forbidden" });
    expect(await fresh.db.user.count({ where: { email: "x@example.org" } })).toBe(0);
  });

  it("says when the e-mail is taken, and creates nothing", async () => {
    const before = await fresh.db.outboxMessage.count();
    expect(await createStaffUser(fresh.db, admin, { email: "olp@example.org", name: "Doppione", role: "OLP", sedeIds: [], baseUrl: BASE_URL })).toEqual({ ok: false, error: "email_taken" });
    expect(await fresh.db.outboxMessage.count()).toBe(before);
  });
});

describe("managing staff", () => {
  it("shows an OLP only the volunteers of their desks", async () => {
    const visible = await listManageableUsers(fresh.db, olp);
    expect(visible.map((u) => u.email)).toEqual(["nuovo@example.org"]);
    expect((await listManageableUsers(fresh.db, admin)).length).toBe(4);
  });

  it("lets an OLP deactivate their volunteer, whose sign-in then fails, but not another desk's", async () => {
    const volunteer = await staffOf("nuovo@example.org");
    expect(await setUserActive(fresh.db, olp, { userId: volunteer.id, active: false })).toMatchObject({ ok: true, data: { active: false } });
    expect(await authenticate(fresh.db, { email: "nuovo@example.org", password: "una-password-lunga", clientAddress: null })).toEqual({ ok: false, reason: "invalid" });
    const other = await staffOf("other@example.org");
    expect(await setUserActive(fresh.db, olp, { userId: other.id, active: false })).toEqual({ ok: false, error: "forbidden" });
    expect(await setUserActive(fresh.db, olp, { userId: olp.id, active: false })).toEqual({ ok: false, error: "self" });
  });

  it("keeps the desks an OLP does not supervise when the OLP edits a volunteer", async () => {
    const both = await createStaffUser(fresh.db, admin, { email: "due@example.org", name: "Due Sedi", role: "VOLUNTEER", sedeIds: [deskA, deskB], baseUrl: BASE_URL });
    if (!both.ok) throw new Error("setup");
    const updated = await updateStaffUser(fresh.db, olp, { userId: both.data.id, name: "Due Sedi Bis", role: "VOLUNTEER", sedeIds: [] });
    expect(updated).toMatchObject({ ok: true, data: { name: "Due Sedi Bis", sedeIds: [deskB] } });
    expect(await updateStaffUser(fresh.db, olp, { userId: both.data.id, name: "Promosso", role: "OLP", sedeIds: [deskA] })).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("password links", () => {
  it("mails a reset link to an active account only, and answers the same either way", async () => {
    const before = await fresh.db.outboxMessage.count();
    await requestPasswordReset(fresh.db, { email: "nobody@example.org", baseUrl: BASE_URL });
    await requestPasswordReset(fresh.db, { email: "nuovo@example.org", baseUrl: BASE_URL }); // deactivated above
    expect(await fresh.db.outboxMessage.count()).toBe(before);
    await requestPasswordReset(fresh.db, { email: "olp@example.org", baseUrl: BASE_URL });
    expect(await fresh.db.outboxMessage.count()).toBe(before + 1);
  });

  it("expires after an hour, and a newer link replaces an older one", async () => {
    const t0 = new Date("2026-11-25T09:00:00Z");
    const old = await issuePasswordLink(fresh.db, { userId: olp.id, purpose: "reset", baseUrl: BASE_URL, now: t0 });
    const newer = await issuePasswordLink(fresh.db, { userId: olp.id, purpose: "reset", baseUrl: BASE_URL, now: t0 });
    expect(await passwordTokenIsValid(fresh.db, old, t0)).toBe(false);
    expect(await passwordTokenIsValid(fresh.db, newer, new Date(t0.getTime() + 59 * 60_000))).toBe(true);
    expect(await setPasswordWithToken(fresh.db, { token: newer, password: "abbastanza-lunga", now: new Date(t0.getTime() + 61 * 60_000) })).toEqual({
      ok: false,
      reason: "invalid_token",
    });
  });

  it("a link clicked twice at the same moment sets the password once", async () => {
    await sendPasswordLink(fresh.db, admin, { userId: olp.id, baseUrl: BASE_URL });
    const token = await linkMailedTo("olp@example.org");
    const results = await Promise.all([
      setPasswordWithToken(fresh.db, { token, password: "prima-password-1" }),
      setPasswordWithToken(fresh.db, { token, password: "seconda-password-2" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("stores only the hash of the token", async () => {
    await sendPasswordLink(fresh.db, admin, { userId: olp.id, baseUrl: BASE_URL });
    const token = await linkMailedTo("olp@example.org");
    expect(await fresh.db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
  });
});

describe("the year of service", () => {
  it("enrols a volunteer for twelve months in their desk's project, refuses it for other roles or mixed projects, and clears it", async () => {
    const ente = await fresh.db.ente.findFirstOrThrow();
    const project = await fresh.db.project.create({
      data: { code: "anno-servizio", enteId: ente.id, title: "Progetto", callYear: 2025, annualServiceMinutes: 68700, serviceDaysPerWeek: 5 },
    });
    const other = await fresh.db.project.create({
      data: { code: "altro-progetto", enteId: ente.id, title: "Altro", callYear: 2025, annualServiceMinutes: 84000, serviceDaysPerWeek: 5 },
    });
    await fresh.db.projectSede.createMany({ data: [{ projectId: project.id, sedeId: deskA, volunteerPlaces: 2 }, { projectId: other.id, sedeId: deskB, volunteerPlaces: 1 }] });
    const input = { email: "anno@example.org", name: "Anna Servizio", role: "VOLUNTEER" as const, sedeIds: [deskA], baseUrl: BASE_URL };

    expect(await createStaffUser(fresh.db, admin, { ...input, role: "OLP", serviceStartsOn: "2026-09-01" })).toEqual({ ok: false, error: "enrolment_needs_volunteer" });
    expect(await createStaffUser(fresh.db, admin, { ...input, sedeIds: [deskA, deskB], serviceStartsOn: "2026-09-01" })).toEqual({ ok: false, error: "enrolment_needs_one_project" });
    expect(await fresh.db.user.count({ where: { email: "anno@example.org" } })).toBe(0);

    const created = await createStaffUser(fresh.db, admin, { ...input, serviceStartsOn: "2026-09-01" });
    if (!created.ok) throw new Error("not created");
    expect(await fresh.db.enrolment.findUniqueOrThrow({ where: { userId: created.data.id } })).toMatchObject({
      projectId: project.id,
      startsOn: new Date("2026-09-01T00:00:00Z"),
      endsOn: new Date("2027-08-31T00:00:00Z"),
    });
    // Training attended keeps the year in its project: it cannot be cleared, and nothing is lost.
    const session = await fresh.db.trainingSession.create({
      data: { projectId: project.id, kind: "GENERAL", title: "Accoglienza", day: new Date("2026-09-02T00:00:00Z"), startMinute: 540, minutes: 240 },
    });
    await fresh.db.trainingAttendance.create({ data: { sessionId: session.id, projectId: project.id, userId: created.data.id, minutes: 240 } });
    const cleared = { userId: created.data.id, name: "Anna Servizio", role: "VOLUNTEER" as const, sedeIds: [deskA] };
    expect(await updateStaffUser(fresh.db, admin, cleared)).toEqual({ ok: false, error: "enrolment_in_use" });
    expect(await fresh.db.trainingAttendance.count({ where: { userId: created.data.id } })).toBe(1);
    await fresh.db.trainingAttendance.deleteMany({ where: { userId: created.data.id } });
    expect(await updateStaffUser(fresh.db, admin, cleared)).toMatchObject({ ok: true });
    expect(await fresh.db.enrolment.count({ where: { userId: created.data.id } })).toBe(0);
  });
});
