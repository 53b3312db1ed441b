import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { verifyPassword } from "@/lib/auth/password";
import { getDesk } from "@/lib/desks/get-desk";
import { getHomeSummary } from "@/lib/desks/home-summary";
import { searchCatalogue } from "@/lib/desks/search-catalogue";
import { DEMO_PASSWORD, seed } from "@/prisma/seed/seed";

import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
// A Tuesday in late November: the patron saint of Milan (7 Dec) and the Immaculate Conception (8 Dec)
// fall within the next 60 days.
const today = new Date("2026-11-24T09:00:00Z");

beforeAll(async () => {
  fresh = await freshDatabase();
  const result = await seed(fresh.db, { demoUsers: true, today });
  expect(result).toEqual({ seeded: true, sedi: 26, users: 4 });
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("seed", () => {
  it("holds every desk of the three projects, with the places, hours and services of the documents", async () => {
    const perProject = await fresh.db.project.findMany({
      orderBy: { code: "asc" },
      select: { code: true, _count: { select: { sedi: true } } },
    });
    expect(perProject.map((p) => [p.code, p._count.sedi])).toEqual([
      ["cremona-2021-connessioni-accessibili", 12],
      ["milano-2019-informa-mi", 9],
      ["milano-2021-digitiamo", 5],
    ]);
    const spazioComune = await fresh.db.sede.findUniqueOrThrow({
      where: { scuCode: "138935" },
      include: { ente: true, openingHours: true, services: { include: { service: true } } },
    });
    expect(spazioComune).toMatchObject({ name: "Spazio Comune", street: "Piazza del Comune, 8", city: "Cremona", phone: "0372 407951" });
    expect(spazioComune.ente.code).toBe("cremona");
    expect(spazioComune.openingHours.length).toBeGreaterThan(0);
    expect(spazioComune.services.map((s) => s.service.code)).toEqual(expect.arrayContaining(["PIN_PUK", "SPID"]));
  });

  it("stores the projects' hour and training rules in minutes", async () => {
    const cremona = await fresh.db.project.findUniqueOrThrow({ where: { code: "cremona-2021-connessioni-accessibili" } });
    expect(cremona).toMatchObject({
      annualServiceMinutes: 1145 * 60,
      weeklyAverageMinutes: 25 * 60,
      weeklyMinimumMinutes: 20 * 60,
      serviceDaysPerWeek: 5,
      generalTrainingMinutes: 44 * 60,
      specificTrainingMinutes: 91 * 60,
      tutoringMinutes: 21 * 60,
    });
    const informaMi = await fresh.db.project.findUniqueOrThrow({ where: { code: "milano-2019-informa-mi" } });
    expect(informaMi).toMatchObject({ annualServiceMinutes: 1400 * 60, weeklyMinimumMinutes: 12 * 60 });
    const activity = await fresh.db.projectActivity.findFirstOrThrow({ where: { projectId: cremona.id, code: "D.1.1" } });
    expect(activity.title).not.toBe("");
  });

  it("creates one demo account per role, with an argon2id password", async () => {
    const users = await fresh.db.user.findMany({ orderBy: { email: "asc" } });
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["VOLUNTEER", "OLP", "ADMIN"]));
    expect(users[0].passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(users[0].passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(users[0].passwordHash!, "wrong")).toBe(false);
  });

  it("leaves a database that already holds data alone", async () => {
    const before = await fresh.db.sede.count();
    expect(await seed(fresh.db, { demoUsers: true, today })).toEqual({ seeded: false, reason: "not_empty" });
    expect(await fresh.db.sede.count()).toBe(before);
  });
});

describe("catalogue", () => {
  it("lists every service and every desk without a query", async () => {
    const result = await searchCatalogue(fresh.db, {}, "it");
    expect(result.services.map((s) => s.code)).toEqual(["PIN_PUK", "SPID", "CIE", "CERTIFICATES", "ONLINE_SERVICES_HELP"]);
    expect(result.desks).toHaveLength(26);
    expect(result.unknownService).toBe(false);
  });

  it("finds a desk by name, case-insensitively, and by SCU code", async () => {
    const byName = await searchCatalogue(fresh.db, { q: "spazio comune" }, "it");
    expect(byName.desks.map((d) => d.scuCode)).toContain("138935");
    const byCode = await searchCatalogue(fresh.db, { q: "138935" }, "it");
    expect(byCode.desks.map((d) => d.scuCode)).toEqual(["138935"]);
  });

  it("finds desks through the service they offer, in either language", async () => {
    const italian = await searchCatalogue(fresh.db, { q: "tessera sanitaria" }, "it");
    expect(italian.services.map((s) => s.code)).toContain("PIN_PUK");
    expect(italian.desks.every((d) => d.services.some((s) => s.code === "PIN_PUK") || /tessera/i.test(d.name))).toBe(true);
    const english = await searchCatalogue(fresh.db, { q: "health card" }, "en");
    expect(english.services.map((s) => s.code)).toEqual(["PIN_PUK"]);
  });

  it("filters desks by service and flags an unknown service", async () => {
    const spid = await searchCatalogue(fresh.db, { servizio: "SPID" }, "it");
    expect(spid.desks.length).toBeGreaterThan(0);
    expect(spid.desks.every((d) => d.services.some((s) => s.code === "SPID"))).toBe(true);
    const unknown = await searchCatalogue(fresh.db, { servizio: "NOPE" }, "it");
    expect(unknown).toMatchObject({ unknownService: true, services: [], desks: [] });
  });

  it("counts desks per municipality for the home page", async () => {
    const summary = await getHomeSummary(fresh.db);
    expect(summary.deskCount).toBe(26);
    expect(summary.municipalities.map(({ code, deskCount }) => [code, deskCount])).toEqual([
      ["cremona", 12],
      ["milano", 14],
    ]);
    expect(summary.municipalities[0].desks).toContainEqual({ scuCode: "138935", name: "Spazio Comune" });
    expect(summary.municipalities[1].desks).toHaveLength(14);
  });
});

describe("desk page", () => {
  it("returns the desk with its week, services and next closures in time order", async () => {
    const desk = await getDesk(fresh.db, { scuCode: "138935", locale: "it", now: today });
    expect(desk?.name).toBe("Spazio Comune");
    expect(desk?.openingHours.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(desk?.openingHours[0].intervals[0]).toEqual({ opens: 540, closes: 780 });
    const sources = desk?.closures.map((c) => [c.source, c.label]);
    expect(sources).toContainEqual(["NATIONAL_HOLIDAY", "Immacolata Concezione"]);
    expect(sources).toContainEqual(["NATIONAL_HOLIDAY", "Natale di Gesù"]);
    expect(sources).toContainEqual(["HOLIDAY", "Chiusura pomeridiana della vigilia di Natale"]);
    expect(sources).toContainEqual(["EXCEPTIONAL", "Chiuso per aggiornamento delle postazioni informatiche"]);
    // Cremona's patron (13 Nov) is past; Milan's is not this desk's.
    expect(sources?.some(([source]) => source === "PATRON_SAINT")).toBe(false);
    const starts = desk!.closures.map((c) => c.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("shows a Milan desk the feast of Sant'Ambrogio, in English too", async () => {
    const milan = await fresh.db.sede.findFirstOrThrow({ where: { ente: { code: "milano" } } });
    const desk = await getDesk(fresh.db, { scuCode: milan.scuCode, locale: "en", now: today });
    expect(desk?.closures).toContainEqual(
      expect.objectContaining({ source: "PATRON_SAINT", label: "Saint Ambrose", startsAt: new Date("2026-12-06T23:00:00Z") }),
    );
  });

  it("returns null for an unknown or inactive desk", async () => {
    expect(await getDesk(fresh.db, { scuCode: "999999", locale: "it", now: today })).toBeNull();
    await fresh.db.sede.update({ where: { scuCode: "138950" }, data: { active: false } });
    expect(await getDesk(fresh.db, { scuCode: "138950", locale: "it", now: today })).toBeNull();
  });
});
