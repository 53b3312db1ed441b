#!/usr/bin/env node
// Stand-in for Prisma's native schema engine, so that `prisma generate` and `prisma migrate …` never
// download a binary (this machine, and air-gapped municipal networks, cannot). It runs the wasm build of
// the same engine (npm @prisma/schema-engine-wasm, pinned to the CLI's engine hash) over the pg driver
// adapter, and speaks the protocol the CLI expects from the native executable. See docs/prisma-offline.md.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";

import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";

const require = createRequire(import.meta.url);
const WASM_PACKAGE = "@prisma/schema-engine-wasm";

// ---- arguments -------------------------------------------------------------------------------

export function parseArgs(argv) {
  const args = { datamodels: [], datasource: null, version: false, cliCommand: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels" || arg === "--datamodel") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "cli") args.cliCommand = argv[++i];
  }
  return args;
}

export function engineHash() {
  // The package's `exports` hide package.json from require.resolve; it sits beside the main file.
  const manifest = path.join(path.dirname(require.resolve(WASM_PACKAGE)), "package.json");
  const { version } = JSON.parse(readFileSync(manifest, "utf8"));
  // "7.10.0-7.561d7b42…" → the commit hash the CLI compares against its own.
  return version.split(".").at(-1);
}

// ---- pg connection helpers -------------------------------------------------------------------

// pg lets `connectionString` win over `database`, so the adapter's shadow pool ({...config, database})
// would silently point at the real database. Discrete fields avoid that.
export function poolConfig(url) {
  const { database, host, port, user, password, ssl, options } = parseConnectionString(url);
  return {
    database: database ?? undefined,
    host: host ?? undefined,
    port: port ? Number(port) : undefined,
    user: user ?? undefined,
    password: password ?? undefined,
    ssl: ssl === false || ssl == null ? undefined : ssl,
    options: options ?? undefined,
  };
}

function quoteIdent(name) {
  return `"${String(name).replaceAll('"', '""')}"`;
}

async function withClient(config, fn) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Catalog queries return PostgreSQL's internal "char" type (oid 18), which the adapter does not map
// ("Column type 'char' could not be deserialized"), while the engine's schema describer reads those
// columns as characters. pg reports them as text, tagged in the column name; the adapter wrapper
// below strips the tag and reports the column as Character.
const CHAR_OID = 18;
const TEXT_OID = 25;
const CHAR_TAG = "\u0000char";
const CHARACTER_COLUMN = 6; // ColumnTypeEnum.Character of @prisma/driver-adapter-utils

function patchCharColumns() {
  const original = pg.Result.prototype.addFields;
  if (original.sportelloPatched) return;
  const patched = function addFields(fields) {
    for (const field of fields) {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        field.name += CHAR_TAG;
      }
    }
    return original.call(this, fields);
  };
  patched.sportelloPatched = true;
  pg.Result.prototype.addFields = patched;
}

