// Creating a desk on a real, seeded database: the desk, its projects and its OLP in one transaction,
// audited; a taken SCU code is answered next to its field (PostgreSQL's unique key, also under a
// race); another ente's project is refused by PostgreSQL even when the application is bypassed; the
// new desk is at once in desk administration, and its public page and booking offer nothing until it
// has opening hours and services, then offer slots.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { findOffer, loadOfferSlots } from "@/lib/availability/load-slots";
import { desksOffering } from "@/lib/booking/wizard-data";
import { createDesk, deskCreationChoices } from "@/lib/desk-admin/create-desk";
import { addOpeningInterval } from "@/lib/desk-admin/opening-hours";
import { newDeskSchema } from "@/lib/desk-admin/schema";
import { saveDeskService } from "@/lib/desk-admin/services";
import { getDesk } from "@/lib/desks/get-desk";
import { findSupervisedDesk } from "@/lib/supervision/access";

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

let fresh: FreshDatabase;
const ids = { admin: "", olp: "", cremona: "", milano: "", cremonaProject: "", milanoProject: "" };

const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  return data;
};

const validDesk = (overrides: Record<string, unknown> = {}) =>
  newDeskSchema.parse({
    scuCode: "990001",
    enteId: ids.cremona,
    name: "Sportello di quartiere Po",
    street: "Via del Sale, 12",
    postalCode: "26100",
    city: "Cremona",
    phone: "+39 0372 000000",
    email: "",
    openingNotesIt: "",
    openingNotesEn: "",
    projects: [{ projectId: ids.cremonaProject, volunteerPlaces: "2" }],
    olpId: ids.olp,
    ...overrides,
  });

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  fresh = await freshDatabase();
  process.env.DATABASE_URL = fresh.url;
  const { seed } = await import("@/prisma/seed/seed");
  await seed(fresh.db, { demoUsers: true });
  ids.admin = (await fresh.db.user.findUniqueOrThrow({ where: { email: "admin@sportello.demo" } })).id;
  ids.olp = (await fresh.db.user.findUniqueOrThrow({ where: { email: "olp@sportello.demo" } })).id;
  ids.cremona = (await fresh.db.ente.findUniqueOrThrow({ where: { code: "cremona" } })).id;
  ids.milano = (await fresh.db.ente.findUniqueOrThrow({ where: { code: "milano" } })).id;
  ids.cremonaProject = (await fresh.db.project.findFirstOrThrow({ where: { enteId: ids.cremona } })).id;
  ids.milanoProject = (await fresh.db.project.findFirstOrThrow({ where: { enteId: ids.milano } })).id;
});

afterAll(async () => {
  await fresh.db.$disconnect();
  const { db } = await import("@/lib/db");
  await db().$disconnect();
});

describe("the new-desk form's schema", () => {
  it("refuses a malformed SCU code, a missing name and bad places, each on its field", () => {
    const result = newDeskSchema.safeParse({ scuCode: "12a4", enteId: ids.cremona, name: " ", street: "Via X 1", city: "Cremona", projects: [{ projectId: ids.cremonaProject, volunteerPlaces: "-1" }] });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toMatchObject({
      scuCode: "deskAdmin.errors.scuCodeInvalid",
      name: "deskAdmin.errors.deskNameRequired",
      "projects.0.volunteerPlaces": "deskAdmin.errors.placesInvalid",
    });
  });
});

