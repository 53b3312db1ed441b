import pg from "pg";

/**
 * Holds PostgreSQL's advisory lock "e2e:service-maps" while `work` changes the shared maps. Both
 * service-map journeys write the same maps in the one e2e database and run on parallel workers: each
 * takes this lock around its writes, so neither sees the other's figures half-way.
 */
export async function withMapsLock<T>(work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`SELECT pg_advisory_lock(hashtext('e2e:service-maps'))`);
    return await work();
  } finally {
    await client.query(`SELECT pg_advisory_unlock(hashtext('e2e:service-maps'))`);
    await client.end();
  }
}
