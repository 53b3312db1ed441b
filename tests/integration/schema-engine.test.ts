// The offline schema engine stand-in against a real server: what the Prisma CLI asks of it.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

import { inject, describe, expect, it } from "vitest";

import { engineHash, runCliCommand } from "@/prisma/engine/schema-engine.mjs";
import { runScopedName, withClient, withDatabase } from "@/scripts/lib/databases";

const run = promisify(execFile);
const ENGINE = path.resolve("prisma/engine/schema-engine.mjs");

const databaseExists = (name: string) =>
  withClient(inject("adminUrl"), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return rowCount === 1;
  });

describe("schema engine stand-in", () => {
  it("prints its version like the native engine", async () => {
    const { stdout } = await run(ENGINE, ["--version"]);
    expect(stdout).toBe(`schema-engine-cli ${engineHash()}\n`);
  });

  it("creates, checks and drops a database", async () => {
    const name = runScopedName(inject("runPrefix"));
    const datasource = { url: withDatabase(inject("adminUrl"), name) };
    await runCliCommand("create-database", datasource);
    expect(await databaseExists(name)).toBe(true);
    await runCliCommand("can-connect-to-database", datasource);
    await runCliCommand("drop-database", datasource);
    expect(await databaseExists(name)).toBe(false);
  });

  it("answers P1003 for a missing database, as the CLI expects before creating it", async () => {
    const url = withDatabase(inject("adminUrl"), runScopedName(inject("runPrefix")));
    const failure = await run(ENGINE, ["--datasource", JSON.stringify({ url }), "cli", "can-connect-to-database"]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    const [, record] = (failure as { stderr: string }).stderr.split("\n");
    expect(JSON.parse(record).fields.error_code).toBe("P1003");
  });
});
