import { createHash, randomBytes } from "node:crypto";

import { audit } from "@/lib/audit/audit";
import { hashPassword } from "@/lib/auth/password";
import { clearAccount, throttleKey } from "@/lib/auth/throttle";
import type { Db, DbClient } from "@/lib/db";
import { sendMail } from "@/lib/mail/send-mail";

import { passwordMail } from "./mails";

/** An invitation stays valid for a week, a reset link for an hour. */
export const TOKEN_LIFETIME_MINUTES = { invite: 7 * 24 * 60, reset: 60 } as const;
export type TokenPurpose = keyof typeof TOKEN_LIFETIME_MINUTES;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The path of the page that sets a new password with `token`. */
export const setPasswordPath = (token: string) => `/accesso/nuova-password?token=${encodeURIComponent(token)}`;

/**
 * Creates a one-time link for `userId` (replacing any earlier unused one) and mails it. Returns the
 * token only for tests; callers must not log or display it.
 */
export async function issuePasswordLink(
  db: DbClient,
  input: { userId: string; purpose: TokenPurpose; baseUrl: string; now?: Date },
): Promise<string> {
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  const user = await db.user.findUniqueOrThrow({ where: { id: input.userId } });
  await db.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } });
  await db.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[input.purpose] * 60_000),
    },
  });
  const link = new URL(setPasswordPath(token), input.baseUrl).toString();
  await sendMail(db, passwordMail({ to: user.email, name: user.name, link, purpose: input.purpose }), now);
  return token;
}

/**
 * "Forgot password": mails a reset link when an active account has this e-mail. The caller gets the
 * same answer either way, so the form does not reveal who has an account.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; baseUrl: string; now?: Date },
): Promise<void> {
  const user = await db.user.findUnique({ where: { email: input.email } });
  if (!user || !user.active) return;
  await db.$transaction(async (tx) => {
    await issuePasswordLink(tx, { userId: user.id, purpose: "reset", baseUrl: input.baseUrl, now: input.now });
    await audit(tx, { actorId: null, action: "auth.password_reset_requested", entityType: "User", entityId: user.id, at: input.now });
  });
}

export type SetPasswordResult = { ok: true; email: string } | { ok: false; reason: "invalid_token" };

/** Sets a new password with a one-time link: the link works once, before it expires. */
export async function setPasswordWithToken(
  db: Db,
  input: { token: string; password: string; now?: Date },
): Promise<SetPasswordResult> {
  const now = input.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // Marking it used in the same statement that checks it: a link clicked twice at once works once.
    const used = await tx.passwordResetToken.updateMany({
      where: { tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return { ok: false, reason: "invalid_token" } as const;
    const { user } = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash: hashToken(input.token) },
      include: { user: true },
    });
    if (!user.active) return { ok: false, reason: "invalid_token" } as const;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await clearAccount(tx, throttleKey(user.email));
    await audit(tx, { actorId: user.id, action: "auth.password_set", entityType: "User", entityId: user.id, at: now });
    return { ok: true, email: user.email } as const;
  });
}

/** Whether a link is still usable, for showing the form or an "expired link" message. */
export async function passwordTokenIsValid(db: DbClient, token: string, now = new Date()): Promise<boolean> {
  const row = await db.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { user: true } });
  return Boolean(row && !row.usedAt && row.expiresAt > now && row.user.active);
}