// The adapter splits a migration script on every ";", which breaks dollar-quoted function bodies
// (triggers). PostgreSQL's simple query protocol takes the whole script at once, as the native engine
// sends it, and runs it as one implicit transaction.
function withWholeScripts(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

function withCharacterColumns(adapter) {
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (query) => {
    const result = await queryRaw(query);
    result.columnNames = result.columnNames.map((name, i) => {
      if (!name.endsWith(CHAR_TAG)) return name;
      result.columnTypes[i] = CHARACTER_COLUMN;
      return name.slice(0, -CHAR_TAG.length);
    });
    return result;
  };
  return adapter;
}

function adapterFactory(datasource) {
  patchCharColumns();
  const config = poolConfig(datasource.url);
  const connect = async (poolOptions) =>
    withWholeScripts(withCharacterColumns(await new PrismaPg(poolOptions).connect()));
  const factory = new PrismaPg(config);
  factory.connect = () => connect(config);
  // The adapter's own shadow database is dropped while its pool still holds connections ("being
  // accessed by other users"): end the pool first, then drop with FORCE.
  factory.connectToShadowDb = async () => {
    if (datasource.shadowDatabaseUrl) return connect(poolConfig(datasource.shadowDatabaseUrl));
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await withClient(config, (c) => c.query(`CREATE DATABASE ${quoteIdent(database)}`));
    const adapter = await connect({ ...config, database });
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await withClient(config, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
    };
    return adapter;
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

// ---- `cli <command>` mode ------------------------------------------------------------------

class EngineCliError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

function describePgError(error, config) {
  const where = `${config.host ?? "localhost"}:${config.port ?? 5432}`;
  if (error.code === "3D000") {
    return new EngineCliError("P1003", `Database \`${config.database}\` does not exist on the database server at \`${where}\`.`);
  }
  if (error.code === "ECONNREFUSED" || error.code === "ENOTFOUND" || error.code === "ETIMEDOUT") {
    return new EngineCliError("P1001", `Can't reach database server at \`${where}\``);
  }
  if (error.code === "28P01" || error.code === "28000") {
    return new EngineCliError("P1000", `Authentication failed against database server at \`${where}\`.`);
  }
  return new EngineCliError(undefined, error.message);
}

export async function runCliCommand(command, datasource) {
  const config = poolConfig(datasource.url);
  const maintenance = { ...config, database: "postgres" };
  try {
    if (command === "can-connect-to-database") {
      await withClient(config, (c) => c.query("SELECT 1"));
    } else if (command === "create-database") {
      await withClient(maintenance, (c) => c.query(`CREATE DATABASE ${quoteIdent(config.database)}`));
    } else if (command === "drop-database") {
      await withClient(maintenance, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${quoteIdent(config.database)} WITH (FORCE)`),
      );
    } else {
      throw new EngineCliError(undefined, `Unknown schema engine cli command: ${command}`);
    }
  } catch (error) {
    throw error instanceof EngineCliError ? error : describePgError(error, config);
  }
}

// The CLI ignores the first stderr line and parses each following line as a JSON log record; a
// trailing newline would be parsed as an empty record and fail.
export function cliErrorOutput(error) {
  const record = {
    level: "ERROR",
    target: "schema_engine::logger",
    fields: { message: error.message, ...(error.code ? { error_code: error.code } : {}) },
  };
  return `schema-engine error\n${JSON.stringify(record)}`;
}

// ---- RPC mode -------------------------------------------------------------------------------

async function loadWasmEngine() {
  let panicMessage = null;
  // On a Rust panic the module stores the text here and then throws `unreachable`.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message) {
      panicMessage = message;
    },
  };
  const bindings = await import(`${WASM_PACKAGE}/schema_engine_bg`);
  const wasmPath = path.join(path.dirname(require.resolve(WASM_PACKAGE)), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": bindings,
  });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  // A panic inside an async closure surfaces as an uncaught `RuntimeError: unreachable` with no clue;
  // print the panic text the module left behind.
  process.on("uncaughtException", (error) => {
    process.stderr.write(`schema-engine-wasm panicked: ${panicMessage ?? error?.stack ?? error}\n`);
    process.exit(1);
  });
  return { bindings, takePanic: () => [panicMessage, (panicMessage = null)][0] };
}

function rpcError(error, panic) {
  let data = { is_panic: Boolean(panic), message: panic ?? error?.message ?? String(error), meta: null, error_code: null };
  // The wasm engine throws user-facing errors as JSON in the message.
  try {
    const parsed = JSON.parse(error?.message ?? "");
    if (parsed && typeof parsed === "object") data = { ...data, ...parsed };
  } catch {
    // not JSON: keep the plain message
  }
  return { code: 4466, message: data.message, data };
}

// The wasm engine's `evaluateDataLoss` can only build the migrations' schema from a cache that a
// shadow-database check fills; on a database that `migrate dev` has just created and migrated, no check
// ran and it fails. Running the development diagnostic first fills that cache, as the native flow would.
const NEEDS_SHADOW_CACHE = "shadow DB must be provided through an external factory";

export async function callEngine(engine, method, params) {
  try {
    return await engine[method](params);
  } catch (error) {
    if (method !== "evaluateDataLoss" || !String(error?.message).includes(NEEDS_SHADOW_CACHE)) throw error;
    await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
    return await engine[method](params);
  }
}

export async function serveRpc({ datamodels, datasource, input = process.stdin, output = process.stdout }) {
  const { bindings, takePanic } = await loadWasmEngine();
  const schemas = await Promise.all(datamodels.map(async (file) => [file, await readFile(file, "utf8")]));
  const log = (line) => process.stderr.write(`${line}\n`);
  const engine = await bindings.SchemaEngine.new(
    { datamodels: schemas.length ? schemas : undefined },
    log,
    adapterFactory(datasource),
  );

  const send = (message) => output.write(`${JSON.stringify(message)}\n`);
  const pendingPrints = new Map();
  let nextPrintId = 1_000_000;

  // The native engine prints `migrate diff` output through a `print` request to the CLI; the wasm
  // engine returns it as `stdout`. Forward it the native way and wait for the CLI's acknowledgement.
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextPrintId++;
      pendingPrints.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  const handle = async (request) => {
    const { id, method, params } = request;
    try {
      if (typeof engine[method] !== "function") throw new Error(`Unknown method: ${method}`);
      const result = await callEngine(engine, method, params ?? {});
      if (result && typeof result === "object" && typeof result.stdout === "string" && result.stdout) {
        await print(result.stdout);
      }
      send({ jsonrpc: "2.0", id, result: result ?? null });
    } catch (error) {
      send({ jsonrpc: "2.0", id, error: rpcError(error, takePanic()) });
    }
  };

  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  const inFlight = new Set();
  for await (const line of lines) {
    if (!line.trim()) continue;
    const message = JSON.parse(line);
    if (message.method === undefined && pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)();
      pendingPrints.delete(message.id);
      continue;
    }
    const task = handle(message).finally(() => inFlight.delete(task));
    inFlight.add(task);
  }
  await Promise.all(inFlight);
}

// ---- entry point ----------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    process.stdout.write(`schema-engine-cli ${engineHash()}\n`);
    return;
  }
  if (!args.datasource?.url) throw new Error("schema-engine: --datasource with a url is required");
  if (args.cliCommand) {
    try {
      await runCliCommand(args.cliCommand, args.datasource);
    } catch (error) {
      process.stderr.write(cliErrorOutput(error));
      process.exitCode = 1;
    }
    return;
  }
  await serveRpc({ datamodels: args.datamodels, datasource: args.datasource });
  process.exit(0);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("schema-engine.mjs")) {
  main().catch((error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
