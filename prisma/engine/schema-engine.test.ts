import { describe, expect, it, vi } from "vitest";

import { callEngine, cliErrorOutput, engineHash, parseArgs, poolConfig } from "./schema-engine.mjs";

describe("parseArgs", () => {
  it("reads the arguments the Prisma CLI passes to a native engine", () => {
    const args = parseArgs([
      "--datamodels",
      "prisma/schema.prisma",
      "--datasource",
      '{"url":"postgresql://u@h/db","shadowDatabaseUrl":"postgresql://u@h/shadow"}',
      "cli",
      "create-database",
    ]);
    expect(args).toEqual({
      datamodels: ["prisma/schema.prisma"],
      datasource: { url: "postgresql://u@h/db", shadowDatabaseUrl: "postgresql://u@h/shadow" },
      version: false,
      cliCommand: "create-database",
    });
    expect(parseArgs(["--version"]).version).toBe(true);
  });
});

describe("engineHash", () => {
  it("is the commit hash of the pinned wasm engine", () => {
    expect(engineHash()).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("poolConfig", () => {
  it("splits a URL into discrete fields so that a shadow database name is not overridden", () => {
    expect(poolConfig("postgresql://postgres:s%40cret@127.0.0.1:5433/sportello")).toEqual({
      database: "sportello",
      host: "127.0.0.1",
      port: 5433,
      user: "postgres",
      password: "s@cret",
      ssl: undefined,
      options: undefined,
    });
  });
});

describe("cliErrorOutput", () => {
  it("writes an ignored first line, then one JSON record with no trailing newline", () => {
    const error = Object.assign(new Error("Database `x` does not exist"), { code: "P1003" });
    const [first, record, ...rest] = cliErrorOutput(error).split("\n");
    expect(first).not.toBe("");
    expect(rest).toEqual([]);
    expect(JSON.parse(record)).toEqual({
      level: "ERROR",
      target: "schema_engine::logger",
      fields: { message: "Database `x` does not exist", error_code: "P1003" },
    });
  });
});

describe("callEngine", () => {
  const params = { migrationsList: { migrations: [] }, filters: {}, schema: {} };

  it("fills the shadow-schema cache with a diagnostic, then retries evaluateDataLoss once", async () => {
    const engine = {
      evaluateDataLoss: vi
        .fn()
        .mockRejectedValueOnce(new Error("PostgreSQL shadow DB must be provided through an external factory"))
        .mockResolvedValueOnce({ migrationSteps: 1, warnings: [], unexecutableSteps: [] }),
      devDiagnostic: vi.fn().mockResolvedValue({ action: { tag: "createMigration" } }),
    };
    await expect(callEngine(engine, "evaluateDataLoss", params)).resolves.toEqual({
      migrationSteps: 1,
      warnings: [],
      unexecutableSteps: [],
    });
    expect(engine.devDiagnostic).toHaveBeenCalledWith({ migrationsList: params.migrationsList, filters: params.filters });
  });

  it("passes every other error through unchanged", async () => {
    const engine = { applyMigrations: vi.fn().mockRejectedValue(new Error("relation exists")), devDiagnostic: vi.fn() };
    await expect(callEngine(engine, "applyMigrations", params)).rejects.toThrow("relation exists");
    expect(engine.devDiagnostic).not.toHaveBeenCalled();
  });
});
