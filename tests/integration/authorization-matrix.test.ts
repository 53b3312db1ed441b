// Calls every server action, staff page and staff route handler as anonymous, a volunteer of another desk, a volunteer,
// an OLP and an administrator, on a real database, and checks who gets through. Only the session is
// simulated (which user is signed in); roles, desks and the authorization code are the real ones.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Db } from "@/lib/db";

import { ACTOR_EMAILS, ACTORS, type Actor, type MatrixContext, type Outcome } from "./authorization/actors";
import { ACTIONS, PAGES, ROUTES } from "./authorization/matrix";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

const session = vi.hoisted(() => ({ userId: null as string | null }));

vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  signIn: async () => {
    throw new Error("signIn is not called by the matrix");
  },
  signOut: async () => {
    throw new Error("signOut is not called by the matrix");
  },
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "sportello.test", "x-forwarded-proto": "https" }),
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let fresh: FreshDatabase;
let ctx: MatrixContext;
const userIds = new Map<Actor, string | null>();

beforeAll(async () => {
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  fresh = await freshDatabase();
  // The application's db() connects to this run's database.
  process.env.DATABASE_URL = fresh.url;
  const { seed } = await import("@/prisma/seed/seed");
  await seed(fresh.db, { demoUsers: true });
  const otherDesk = await fresh.db.sede.findUniqueOrThrow({ where: { scuCode: "138885" } });
  await fresh.db.user.create({
    data: { email: ACTOR_EMAILS.otherDeskVolunteer, name: "Altra Sede", role: "VOLUNTEER", sedi: { create: { sedeId: otherDesk.id } } },
  });
  const desk = await fresh.db.sede.findUniqueOrThrow({ where: { scuCode: "138935" } });
  let counter = 0;
  ctx = {
    db: fresh.db as Db,
    deskId: desk.id,
    async newVolunteer() {
      const user = await fresh.db.user.create({
        data: { email: `bersaglio-${++counter}@sportello.demo`, name: `Bersaglio ${counter}`, role: "VOLUNTEER", sedi: { create: { sedeId: desk.id } } },
      });
      return user.id;
    },
  };
  userIds.set("anonymous", null);
  for (const [actor, email] of Object.entries(ACTOR_EMAILS)) {
    userIds.set(actor as Actor, (await fresh.db.user.findUniqueOrThrow({ where: { email } })).id);
  }
});

afterAll(async () => {
  await fresh.db.$disconnect();
  const { db } = await import("@/lib/db");
  await db().$disconnect();
});

/** What Next would do with what the call threw or returned. */
function outcomeOf(result: { threw: unknown } | { returned: unknown }): Outcome {
  if ("threw" in result) {
    const digest = (result.threw as { digest?: string })?.digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/accesso")) return "sign-in";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "forbidden";
    return "allowed"; // got past authorization (another redirect, or rendering outside Next)
  }
  const value = result.returned as { ok?: boolean; error?: string } | undefined;
  if (value && value.ok === false && /forbidden/i.test(value.error ?? "")) return "forbidden";
  return "allowed";
}

async function callAs(actor: Actor, call: () => Promise<unknown>): Promise<Outcome> {
  session.userId = userIds.get(actor) ?? null;
  try {
    return outcomeOf({ returned: await call() });
  } catch (threw) {
    return outcomeOf({ threw });
  } finally {
    session.userId = null;
  }
}

const expected = (allowed: boolean, actor: Actor): Outcome => (allowed ? "allowed" : actor === "anonymous" ? "sign-in" : "forbidden");

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(process.cwd(), path.join(e.parentPath, e.name)));
}

describe("the matrix covers everything that exists", () => {
  it("lists every exported server action", async () => {
    const found: string[] = [];
    for (const file of [...(await filesUnder("app")), ...(await filesUnder("components")), ...(await filesUnder("lib"))]) {
      const source = await readFile(file, "utf8");
      if (!/^\s*["']use server["'];?/m.test(source.split("\n").slice(0, 3).join("\n"))) continue;
      for (const match of source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)/gm)) found.push(`${file}#${match[1]}`);
    }
    expect(found.sort()).toEqual(ACTIONS.map((a) => a.id).sort());
  });

  it("lists every route handler of the staff areas", async () => {
    const routes = [...(await filesUnder("app/(volunteer)")), ...(await filesUnder("app/(olp)"))].filter((f) => f.endsWith("route.ts"));
    expect(routes.sort()).toEqual(ROUTES.map((r) => r.file).sort());
  });

  it("lists every staff page", async () => {
    const pages = [...(await filesUnder("app/(volunteer)")), ...(await filesUnder("app/(olp)"))].filter((f) => f.endsWith("page.tsx"));
    expect(pages.sort()).toEqual(PAGES.map((p) => p.file).sort());
  });
});

describe.each(PAGES)("page $file", (entry) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const { default: Page } = await import(/* @vite-ignore */ path.resolve(entry.file));
    const params = entry.params ? await entry.params(ctx) : {};
    const outcome = await callAs(actor, () => Page({ params: Promise.resolve(params), searchParams: Promise.resolve({}) }));
    expect(outcome).toBe(expected(entry.allowed[actor], actor));
  });
});

/** A route's answer as an outcome: 401 asks to sign in, 403 is refused, anything else got through. */
function routeOutcome(response: Response): Outcome {
  if (response.status === 401) return "sign-in";
  if (response.status === 403) return "forbidden";
  return "allowed";
}

describe.each(ROUTES)("route $file", (entry) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const { GET } = await import(/* @vite-ignore */ path.resolve(entry.file));
    const query = entry.query ? await entry.query(ctx) : "";
    const params = entry.params ? await entry.params(ctx) : {};
    session.userId = userIds.get(actor) ?? null;
    let outcome: Outcome;
    try {
      outcome = routeOutcome(await GET(new Request(`https://sportello.test/route?${query}`), { params: Promise.resolve(params) }));
    } catch (threw) {
      outcome = outcomeOf({ threw });
    } finally {
      session.userId = null;
    }
    expect(outcome).toBe(expected(entry.allowed[actor], actor));
  });
});

const guarded = ACTIONS.filter((entry) => !entry.public);

describe.each(guarded.length ? guarded : [null])("action %s", (entry) => {
  it.each(ACTORS)("as %s", async (actor) => {
    if (!entry) return; // no staff actions yet
    const [file, name] = entry.id.split("#");
    const actions = await import(/* @vite-ignore */ path.resolve(file));
    const args = entry.args ? await entry.args(ctx) : [];
    const outcome = await callAs(actor, () => actions[name](...args));
    expect(outcome).toBe(expected(entry.allowed![actor], actor));
  });
});
