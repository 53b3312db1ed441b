import { TZDate } from "@date-fns/tz";

import { audit } from "@/lib/audit/audit";
import type { Staff } from "@/lib/auth/session";
import { ROME } from "@/lib/calendar/time";
import type { Db, DbClient } from "@/lib/db";
import type { ComplaintKind, ComplaintStatus, Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { sendMail } from "@/lib/mail/send-mail";

import { composeAnswerMail, composeReceiptMail } from "./mails";
import type { ComplaintInput } from "./schema";

/** Public administrations answer complaints within 30 days: the deadline shown and checked. */
export const COMPLAINT_ANSWER_DAYS = 30;

/** Receipt plus 30 Rome calendar days, at the same wall-clock time (DST-safe). */
export function complaintDueAt(receivedAt: Date): Date {
  const local = new TZDate(receivedAt, ROME);
  local.setDate(local.getDate() + COMPLAINT_ANSWER_DAYS);
  return new Date(local.getTime());
}

/** Still waiting for an answer past its deadline. */
export const isOverdue = (complaint: { status: ComplaintStatus; dueAt: Date }, now: Date) =>
  (complaint.status === "RECEIVED" || complaint.status === "IN_PROGRESS") && complaint.dueAt < now;

export type FileComplaintResult = { ok: true; id: string; reference: string; dueAt: Date; mailed: boolean } | { ok: false; reason: "unknown_desk" | "unknown_service" };

/**
 * Files a citizen's complaint, report or praise. The reference comes from a PostgreSQL sequence; a
 * receipt goes to the e-mail, if one was given (with the privacy notice accepted).
 */
export async function fileComplaint(db: DbClient, input: { complaint: ComplaintInput; locale: Locale; now: Date; baseUrl: string }): Promise<FileComplaintResult> {
  const { kind, scuCode, serviceCode, text, email } = input.complaint;
  const sede = scuCode ? await db.sede.findUnique({ where: { scuCode }, select: { id: true } }) : null;
  if (scuCode && !sede) return { ok: false, reason: "unknown_desk" };
  const service = serviceCode ? await db.service.findUnique({ where: { code: serviceCode }, select: { id: true } }) : null;
  if (serviceCode && !service) return { ok: false, reason: "unknown_service" };
  const dueAt = complaintDueAt(input.now);
  const created = await db.complaint.create({
    data: {
      kind,
      sedeId: sede?.id ?? null,
      serviceId: service?.id ?? null,
      text,
      email: email ?? null,
      privacyConsentAt: email ? input.now : null,
      locale: input.locale,
      receivedAt: input.now,
      dueAt,
    },
    select: { id: true, reference: true },
  });
  if (email) await sendMail(db, composeReceiptMail({ reference: created.reference, kind, email, locale: input.locale, dueAt, text }, input.baseUrl), input.now);
  return { ok: true, id: created.id, reference: created.reference, dueAt, mailed: Boolean(email) };
}

export interface ComplaintStatusView {
  reference: string;
  kind: ComplaintKind;
  status: ComplaintStatus;
  receivedAt: Date;
  dueAt: Date;
  answeredAt: Date | null;
  answer: string | null;
  closedAt: Date | null;
  closeReason: string | null;
}

/**
 * The status a citizen sees with the reference and the e-mail together: null for any mismatch (and
 * for a complaint sent without an e-mail, or wiped by the retention purge), so that the page cannot
 * tell whether a reference exists.
 */
export async function lookupComplaintStatus(db: DbClient, input: { reference: string; email: string }): Promise<ComplaintStatusView | null> {
  return db.complaint.findFirst({
    where: { reference: input.reference, email: input.email, anonymizedAt: null },
    select: { reference: true, kind: true, status: true, receivedAt: true, dueAt: true, answeredAt: true, answer: true, closedAt: true, closeReason: true },
  });
}

/**
 * The complaints `staff` handles: an administrator every one (those about no desk only they see),
 * an OLP those of the desks they supervise, anybody else none (null: no query at all).
 */
export function complaintWhere(staff: Pick<Staff, "role" | "sedeIds">): Prisma.ComplaintWhereInput | null {
  if (staff.role === "ADMIN") return {};
  if (staff.role === "OLP") return { sedeId: { in: staff.sedeIds } };
  return null;
}

export interface ComplaintListItem {
  id: string;
  reference: string;
  kind: ComplaintKind;
  status: ComplaintStatus;
  deskName: string | null;
  scuCode: string | null;
  receivedAt: Date;
  dueAt: Date;
  overdue: boolean;
}

/**
 * The inbox: open items first, the oldest deadline first, then the handled ones, newest first. No
 * text nor e-mail: the list is read by anybody in the inbox, the item page is audited.
 */
export async function listComplaints(
  db: DbClient,
  input: { staff: Pick<Staff, "role" | "sedeIds">; sedeId?: string | null; now: Date },
): Promise<ComplaintListItem[]> {
  const where = complaintWhere(input.staff);
  if (!where) return [];
  const scope: Prisma.ComplaintWhereInput = input.sedeId === undefined ? {} : { sedeId: input.sedeId };
  const rows = await db.complaint.findMany({
    where: { AND: [where, scope] },
    orderBy: [{ receivedAt: "desc" }],
    take: 500,
    select: { id: true, reference: true, kind: true, status: true, receivedAt: true, dueAt: true, sede: { select: { name: true, scuCode: true } } },
  });
  const open = (status: ComplaintStatus) => status === "RECEIVED" || status === "IN_PROGRESS";
  return rows
    .map((row) => listItem(row, input.now))
    .sort((a, b) => Number(open(b.status)) - Number(open(a.status)) || (open(a.status) ? a.dueAt.getTime() - b.dueAt.getTime() : 0));
}

type ListedRow = Pick<ComplaintListItem, "id" | "reference" | "kind" | "status" | "receivedAt" | "dueAt"> & { sede: { name: string; scuCode: string } | null };

/** What the inbox shows of a complaint, and what its page starts from. */
function listItem(row: ListedRow, now: Date): ComplaintListItem {
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    deskName: row.sede?.name ?? null,
    scuCode: row.sede?.scuCode ?? null,
    receivedAt: row.receivedAt,
    dueAt: row.dueAt,
    overdue: isOverdue(row, now),
  };
}

