import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { createDatabase, dropDatabases, runScopedName, withClient, withDatabase } from "@/scripts/lib/databases";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/scripts/lib/embedded-postgres";
import { migrateDeploy } from "@/scripts/lib/prisma-cli";

declare module "vitest" {
  export interface ProvidedContext {
    /** A connection URL to the test server, for creating databases. */
    adminUrl: string;
    /** A database migrated once for this run, cloned by each test file (never connected to). */
    templateDatabase: string;
    /** Prefix of every database this run creates; they are all dropped at the end. */
    runPrefix: string;
  }
}

/**
 * One PostgreSQL for the run: the server of DATABASE_URL (only databases named sportello_test_* are
 * created and dropped there) or, without it, an embedded one in a temporary folder.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "sportello-test-pg-"));
    embedded = await startEmbeddedPostgres({ dataDir, persistent: false });
    adminUrl = embedded.serverUrl;
    // lib/env.ts needs a database URL in the workers too; tests connect to their own databases.
    process.env.DATABASE_URL = adminUrl;
  }

  // Shadow databases of an interrupted `prisma migrate` that nobody uses any more.
  await withClient(adminUrl, (client) =>
    client.query(
      `SELECT datname FROM pg_database d WHERE datname LIKE 'prisma\\_migrate\\_shadow\\_db\\_%'
         AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)`,
    ).then(async ({ rows }) => {
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }),
  );

  const runPrefix = runScopedName("sportello_test");
  const templateDatabase = `${runPrefix}_template`;
  await createDatabase(adminUrl, templateDatabase);
  await migrateDeploy(withDatabase(adminUrl, templateDatabase));

  project.provide("adminUrl", adminUrl);
  project.provide("templateDatabase", templateDatabase);
  project.provide("runPrefix", runPrefix);

  return async () => {
    await dropDatabases(adminUrl, runPrefix);
    if (embedded) await embedded.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
