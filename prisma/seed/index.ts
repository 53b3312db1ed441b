// `npx prisma db seed` / `npm run db:seed`: seeds an empty database, prints the demo credentials.
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";

import { serviceMapsFilePath } from "@/lib/service-maps/source-file";

import { DEMO_PASSWORD, demoUsers, seed } from "./seed";
import { programmeReportFilePath, seedProgrammeIndicators } from "./programme-indicators";
import { describeServiceMapsSeed, seedServiceMaps } from "./service-maps";

const { DATABASE_URL, NODE_ENV } = env();
const db = createDb(DATABASE_URL);
try {
  const result = await seed(db, { demoUsers: NODE_ENV !== "production" });
  if (!result.seeded) {
    console.log("Seed: the database already holds data; nothing changed.");
  } else {
    console.log(`Seed: ${result.sedi} desks and ${result.users} demo staff accounts created.`);
    if (result.users > 0) {
      console.log(`Demo sign-in (development only), password "${DEMO_PASSWORD}":`);
      for (const user of demoUsers) console.log(`  ${user.role.padEnd(9)} ${user.email}`);
    }
  }
  // The municipality's service maps, when its file is beside the project (or at SERVICE_MAPS_FILE).
  const maps = describeServiceMapsSeed(await seedServiceMaps(db, serviceMapsFilePath(process.env.SERVICE_MAPS_FILE, process.cwd())));
  if (maps) console.log(maps);
  const programmes = await seedProgrammeIndicators(db, programmeReportFilePath(process.env.PROGRAMME_REPORT_FILE, process.cwd()));
  if (programmes) console.log(programmes);
} finally {
  await db.$disconnect();
}