export interface ComplaintDetail extends ComplaintListItem {
  /** The service's name by locale ("it", "en"); null when the message names no service. */
  serviceNames: Record<string, string> | null;
  text: string | null;
  email: string | null;
  locale: string;
  startedAt: Date | null;
  answer: string | null;
  answeredAt: Date | null;
  closeReason: string | null;
  closedAt: Date | null;
  handledBy: string | null;
  anonymizedAt: Date | null;
}

export type LoadComplaintResult = { ok: true; complaint: ComplaintDetail } | { ok: false; reason: "not_found" | "forbidden" };

/**
 * One complaint for the staff member who handles it. It holds a citizen's words and e-mail, so each
 * read is written to the audit log (identifiers only).
 */
export async function loadComplaint(db: DbClient, input: { id: string; staff: Pick<Staff, "id" | "role" | "sedeIds">; now: Date }): Promise<LoadComplaintResult> {
  const where = complaintWhere(input.staff);
  const row = where
    ? await db.complaint.findFirst({
        where: { AND: [where, { id: input.id }] },
        include: {
          sede: { select: { name: true, scuCode: true } },
          service: { select: { code: true, translations: { select: { locale: true, name: true } } } },
          handledBy: { select: { name: true } },
        },
      })
    : null;
  if (!row) return (await db.complaint.count({ where: { id: input.id } })) > 0 ? { ok: false, reason: "forbidden" } : { ok: false, reason: "not_found" };
  await audit(db, { actorId: input.staff.id, action: "complaint.read", entityType: "Complaint", entityId: row.id, at: input.now });
  return {
    ok: true,
    complaint: {
      ...listItem(row, input.now),
      serviceNames: row.service ? Object.fromEntries(row.service.translations.map((translation) => [translation.locale, translation.name])) : null,
      text: row.text,
      email: row.email,
      locale: row.locale,
      startedAt: row.startedAt,
      answer: row.answer,
      answeredAt: row.answeredAt,
      closeReason: row.closeReason,
      closedAt: row.closedAt,
      handledBy: row.handledBy?.name ?? null,
      anonymizedAt: row.anonymizedAt,
    },
  };
}

