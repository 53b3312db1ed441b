// pg-boss on the app's database: its own schema, the reminder and retention schedules kept across
// restarts, and runs that actually reach sendDueReminders and purgePersonalData.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { addRomeDays, startOfRomeDay } from "@/lib/calendar/time";
import { JOBS_SCHEMA, startJobs, type Jobs } from "@/lib/jobs/boss";
import { REMINDER_CRON, REMINDER_QUEUE } from "@/lib/jobs/reminder-job";
import { RETENTION_CRON, RETENTION_QUEUE } from "@/lib/jobs/retention-job";

import { bookAppointment, createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
let jobs: Jobs | undefined;
const baseUrl = "https://sportello.example.org";
let sharedDesk: BookingDesk | undefined;
/** The one desk of this file's database, created by the first test that needs it. */
const bookingDesk = async () => (sharedDesk ??= await createBookingDesk(fresh.db));

beforeAll(async () => {
  fresh = await freshDatabase();
});

afterAll(async () => {
  await jobs?.stop();
  await fresh.db.$disconnect();
});

const start = () => startJobs({ databaseUrl: fresh.url, db: fresh.db, baseUrl, retentionDays: 365 });
const schedules = async () => [...(await jobs!.boss.getSchedules())].sort((a, b) => a.name.localeCompare(b.name));

describe("background jobs", () => {
  it("installs pg-boss in its own schema and registers the reminder and retention schedules in Rome time", async () => {
    jobs = await start();
    const [{ exists }] = await fresh.db.$queryRaw<{ exists: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = ${JOBS_SCHEMA}) AS "exists"`;
    expect(exists).toBe(true);
    expect(await jobs.boss.getQueue(REMINDER_QUEUE)).toMatchObject({ name: REMINDER_QUEUE, policy: "stately" });
    expect(await jobs.boss.getQueue(RETENTION_QUEUE)).toMatchObject({ name: RETENTION_QUEUE, policy: "stately" });
    expect(RETENTION_CRON).toBe("15 3 * * *");
    expect(await schedules()).toEqual([
      expect.objectContaining({ name: REMINDER_QUEUE, cron: REMINDER_CRON, timezone: "Europe/Rome" }),
      expect.objectContaining({ name: RETENTION_QUEUE, cron: RETENTION_CRON, timezone: "Europe/Rome" }),
    ]);
  });

  it("keeps one schedule each after a restart, since their state is in PostgreSQL", async () => {
    await jobs?.stop();
    jobs = await start();
    expect(await schedules()).toEqual([
      expect.objectContaining({ name: REMINDER_QUEUE, cron: REMINDER_CRON }),
      expect.objectContaining({ name: RETENTION_QUEUE, cron: RETENTION_CRON }),
    ]);
  });

  it("runs sendDueReminders when a reminder job comes", async () => {
    const desk = await bookingDesk();
    const tomorrowMorning = new Date(addRomeDays(startOfRomeDay(new Date()), 1).getTime() + 10 * 60 * 60_000);
    await bookAppointment(fresh.db, desk, tomorrowMorning, { email: "lavoro@example.org" });
    const id = await jobs!.boss.send(REMINDER_QUEUE, {});
    expect(id).toBeTruthy();
    await expect
      .poll(async () => (await jobs!.boss.getJobById(REMINDER_QUEUE, id!))?.state, { timeout: 20_000, interval: 250 })
      .toBe("completed");
    expect(await fresh.db.outboxMessage.count({ where: { to: "lavoro@example.org", subject: { startsWith: "Promemoria" } } })).toBe(1);
  });

  it("runs purgePersonalData when a retention job comes", async () => {
    const desk = await bookingDesk();
    const longAgo = new Date(addRomeDays(startOfRomeDay(new Date()), -400).getTime() + 10 * 60 * 60_000);
    const old = await bookAppointment(fresh.db, desk, longAgo, { email: "vecchia@example.org" });
    const id = await jobs!.boss.send(RETENTION_QUEUE, {});
    expect(id).toBeTruthy();
    await expect
      .poll(async () => (await jobs!.boss.getJobById(RETENTION_QUEUE, id!))?.state, { timeout: 20_000, interval: 250 })
      .toBe("completed");
    expect(await fresh.db.appointment.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ citizenName: "", email: null });
  });
});
