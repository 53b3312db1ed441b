// Runs once when the server starts: a missing or wrong variable stops it with the list of problems,
// rather than failing on the first request.
export async function register() {
  const { env } = await import("@/lib/env");
  env();
}
