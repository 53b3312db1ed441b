// Day-before reminders: only tomorrow's live appointments (Rome days), at most once each even when
// runs overlap, and a failed send is tried again by the next run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { sendDueReminders } from "@/lib/booking/reminders";
import { createDb } from "@/lib/db";

import { bookAppointment, createBookingDesk, type BookingDesk } from "./booking-fixture";
import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
let desk: BookingDesk;
const baseUrl = "https://sportello.example.org";

beforeAll(async () => {
  fresh = await freshDatabase();
  desk = await createBookingDesk(fresh.db);
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

const remindersTo = (to: string) => fresh.db.outboxMessage.findMany({ where: { to, subject: { startsWith: "Promemoria" } } });

describe("sendDueReminders", () => {
  it("reminds only tomorrow's booked appointments that have an e-mail, once", async () => {
    // Monday 30 November 2026, 11:00 in Rome; "tomorrow" is 30 Nov 23:00 UTC to 1 Dec 23:00 UTC.
    const now = new Date("2026-11-30T10:00:00Z");
    const book = (startsAt: string, email: string | null, extra = {}) =>
      bookAppointment(fresh.db, desk, new Date(startsAt), { email, ...extra });

    const morning = await book("2026-12-01T08:30:00Z", "domani@example.org");
    const justAfterMidnight = await book("2026-11-30T23:10:00Z", "mezzanotte@example.org"); // 00:10 tomorrow in Rome
    const byPhone = await book("2026-12-01T10:00:00Z", "telefono@example.org", { channel: "PHONE", privacyConsentAt: null });
    await book("2026-11-30T22:50:00Z", "stasera@example.org"); // 23:50 today in Rome
    await book("2026-12-01T23:00:00Z", "dopodomani@example.org"); // midnight starting the day after
    await book("2026-12-01T09:00:00Z", null, { channel: "WALK_IN", privacyConsentAt: null });
    const cancelled = await book("2026-12-01T09:30:00Z", "annullato@example.org", {
      status: "CANCELLED",
      cancelledAt: new Date("2026-11-29T10:00:00Z"),
    });
    await book("2026-12-01T11:00:00Z", "arrivato@example.org", { status: "ARRIVED" });

    expect(await sendDueReminders(fresh.db, { now, baseUrl })).toEqual({ sent: 3, released: 0 });
    for (const to of ["domani@example.org", "mezzanotte@example.org", "telefono@example.org"]) {
      expect(await remindersTo(to), to).toHaveLength(1);
    }
    for (const to of ["stasera@example.org", "dopodomani@example.org", "annullato@example.org", "arrivato@example.org"]) {
      expect(await remindersTo(to), to).toHaveLength(0);
    }
    const [reminder] = await remindersTo("domani@example.org");
    expect(reminder.subject).toBe("Promemoria: domani alle 09:30, PIN e PUK della tessera sanitaria");
    expect(reminder.text).toContain(`${baseUrl}/prenotazione?codice=${morning.bookingCode}`);

    const stamped = await fresh.db.appointment.findMany({
      where: { id: { in: [morning.id, justAfterMidnight.id, byPhone.id, cancelled.id] } },
      select: { id: true, reminderSentAt: true },
    });
    expect(stamped.filter((row) => row.reminderSentAt).map((row) => row.id).sort()).toEqual(
      [morning.id, justAfterMidnight.id, byPhone.id].sort(),
    );

    // A later run the same day sends nothing more; the next morning's run sends only the day after's.
    expect(await sendDueReminders(fresh.db, { now: new Date("2026-11-30T19:50:00Z"), baseUrl })).toEqual({ sent: 0, released: 0 });
    expect(await sendDueReminders(fresh.db, { now: new Date("2026-12-01T07:00:00Z"), baseUrl })).toEqual({ sent: 1, released: 0 });
    expect(await remindersTo("dopodomani@example.org")).toHaveLength(1);
    expect(await remindersTo("domani@example.org")).toHaveLength(1);
  });

  it("sends each reminder exactly once when two app instances run at the same moment", async () => {
    const now = new Date("2026-12-09T09:00:00Z");
    const emails = Array.from({ length: 25 }, (_, index) => `concorrente-${index}@example.org`);
    for (const [index, email] of emails.entries()) {
      await bookAppointment(fresh.db, desk, new Date(Date.UTC(2026, 11, 10, 8, index * 20)), { email });
    }
    const instanceA = createDb(fresh.url);
    const instanceB = createDb(fresh.url);
    try {
      const runs = await Promise.all([
        sendDueReminders(instanceA, { now, baseUrl }),
        sendDueReminders(instanceB, { now, baseUrl }),
        sendDueReminders(fresh.db, { now, baseUrl }),
      ]);
      expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(25);
    } finally {
      await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
    }
    const mails = await fresh.db.outboxMessage.groupBy({ by: ["to"], where: { to: { in: emails } }, _count: true });
    expect(mails).toHaveLength(25);
    for (const mail of mails) expect(mail._count, mail.to).toBe(1);
  });

  it("releases the claim of a failed send, so that the next run sends it", async () => {
    const now = new Date("2026-12-14T09:00:00Z");
    const failing = await bookAppointment(fresh.db, desk, new Date("2026-12-15T09:00:00Z"), { email: "fallisce@example.org" });
    await bookAppointment(fresh.db, desk, new Date("2026-12-15T09:20:00Z"), { email: "riesce@example.org" });
    // The mail server refuses this one recipient for a while (here: the outbox table does).
    await fresh.db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_test_mail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."to" = 'fallisce@example.org' THEN RAISE EXCEPTION 'mailbox unavailable'; END IF;
        RETURN NEW;
      END $$`);
    await fresh.db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_test_mail BEFORE INSERT ON "OutboxMessage" FOR EACH ROW EXECUTE FUNCTION refuse_test_mail()`,
    );
    try {
      expect(await sendDueReminders(fresh.db, { now, baseUrl })).toEqual({ sent: 1, released: 1 });
      const row = await fresh.db.appointment.findUniqueOrThrow({ where: { id: failing.id } });
      expect(row.reminderSentAt).toBeNull();
      expect(await remindersTo("fallisce@example.org")).toHaveLength(0);
    } finally {
      await fresh.db.$executeRawUnsafe(`DROP TRIGGER refuse_test_mail ON "OutboxMessage"`);
      await fresh.db.$executeRawUnsafe(`DROP FUNCTION refuse_test_mail()`);
    }

    expect(await sendDueReminders(fresh.db, { now: new Date("2026-12-14T09:10:00Z"), baseUrl })).toEqual({ sent: 1, released: 0 });
    expect(await remindersTo("fallisce@example.org")).toHaveLength(1);
    expect(await remindersTo("riesce@example.org")).toHaveLength(1);
  });

  it("hands back every unsent claim when stopped", async () => {
    const now = new Date("2026-12-16T09:00:00Z");
    const appointment = await bookAppointment(fresh.db, desk, new Date("2026-12-17T09:00:00Z"), { email: "fermato@example.org" });
    const stopped = new AbortController();
    stopped.abort();
    expect(await sendDueReminders(fresh.db, { now, baseUrl, signal: stopped.signal })).toEqual({ sent: 0, released: 1 });
    expect((await fresh.db.appointment.findUniqueOrThrow({ where: { id: appointment.id } })).reminderSentAt).toBeNull();
    expect(await sendDueReminders(fresh.db, { now, baseUrl })).toEqual({ sent: 1, released: 0 });
  });

  it("reminds a rescheduled appointment again for its new day", async () => {
    const appointment = await bookAppointment(fresh.db, desk, new Date("2026-12-22T09:00:00Z"), { email: "spostato@example.org" });
    await sendDueReminders(fresh.db, { now: new Date("2026-12-21T09:00:00Z"), baseUrl });
    // What a reschedule does: a new time, a new sequence, and the reminder to send again.
    await fresh.db.appointment.update({
      where: { id: appointment.id },
      data: { startsAt: new Date("2026-12-29T09:00:00Z"), endsAt: new Date("2026-12-29T09:20:00Z"), sequence: { increment: 1 }, reminderSentAt: null },
    });
    expect(await sendDueReminders(fresh.db, { now: new Date("2026-12-28T09:00:00Z"), baseUrl })).toEqual({ sent: 1, released: 0 });
    expect(await remindersTo("spostato@example.org")).toHaveLength(2);
  });

  it("knows tomorrow's bounds on the day summer time starts", async () => {
    // Saturday 28 March 2026; Sunday 29 March has 23 hours in Rome: 28 Mar 23:00 UTC to 29 Mar 22:00 UTC.
    const now = new Date("2026-03-28T12:00:00Z");
    await bookAppointment(fresh.db, desk, new Date("2026-03-29T21:30:00Z"), { email: "domenica-sera@example.org" }); // 23:30 CEST
    await bookAppointment(fresh.db, desk, new Date("2026-03-29T22:10:00Z"), { email: "lunedi@example.org" }); // 00:10 Monday
    expect(await sendDueReminders(fresh.db, { now, baseUrl })).toEqual({ sent: 1, released: 0 });
    expect(await remindersTo("domenica-sera@example.org")).toHaveLength(1);
    expect(await remindersTo("lunedi@example.org")).toHaveLength(0);
  });
});
