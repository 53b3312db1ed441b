import pg from "pg";

/** Runs one statement on the database the e2e server uses (set up by `npm test`). */
export async function sql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the e2e tests through `npm test`");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
