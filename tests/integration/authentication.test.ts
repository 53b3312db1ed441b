import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { THROTTLE_RULES, lockedUntil, recordFailure, throttleKey } from "@/lib/auth/throttle";
import { constraintViolation } from "@/lib/db-errors";

import { freshDatabase, type FreshDatabase } from "./fresh-database";

let fresh: FreshDatabase;
const PASSWORD = "Correct-Horse-7";
const t0 = new Date("2026-11-25T09:00:00Z");
const minutesLater = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

beforeAll(async () => {
  fresh = await freshDatabase();
  const passwordHash = await hashPassword(PASSWORD);
  await fresh.db.user.createMany({
    data: [
      { email: "giulia@example.org", name: "Giulia", role: "VOLUNTEER", passwordHash },
      { email: "ex@example.org", name: "Ex", role: "VOLUNTEER", passwordHash, active: false },
      { email: "locked@example.org", name: "Locky", role: "OLP", passwordHash },
    ],
  });
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

const attempt = (email: string, password: string, now = t0, clientAddress: string | null = "203.0.113.7") =>
  authenticate(fresh.db, { email, password, clientAddress, now });

describe("authenticate", () => {
  it("signs in with the right password and writes the audit log", async () => {
    const result = await attempt("giulia@example.org", PASSWORD);
    expect(result).toMatchObject({ ok: true, user: { email: "giulia@example.org", role: "VOLUNTEER" } });
    const user = await fresh.db.user.findUniqueOrThrow({ where: { email: "giulia@example.org" } });
    expect(user.lastSignInAt).toEqual(t0);
    const entry = await fresh.db.auditLog.findFirstOrThrow({ where: { action: "auth.sign_in", actorId: user.id } });
    expect(entry.entityId).toBe(user.id);
  });

  it("gives the same answer for a wrong password, an unknown account and a deactivated one", async () => {
    expect(await attempt("giulia@example.org", "Tr0ub4dor-guess")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("ex@example.org", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    const failures = await fresh.db.auditLog.findMany({ where: { action: "auth.sign_in_failed" }, orderBy: { id: "asc" } });
    expect(failures.map((f) => (f.metadata as { reason: string }).reason)).toEqual(["wrong_password", "unknown_account", "inactive"]);
  });

  it("never stores the e-mail address, the password or the client address in the audit log or the throttle", async () => {
    const log = JSON.stringify(await fresh.db.auditLog.findMany(), (_, value) => (typeof value === "bigint" ? String(value) : value));
    const throttle = JSON.stringify(await fresh.db.signInThrottle.findMany());
    for (const secret of ["giulia@example.org", "nobody@example.org", PASSWORD, "Tr0ub4dor-guess", "203.0.113.7"]) {
      expect(log).not.toContain(secret);
      expect(throttle).not.toContain(secret);
    }
  });

  it("locks an account after 10 wrong passwords, even against the right one, then lets it in", async () => {
    for (let i = 1; i < THROTTLE_RULES.ACCOUNT.maxFailures; i++) {
      expect(await attempt("locked@example.org", `wrong-${i}`, minutesLater(i / 10), null)).toEqual({ ok: false, reason: "invalid" });
    }
    const tenth = await attempt("locked@example.org", "wrong-10", minutesLater(1), null);
    expect(tenth).toEqual({ ok: false, reason: "locked", until: minutesLater(1 + 15) });
    expect(await attempt("locked@example.org", PASSWORD, minutesLater(5), null)).toMatchObject({ ok: false, reason: "locked" });
    expect(await attempt("locked@example.org", PASSWORD, minutesLater(17), null)).toMatchObject({ ok: true });
  });

  it("doubles the lock-out each time it happens again, and forgets after a success", async () => {
    const key = throttleKey("repeat@example.org");
    const fail = (minute: number) => recordFailure(fresh.db, "ACCOUNT", key, minutesLater(minute));
    const lockAfterTen = async (from: number) => {
      let until: Date | null = null;
      for (let i = 0; i < 10; i++) until = await fail(from);
      return until;
    };
    expect(await lockAfterTen(0)).toEqual(minutesLater(15));
    expect(await lockAfterTen(20)).toEqual(minutesLater(20 + 30));
    expect(await lockAfterTen(60)).toEqual(minutesLater(60 + 60));
  });

  it("locks a client address that tries many accounts", async () => {
    const address = "198.51.100.9";
    for (let i = 0; i < THROTTLE_RULES.IP.maxFailures; i++) {
      await attempt(`guess-${i}@example.org`, "x", minutesLater(i / 100), address);
    }
    expect(await attempt("giulia@example.org", PASSWORD, minutesLater(1), address)).toMatchObject({ ok: false, reason: "locked" });
    // Another address is not affected.
    expect(await attempt("giulia@example.org", PASSWORD, minutesLater(1), "198.51.100.10")).toMatchObject({ ok: true });
  });

  it("counts concurrent failures exactly, locking once", async () => {
    const key = throttleKey("race@example.org");
    const results = await Promise.all(Array.from({ length: 25 }, () => recordFailure(fresh.db, "ACCOUNT", key, t0)));
    expect(results.filter((until) => until !== null)).toHaveLength(2);
    const row = await fresh.db.signInThrottle.findUniqueOrThrow({ where: { scope_keyHash: { scope: "ACCOUNT", keyHash: key } } });
    expect(row).toMatchObject({ failures: 5, lockouts: 2 });
    expect(await lockedUntil(fresh.db, [{ scope: "ACCOUNT", key }], t0)).not.toBeNull();
  });
});

describe("audit log", () => {
  it("is append-only", async () => {
    const entry = await fresh.db.auditLog.findFirstOrThrow();
    const refused = async (action: () => Promise<unknown>) => {
      try {
        await action();
      } catch (error) {
        return constraintViolation(error);
      }
      throw new Error("the audit log accepted a change");
    };
    expect(await refused(() => fresh.db.auditLog.update({ where: { id: entry.id }, data: { action: "auth.forged" } }))).toEqual({
      kind: "check",
      constraint: "AuditLog_append_only",
    });
    expect((await refused(() => fresh.db.auditLog.delete({ where: { id: entry.id } })))?.constraint).toBe("AuditLog_append_only");
  });

  it("keeps the entries of a deleted user, without the user", async () => {
    const user = await fresh.db.user.create({ data: { email: "temp@example.org", name: "Temp", role: "VOLUNTEER" } });
    await fresh.db.auditLog.create({ data: { actorId: user.id, action: "user.create", entityType: "User", entityId: user.id } });
    await fresh.db.user.delete({ where: { id: user.id } });
    const entry = await fresh.db.auditLog.findFirstOrThrow({ where: { action: "user.create", entityId: user.id } });
    expect(entry.actorId).toBeNull();
  });
});