describe("createDesk", () => {
  it("creates the desk with its project and OLP, audited, and offers the ente's projects and active OLPs", async () => {
    const choices = await deskCreationChoices(fresh.db);
    expect(choices.projects.find((project) => project.id === ids.cremonaProject)?.enteId).toBe(ids.cremona);
    expect(choices.olps.map((olp) => olp.id)).toContain(ids.olp);

    const result = await createDesk(fresh.db, { ...validDesk(), actorId: ids.admin });
    expect(result).toMatchObject({ ok: true, scuCode: "990001" });
    const desk = await fresh.db.sede.findUniqueOrThrow({ where: { scuCode: "990001" }, include: { projects: true, users: true } });
    expect(desk).toMatchObject({ name: "Sportello di quartiere Po", postalCode: "26100", email: null, active: true });
    expect(desk.projects).toEqual([expect.objectContaining({ projectId: ids.cremonaProject, volunteerPlaces: 2 })]);
    expect(desk.users.map((link) => link.userId)).toEqual([ids.olp]);
    const entry = await fresh.db.auditLog.findFirstOrThrow({ where: { action: "desk.create", entityId: desk.id } });
    expect(entry).toMatchObject({ actorId: ids.admin, metadata: { enteId: ids.cremona, projects: 1, olpId: ids.olp } });

    // The OLP supervises it at once (their desks are read afresh on each request).
    const olpDesks = (await fresh.db.userSede.findMany({ where: { userId: ids.olp } })).map((link) => link.sedeId);
    expect(await findSupervisedDesk(fresh.db, { role: "OLP", sedeIds: olpDesks }, "990001")).toMatchObject({ ok: true });
  });

  it("answers a taken SCU code without changing anything, also when two creations race", async () => {
    const before = await fresh.db.sede.count();
    expect(await createDesk(fresh.db, { ...validDesk({ name: "Doppione" }), actorId: ids.admin })).toEqual({ ok: false, reason: "scu_code_taken" });
    const race = await Promise.all([1, 2].map((n) => createDesk(fresh.db, { ...validDesk({ scuCode: "990077", name: `Gara ${n}` }), actorId: ids.admin })));
    expect(race.filter((result) => result.ok)).toHaveLength(1);
    expect(race.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "scu_code_taken" }]);
    expect(await fresh.db.sede.count()).toBe(before + 1);
  });

  it("refuses another ente's project, an unknown OLP and a volunteer as OLP", async () => {
    const volunteer = (await fresh.db.user.findUniqueOrThrow({ where: { email: "volontaria@sportello.demo" } })).id;
    expect(await createDesk(fresh.db, { ...validDesk({ scuCode: "990002", projects: [{ projectId: ids.milanoProject, volunteerPlaces: "1" }] }), actorId: ids.admin })).toEqual({
      ok: false,
      reason: "project_other_ente",
    });
    expect(await createDesk(fresh.db, { ...validDesk({ scuCode: "990002", olpId: volunteer }), actorId: ids.admin })).toEqual({ ok: false, reason: "olp_invalid" });
    expect(await fresh.db.sede.count({ where: { scuCode: "990002" } })).toBe(0);
  });

  it("PostgreSQL keeps a desk out of another ente's project, whatever the application does", async () => {
    const desk = await fresh.db.sede.findUniqueOrThrow({ where: { scuCode: "990001" } });
    const error = await refusal(() => fresh.db.projectSede.create({ data: { projectId: ids.milanoProject, sedeId: desk.id, volunteerPlaces: 1 } }));
    expect(error).toMatchObject({ kind: "check", constraint: "ProjectSede_same_ente" });
  });
});

