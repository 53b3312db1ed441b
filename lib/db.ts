import { PrismaPg } from "@prisma/adapter-pg";

import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** A client or an interactive transaction: what `lib/` functions take. */
export type DbClient = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export function createDb(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

// Cached on globalThis so that hot reload in development does not open a new pool each time.
const globalForDb = globalThis as typeof globalThis & { sportelloDb?: PrismaClient };

/** The application's one database client, created on first use (so `next build` needs no database). */
export function db(): PrismaClient {
  globalForDb.sportelloDb ??= createDb(env().DATABASE_URL);
  return globalForDb.sportelloDb;
}
