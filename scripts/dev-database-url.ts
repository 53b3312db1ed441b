// Prints the URL of `npm run dev`'s embedded database, for Prisma commands and psql while it runs:
//   DATABASE_URL=$(npx tsx scripts/dev-database-url.ts) npx prisma migrate dev --name …
import { withDatabase } from "./lib/databases";
import { EMBEDDED_DATABASE, EMBEDDED_DATA_DIR } from "./lib/dev-database";
import { embeddedServerUrl } from "./lib/embedded-postgres";

const serverUrl = await embeddedServerUrl(EMBEDDED_DATA_DIR);
if (!serverUrl) {
  console.error("No embedded database yet: run `npm run dev` once first.");
  process.exit(1);
}
console.log(withDatabase(serverUrl, EMBEDDED_DATABASE));