describe("a new desk on the public side", () => {
  it("shows no services and no hours, offers no slots until configured, then offers them", async () => {
    const now = new Date("2026-12-01T08:00:00Z");
    const page = await getDesk(fresh.db, { scuCode: "990001", locale: "it", now });
    expect(page).toMatchObject({ services: [], name: "Sportello di quartiere Po" });
    expect(page!.openingHours.every((day) => day.intervals.length === 0)).toBe(true);
    expect((await desksOffering(fresh.db, "PIN_PUK")).map((desk) => desk.scuCode)).not.toContain("990001");
    expect(await findOffer(fresh.db, { scuCode: "990001", serviceCode: "PIN_PUK" })).toBeNull();

    // A service but no opening hours: bookable in the wizard's list, with no free time.
    const desk = await fresh.db.sede.findUniqueOrThrow({ where: { scuCode: "990001" } });
    const service = await fresh.db.service.findUniqueOrThrow({ where: { code: "PIN_PUK" } });
    expect(await saveDeskService(fresh.db, { sedeId: desk.id, serviceId: service.id, active: true, capacity: 1, slotMinutes: 20, dailyCap: undefined, actorId: ids.admin })).toMatchObject({ ok: true });
    const offer = await findOffer(fresh.db, { scuCode: "990001", serviceCode: "PIN_PUK" });
    expect(offer).not.toBeNull();
    expect((await loadOfferSlots(fresh.db, offer!, { now })).free).toEqual([]);

    expect(await addOpeningInterval(fresh.db, { sedeId: desk.id, weekday: 3, opens: 9 * 60, closes: 12 * 60, actorId: ids.admin })).toMatchObject({ ok: true });
    const slots = (await loadOfferSlots(fresh.db, offer!, { now })).free;
    expect(slots.length).toBeGreaterThan(0);
    expect((await getDesk(fresh.db, { scuCode: "990001", locale: "it", now }))!.services.map((item) => item.code)).toEqual(["PIN_PUK"]);
  });
});

describe("createDeskAction", () => {
  const call = async (userId: string | null, fields: Record<string, string | string[]>) => {
    session.userId = userId;
    const { createDeskAction } = await import("@/app/(olp)/supervisione/sportelli/nuovo/actions");
    try {
      return { returned: await createDeskAction(null, form(fields)) };
    } catch (threw) {
      return { threw: (threw as { digest?: string }).digest ?? String(threw) };
    } finally {
      session.userId = null;
    }
  };
  const fields = (overrides: Record<string, string | string[]> = {}) => ({
    scuCode: "990003",
    enteId: ids.cremona,
    name: "Sportello Cascinetto",
    street: "Via Cascinetto, 3",
    city: "Cremona",
    projectIds: [ids.cremonaProject],
    [`places-${ids.cremonaProject}`]: "1",
    olpId: "",
    ...overrides,
  });

  it("is refused to an OLP", async () => {
    expect(await call(ids.olp, fields())).toEqual({ threw: "NEXT_HTTP_ERROR_FALLBACK;403" });
    expect(await fresh.db.sede.count({ where: { scuCode: "990003" } })).toBe(0);
  });

  it("answers each bad field next to it, keeps what was typed, and a taken code on the code", async () => {
    const refused = await call(ids.admin, fields({ scuCode: "99", email: "non-una-mail", [`places-${ids.cremonaProject}`]: "x" }));
    expect(refused.returned).toMatchObject({
      ok: false,
      fieldErrors: { scuCode: "deskAdmin.errors.scuCodeInvalid", email: "deskAdmin.errors.emailInvalid", [`places-${ids.cremonaProject}`]: "deskAdmin.errors.placesInvalid" },
      values: { scuCode: "99", name: "Sportello Cascinetto" },
    });
    // A taken code is said together with the other errors.
    expect((await call(ids.admin, fields({ scuCode: "138935", city: "" }))).returned).toMatchObject({
      fieldErrors: { scuCode: "deskAdmin.errors.scuCodeTaken", city: "deskAdmin.errors.cityRequired" },
    });
    const taken = await call(ids.admin, fields({ scuCode: "138935" }));
    expect(taken.returned).toMatchObject({ ok: false, error: "deskAdmin.errors.scuCodeTaken", fieldErrors: { scuCode: "deskAdmin.errors.scuCodeTaken" } });
    expect(await fresh.db.sede.count({ where: { name: "Sportello Cascinetto" } })).toBe(0);
  });

  it("creates the desk and goes to its administration page", async () => {
    const done = await call(ids.admin, fields());
    expect(done.threw).toMatch(/^NEXT_REDIRECT;.*\/supervisione\/sportelli\/990003\/gestione\?esito=creato/);
    expect(await fresh.db.sede.count({ where: { scuCode: "990003" } })).toBe(1);
  });
});
