// Runs once when the server starts: a missing or wrong variable stops it with the list of problems,
// rather than failing on the first request.
export async function register() {
  const { env } = await import("@/lib/env");
  env();
  // pg-boss needs Node (TCP to PostgreSQL): imported only in the Node runtime, so that no edge bundle
  // contains it. Next.js does not call register() during `next build`.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerJobs } = await import("@/lib/jobs/server-jobs");
    await startServerJobs();
  }
}