export type ComplaintChangeResult = { ok: true; mailed: boolean } | { ok: false; reason: "not_found" | "wrong_state" };

type Handler = Pick<Staff, "id" | "role" | "sedeIds">;

/**
 * Moves a complaint the staff member handles from one of `from` to a new status, under a row lock
 * so that two OLPs answering at once do not both succeed.
 */
async function change(
  db: Db,
  input: { id: string; staff: Handler; from: ComplaintStatus[]; data: Prisma.ComplaintUpdateInput; action: string; now: Date },
): Promise<{ ok: true; row: { reference: string; kind: ComplaintKind; email: string | null; locale: string; dueAt: Date; text: string | null } } | { ok: false; reason: "not_found" | "wrong_state" }> {
  const where = complaintWhere(input.staff);
  if (!where) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx) => {
    const visible = await tx.complaint.findFirst({ where: { AND: [where, { id: input.id }] }, select: { id: true } });
    if (!visible) return { ok: false, reason: "not_found" };
    const [locked] = await tx.$queryRaw<{ status: ComplaintStatus }[]>`SELECT "status" FROM "Complaint" WHERE "id" = ${input.id}::uuid FOR UPDATE`;
    if (!locked || !input.from.includes(locked.status)) return { ok: false, reason: "wrong_state" };
    const row = await tx.complaint.update({
      where: { id: input.id },
      data: { ...input.data, handledBy: { connect: { id: input.staff.id } } },
      select: { reference: true, kind: true, email: true, locale: true, dueAt: true, text: true },
    });
    await audit(tx, { actorId: input.staff.id, action: input.action, entityType: "Complaint", entityId: input.id, at: input.now });
    return { ok: true, row };
  });
}

/** "I am on it": the citizen sees it as being handled. */
export async function startComplaint(db: Db, input: { id: string; staff: Handler; now: Date }): Promise<ComplaintChangeResult> {
  const result = await change(db, { id: input.id, staff: input.staff, from: ["RECEIVED"], data: { status: "IN_PROGRESS", startedAt: input.now }, action: "complaint.start", now: input.now });
  return result.ok ? { ok: true, mailed: false } : result;
}

/** The answer, stored and mailed to the citizen in their language when they left an e-mail. */
export async function answerComplaint(db: Db, input: { id: string; answer: string; staff: Handler; now: Date }): Promise<ComplaintChangeResult> {
  const result = await change(db, {
    id: input.id,
    staff: input.staff,
    from: ["RECEIVED", "IN_PROGRESS"],
    data: { status: "ANSWERED", answer: input.answer, answeredAt: input.now },
    action: "complaint.answer",
    now: input.now,
  });
  if (!result.ok) return result;
  const { row } = result;
  if (!row.email || !row.text) return { ok: true, mailed: false };
  await sendMail(db, composeAnswerMail({ reference: row.reference, kind: row.kind, email: row.email, locale: row.locale, dueAt: row.dueAt, text: row.text, answer: input.answer }), input.now);
  return { ok: true, mailed: true };
}

/** Closed without an answer (e.g. a praise, a duplicate, no way to answer), with the reason. */
export async function closeComplaint(db: Db, input: { id: string; reason: string; staff: Handler; now: Date }): Promise<ComplaintChangeResult> {
  const result = await change(db, {
    id: input.id,
    staff: input.staff,
    from: ["RECEIVED", "IN_PROGRESS"],
    data: { status: "CLOSED", closeReason: input.reason, closedAt: input.now },
    action: "complaint.close",
    now: input.now,
  });
  return result.ok ? { ok: true, mailed: false } : result;
}
