import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listAssignableDesks } from "@/lib/users/assignable-desks";
import { seed } from "@/prisma/seed/seed";

import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;

beforeAll(async () => {
  fresh = await freshDatabase();
  await seed(fresh.db, { demoUsers: false });
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("listAssignableDesks", () => {
  it("offers an administrator every active desk, and an inactive one only when asked to", async () => {
    const inactive = await fresh.db.sede.update({ where: { scuCode: "138885" }, data: { active: false } });
    const active = await fresh.db.sede.count({ where: { active: true } });
    const admin = { role: "ADMIN" as const, sedeIds: [] };
    const desks = await listAssignableDesks(fresh.db, admin);
    expect(desks).toHaveLength(active);
    expect(desks.map((desk) => desk.id)).not.toContain(inactive.id);
    const withInactive = await listAssignableDesks(fresh.db, admin, { alsoList: [inactive.id] });
    expect(withInactive.find((desk) => desk.id === inactive.id)).toMatchObject({ scuCode: "138885", active: false });
  });

  it("offers an OLP their own desks only, and a volunteer none", async () => {
    const own = await fresh.db.sede.findMany({ where: { scuCode: { in: ["138935", "138951"] } } });
    const olp = { role: "OLP" as const, sedeIds: own.map((desk) => desk.id) };
    const desks = await listAssignableDesks(fresh.db, olp, { alsoList: [(await fresh.db.sede.findFirstOrThrow()).id] });
    expect(desks.map((desk) => desk.scuCode).sort()).toEqual(["138935", "138951"]);
    expect(await listAssignableDesks(fresh.db, { role: "VOLUNTEER", sedeIds: olp.sedeIds })).toEqual([]);
  });
});
