// pg-boss on the app's database: its own schema, the reminder schedule kept across restarts, and a
// reminder run that actually reaches sendDueReminders.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { addRomeDays, startOfRomeDay } from "@/lib/calendar/time";
import { JOBS_SCHEMA, startJobs, type Jobs } from "@/lib/jobs/boss";
import { REMINDER_CRON, REMINDER_QUEUE } from "@/lib/jobs/reminder-job";

import { bookAppointment, createBookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
let jobs: Jobs | undefined;
const baseUrl = "https://sportello.example.org";

beforeAll(async () => {
  fresh = await freshDatabase();
});

afterAll(async () => {
  await jobs?.stop();
  await fresh.db.$disconnect();
});

const start = () => startJobs({ databaseUrl: fresh.url, db: fresh.db, baseUrl });

describe("background jobs", () => {
  it("installs pg-boss in its own schema and registers the reminder schedule in Rome time", async () => {
    jobs = await start();
    const [{ exists }] = await fresh.db.$queryRaw<{ exists: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = ${JOBS_SCHEMA}) AS "exists"`;
    expect(exists).toBe(true);
    expect(await jobs.boss.getQueue(REMINDER_QUEUE)).toMatchObject({ name: REMINDER_QUEUE, policy: "stately" });
    const schedules = await jobs.boss.getSchedules();
    expect(schedules).toEqual([expect.objectContaining({ name: REMINDER_QUEUE, cron: REMINDER_CRON, timezone: "Europe/Rome" })]);
  });

  it("keeps one schedule after a restart, since its state is in PostgreSQL", async () => {
    await jobs?.stop();
    jobs = await start();
    expect(await jobs.boss.getSchedules()).toEqual([expect.objectContaining({ name: REMINDER_QUEUE, cron: REMINDER_CRON })]);
  });

  it("runs sendDueReminders when a reminder job comes", async () => {
    const desk = await createBookingDesk(fresh.db);
    const tomorrowMorning = new Date(addRomeDays(startOfRomeDay(new Date()), 1).getTime() + 10 * 60 * 60_000);
    await bookAppointment(fresh.db, desk, tomorrowMorning, { email: "lavoro@example.org" });
    const id = await jobs!.boss.send(REMINDER_QUEUE, {});
    expect(id).toBeTruthy();
    await expect
      .poll(async () => (await jobs!.boss.getJobById(REMINDER_QUEUE, id!))?.state, { timeout: 20_000, interval: 250 })
      .toBe("completed");
    expect(await fresh.db.outboxMessage.count({ where: { to: "lavoro@example.org", subject: { startsWith: "Promemoria" } } })).toBe(1);
  });
});
