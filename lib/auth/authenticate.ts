import { audit } from "@/lib/audit/audit";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";

import { hashPassword, verifyPassword } from "./password";
import type { SignInInput } from "./schema";
import { clearAccount, lockedUntil, recordFailure, throttleKey, type Scope } from "./throttle";

export interface StaffIdentity {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export type AuthenticationResult =
  | { ok: true; user: StaffIdentity }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

// Verifying against a real hash when the account does not exist keeps the answer time the same,
// so response times do not tell which e-mail addresses have accounts.
let dummyHash: Promise<string> | undefined;

/**
 * Checks a staff member's e-mail and password, with lock-out by account and by client address, and
 * writes the outcome to the audit log. The same answer for a wrong password, an unknown address and a
 * deactivated account.
 */
export async function authenticate(
  db: Db,
  input: SignInInput & { clientAddress: string | null; now?: Date },
): Promise<AuthenticationResult> {
  const now = input.now ?? new Date();
  const accountKey = throttleKey(input.email);
  const addressKey = input.clientAddress ? throttleKey(input.clientAddress) : null;
  const keys: { scope: Scope; key: string }[] = [{ scope: "ACCOUNT", key: accountKey }];
  if (addressKey) keys.push({ scope: "IP", key: addressKey });

  const user = await db.user.findUnique({ where: { email: input.email } });
  const locked = await lockedUntil(db, keys, now);
  if (locked) {
    await audit(db, { actorId: null, action: "auth.sign_in_refused", entityType: "User", entityId: user?.id, metadata: { reason: "locked" }, at: now });
    return { ok: false, reason: "locked", until: locked };
  }

  dummyHash ??= hashPassword("not a password of anybody's");
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (user && user.active && user.passwordHash && passwordMatches) {
    await clearAccount(db, accountKey);
    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await audit(db, { actorId: user.id, action: "auth.sign_in", entityType: "User", entityId: user.id, at: now });
    return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role } };
  }

  const accountLock = await recordFailure(db, "ACCOUNT", accountKey, now);
  const addressLock = addressKey ? await recordFailure(db, "IP", addressKey, now) : null;
  const reason = !user ? "unknown_account" : !user.active ? "inactive" : "wrong_password";
  await audit(db, { actorId: null, action: "auth.sign_in_failed", entityType: "User", entityId: user?.id, metadata: { reason }, at: now });
  const lock = [accountLock, addressLock].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
  return lock ? { ok: false, reason: "locked", until: lock } : { ok: false, reason: "invalid" };
}
