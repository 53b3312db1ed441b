// The committed migrations are the schema: they must match schema.prisma, apply to an empty database,
// and a new one must be creatable on a machine with no network (the offline engine stand-in).
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runPrisma } from "@/scripts/lib/prisma-cli";

import { freshDatabase, type FreshDatabase } from "./fresh-database";

const MIGRATIONS = path.resolve("prisma/migrations");
let fresh: FreshDatabase;

beforeAll(async () => {
  fresh = await freshDatabase();
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("migrations", () => {
  it("match prisma/schema.prisma (no drift)", async () => {
    const { code, output } = await runPrisma(
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      { databaseUrl: fresh.url, quiet: true },
    );
    expect(output).toContain("No difference detected");
    expect(code).toBe(0);
  });

  it("are all applied to a new database", async () => {
    const committed = (await readdir(MIGRATIONS, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    const applied = await fresh.db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(applied.map((row) => row.migration_name)).toEqual(committed.sort());
  });

  it("`migrate dev --name` creates and applies a new migration offline", async () => {
    // A scratch copy of the schema and migrations inside the project, so that the config resolves
    // the project's node_modules; the committed files stay untouched.
    const scratch = path.resolve(".data", `migrate-dev-${fresh.name}`);
    await mkdir(scratch, { recursive: true });
    try {
      await cp(MIGRATIONS, path.join(scratch, "migrations"), { recursive: true });
      const schema = await readFile("prisma/schema.prisma", "utf8");
      await writeFile(
        path.join(scratch, "schema.prisma"),
        schema
          .replace(/output\s*=\s*"[^"]+"/, `output = "${path.join(scratch, "client")}"`)
          .replace("  openingNotesEn String?", "  openingNotesEn String?\n  accessibilityNote String?"),
      );
      await writeFile(
        path.join(scratch, "prisma.config.ts"),
        // As prisma.config.ts does: the offline engine instead of a download.
        `process.env.PRISMA_SCHEMA_ENGINE_BINARY = ${JSON.stringify(path.resolve("prisma/engine/schema-engine.mjs"))};\n` +
          `export default ${JSON.stringify({
          schema: path.join(scratch, "schema.prisma"),
          migrations: { path: path.join(scratch, "migrations") },
          datasource: { url: fresh.url },
        })};\n`,
      );
      const { code, output } = await runPrisma(
        ["migrate", "dev", "--name", "accessibility_note", "--config", path.join(scratch, "prisma.config.ts")],
        { databaseUrl: fresh.url, quiet: true },
      );
      expect(output).not.toMatch(/download|ENOTFOUND|binaries\.prisma\.sh/i);
      expect(code, output).toBe(0);

      const created = (await readdir(path.join(scratch, "migrations"))).find((name) => name.endsWith("_accessibility_note"));
      expect(created).toBeDefined();
      const sql = await readFile(path.join(scratch, "migrations", created!, "migration.sql"), "utf8");
      expect(sql).toContain('ALTER TABLE "Sede" ADD COLUMN     "accessibilityNote" TEXT');
      const columns = await fresh.db.$queryRaw<{ column_name: string }[]>`
        SELECT column_name FROM information_schema.columns WHERE table_name = 'Sede' AND column_name = 'accessibilityNote'`;
      expect(columns).toHaveLength(1);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
