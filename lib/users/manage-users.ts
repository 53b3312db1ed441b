import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/session";
import type { Db } from "@/lib/db";
import { violates } from "@/lib/db-errors";
import type { Role } from "@/lib/generated/prisma/client";

import { applyEnrolment, planEnrolment, type EnrolmentPlan } from "./enrolment";
import { issuePasswordLink } from "./password-tokens";
import type { StaffUserInput } from "./schema";

// Who manages whom: an administrator everyone; an OLP the volunteers of the desks they supervise,
// and only at those desks; nobody their own account's role or status.

export type ManageError = "forbidden" | "email_taken" | "not_found" | "self" | "enrolment_needs_volunteer" | "enrolment_needs_one_project" | "enrolment_in_use";
export type ManageResult<T> = { ok: true; data: T } | { ok: false; error: ManageError };

export interface ManagedUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastSignInAt: Date | null;
  sedeIds: string[];
}

function mayAssign(actor: Staff, role: Role, sedeIds: string[]): boolean {
  if (actor.role === "ADMIN") return true;
  if (actor.role !== "OLP" || role !== "VOLUNTEER") return false;
  return sedeIds.every((id) => actor.sedeIds.includes(id));
}

function mayManage(actor: Staff, target: { role: Role; sedeIds: string[] }): boolean {
  if (actor.role === "ADMIN") return true;
  return (
    actor.role === "OLP" &&
    target.role === "VOLUNTEER" &&
    target.sedeIds.some((id) => actor.sedeIds.includes(id))
  );
}

const toManaged = (user: {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  lastSignInAt: Date | null;
  sedi: { sedeId: string }[];
}): ManagedUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  active: user.active,
  lastSignInAt: user.lastSignInAt,
  sedeIds: user.sedi.map((s) => s.sedeId),
});

/** The users `actor` may manage, by name. */
export async function listManageableUsers(db: Db, actor: Staff): Promise<ManagedUser[]> {
  const users = await db.user.findMany({
    where:
      actor.role === "ADMIN"
        ? {}
        : { role: "VOLUNTEER", sedi: { some: { sedeId: { in: actor.role === "OLP" ? actor.sedeIds : [] } } } },
    include: { sedi: { select: { sedeId: true } } },
    orderBy: [{ active: "desc" }, { name: "asc" }],
  });
  return users.map(toManaged);
}

/** Creates a staff account and mails its invitation link. */
export async function createStaffUser(
  db: Db,
  actor: Staff,
  input: StaffUserInput & { baseUrl: string },
): Promise<ManageResult<ManagedUser>> {
  if (!mayAssign(actor, input.role, input.sedeIds)) return { ok: false, error: "forbidden" };
  const enrolment = await planEnrolment(db, input);
  if (!enrolment.ok) return enrolment;
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          sedi: { create: input.sedeIds.map((sedeId) => ({ sedeId })) },
        },
        include: { sedi: { select: { sedeId: true } } },
      });
      await applyEnrolment(tx, created.id, enrolment);
      await issuePasswordLink(tx, { userId: created.id, purpose: "invite", baseUrl: input.baseUrl });
      await audit(tx, {
        actorId: actor.id,
        action: "user.create",
        entityType: "User",
        entityId: created.id,
        metadata: { role: input.role, desks: input.sedeIds.length },
      });
      return created;
    });
    return { ok: true, data: toManaged(user) };
  } catch (error) {
    if (violates(error, "User_email_key")) return { ok: false, error: "email_taken" };
    throw error;
  }
}

async function loadTarget(db: Db, userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, include: { sedi: { select: { sedeId: true } } } });
  return user ? toManaged(user) : null;
}

/** Changes a user's name, role and desks. */
export async function updateStaffUser(
  db: Db,
  actor: Staff,
  input: Omit<StaffUserInput, "email"> & { userId: string },
): Promise<ManageResult<ManagedUser>> {
  const target = await loadTarget(db, input.userId);
  if (!target) return { ok: false, error: "not_found" };
  if (!mayManage(actor, target) || !mayAssign(actor, input.role, input.sedeIds)) return { ok: false, error: "forbidden" };
  if (target.id === actor.id && input.role !== target.role) return { ok: false, error: "self" };
  // An OLP edits only the desks they supervise; the volunteer's other desks stay as they are.
  const keep = actor.role === "ADMIN" ? [] : target.sedeIds.filter((id) => !actor.sedeIds.includes(id));
  const sedeIds = [...new Set([...keep, ...input.sedeIds])];
  const enrolment = await planEnrolment(db, { role: input.role, sedeIds, serviceStartsOn: input.serviceStartsOn });
  if (!enrolment.ok) return enrolment;
  try {
    return await updateInTransaction(db, actor, target, input, sedeIds, enrolment);
  } catch (error) {
    // Training attended in the year of service ties it to its project (composite foreign keys).
    if (violates(error, "TrainingAttendance_userId_projectId_fkey") || violates(error, "TrainingAttendance_sessionId_projectId_fkey")) {
      return { ok: false, error: "enrolment_in_use" };
    }
    throw error;
  }
}

async function updateInTransaction(
  db: Db,
  actor: Staff,
  target: ManagedUser,
  input: Omit<StaffUserInput, "email"> & { userId: string },
  sedeIds: string[],
  enrolment: Extract<EnrolmentPlan, { ok: true }>,
): Promise<ManageResult<ManagedUser>> {
  const user = await db.$transaction(async (tx) => {
    await tx.userSede.deleteMany({ where: { userId: target.id } });
    const updated = await tx.user.update({
      where: { id: target.id },
      data: { name: input.name, role: input.role, sedi: { create: sedeIds.map((sedeId) => ({ sedeId })) } },
      include: { sedi: { select: { sedeId: true } } },
    });
    await applyEnrolment(tx, target.id, enrolment);
    await audit(tx, {
      actorId: actor.id,
      action: "user.update",
      entityType: "User",
      entityId: target.id,
      metadata: { role: input.role, desks: sedeIds.length },
    });
    return updated;
  });
  return { ok: true, data: toManaged(user) };
}

/** Deactivates (their session stops working at the next request) or reactivates a user. */
export async function setUserActive(
  db: Db,
  actor: Staff,
  input: { userId: string; active: boolean },
): Promise<ManageResult<ManagedUser>> {
  const target = await loadTarget(db, input.userId);
  if (!target) return { ok: false, error: "not_found" };
  if (target.id === actor.id) return { ok: false, error: "self" };
  if (!mayManage(actor, target)) return { ok: false, error: "forbidden" };
  const user = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: target.id },
      data: { active: input.active },
      include: { sedi: { select: { sedeId: true } } },
    });
    await audit(tx, {
      actorId: actor.id,
      action: input.active ? "user.activate" : "user.deactivate",
      entityType: "User",
      entityId: target.id,
    });
    return updated;
  });
  return { ok: true, data: toManaged(user) };
}

/** Mails a user a new one-time link to set their password. */
export async function sendPasswordLink(
  db: Db,
  actor: Staff,
  input: { userId: string; baseUrl: string },
): Promise<ManageResult<null>> {
  const target = await loadTarget(db, input.userId);
  if (!target) return { ok: false, error: "not_found" };
  if (!mayManage(actor, target)) return { ok: false, error: "forbidden" };
  await db.$transaction(async (tx) => {
    await issuePasswordLink(tx, { userId: target.id, purpose: target.lastSignInAt ? "reset" : "invite", baseUrl: input.baseUrl });
    await audit(tx, { actorId: actor.id, action: "user.password_link_sent", entityType: "User", entityId: target.id });
  });
  return { ok: true, data: null };
}
