import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { FocusedNotice } from "@/components/users/FocusedNotice";
import { OLP_AREA, requireRole, type Staff } from "@/lib/auth/session";
import { ROME } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { keepsMailInOutbox } from "@/lib/mail/send-mail";
import { deskNamesById } from "@/lib/users/desk-names";
import { listManageableUsers, type ManagedUser } from "@/lib/users/manage-users";

import { sendPasswordLinkAction, setActiveAction } from "./actions";
import { parseStaffListOutcome, type StaffListOutcome } from "./outcome";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.list");
  return { title: t("title") };
}

const buttonClass =
  "cursor-pointer rounded-md border-2 border-primary bg-white px-3 py-1 text-sm font-semibold text-primary hover:bg-primary-soft";

export default async function StaffListPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole(OLP_AREA, "/supervisione/personale");
  const [users, params, t, tNav, tBreadcrumbs] = await Promise.all([
    listManageableUsers(db(), actor),
    searchParams,
    getTranslations("users.list"),
    getTranslations("users.nav"),
    getTranslations("breadcrumbs"),
  ]);
  const desks = await deskNamesById(
    db(),
    users.flatMap((user) => user.sedeIds),
  );
  const outcome = parseStaffListOutcome(params);

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: tNav("supervision"), href: "/supervisione" }, { label: t("title") }]}
      />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-prose text-lg">{actor.role === "ADMIN" ? t("introAdmin") : t("introOlp")}</p>

        {outcome ? (
          <div className="mt-6">
            <OutcomeMessage outcome={outcome} users={users} actor={actor} />
          </div>
        ) : null}

        <p className="mt-6">
          <Link
            href="/supervisione/personale/nuovo"
            className="inline-block rounded-md bg-primary px-6 py-2.5 font-bold text-white no-underline hover:bg-primary-hover hover:text-white"
          >
            {t("newUser")}
          </Link>
        </p>

        {users.length === 0 ? (
          <Notice className="mt-8 max-w-prose">
            <p>{t("empty")}</p>
          </Notice>
        ) : (
          <StaffTable users={users} desks={desks} actor={actor} />
        )}
      </Container>
    </>
  );
}

async function OutcomeMessage({ outcome, users, actor }: { outcome: StaffListOutcome; users: ManagedUser[]; actor: Staff }) {
  const [t, tErrors] = await Promise.all([getTranslations("users.done"), getTranslations("users.errors")]);
  if (!outcome.done) {
    const key = ({ forbidden: "forbidden", not_found: "notFound", self: "self", email_taken: "emailTaken", unavailable: "unavailable" } as const)[
      outcome.error
    ];
    return (
      <FocusedNotice tone="error" role="alert">
        <p className="font-semibold">{tErrors(key, { minutes: 1 })}</p>
      </FocusedNotice>
    );
  }
  const user = users.find((candidate) => candidate.id === outcome.userId);
  // An OLP who moved a volunteer away from their desks no longer sees them: nothing to name.
  if (!user) return null;
  const mailed = outcome.done === "created" || outcome.done === "linkSent";
  const outboxLink = (chunks: ReactNode) => <Link href="/supervisione/posta">{chunks}</Link>;
  return (
    <FocusedNotice role="status">
      <p className="font-semibold">{t(outcome.done, { name: user.name, email: user.email })}</p>
      {mailed && actor.role === "ADMIN" && keepsMailInOutbox() ? <p className="mt-1">{t.rich("inOutbox", { link: outboxLink })}</p> : null}
    </FocusedNotice>
  );
}

async function StaffTable({ users, desks, actor }: { users: ManagedUser[]; desks: Map<string, string>; actor: Staff }) {
  const [t, tRoles, format] = await Promise.all([getTranslations("users.list"), getTranslations("users.roles"), getFormatter()]);
  const cell = "py-3 pr-4 align-top";
  return (
    <div className="mt-8 overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left">
          <span className="block text-xl font-semibold">{t("caption")}</span>
          <span className="block text-sm text-muted">{t("count", { count: users.length })}</span>
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {(["nameColumn", "emailColumn", "roleColumn", "desksColumn", "statusColumn", "lastSignInColumn", "actionsColumn"] as const).map(
              (column) => (
                <th key={column} scope="col" className="py-2 pr-4 font-semibold">
                  {t(column)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === actor.id;
            const deskNames = user.sedeIds.map((id) => desks.get(id)).filter((name): name is string => Boolean(name));
            return (
              <tr key={user.id} className="border-b border-line">
                <th scope="row" className={`${cell} font-semibold`}>
                  {user.name}
                  {self ? <span className="font-normal"> {t("you")}</span> : null}
                </th>
                <td className={cell}>
                  <a href={`mailto:${user.email}`} className="break-all">
                    {user.email}
                  </a>
                </td>
                <td className={cell}>{tRoles(user.role)}</td>
                <td className={cell}>
                  {deskNames.length === 0 ? (
                    t("noDesks")
                  ) : (
                    <ul>
                      {deskNames.map((name, index) => (
                        <li key={`${index}-${name}`}>{name}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td className={cell}>{user.active ? t("active") : <strong className="text-danger">{t("deactivated")}</strong>}</td>
                <td className={cell}>
                  {user.lastSignInAt
                    ? format.dateTime(user.lastSignInAt, { dateStyle: "medium", timeStyle: "short", timeZone: ROME })
                    : t("never")}
                </td>
                <td className="py-3 align-top">
                  <div className="flex min-w-48 flex-col items-start gap-2">
                    <Link href={`/supervisione/personale/${user.id}`}>
                      {t("edit")}
                      <span className="sr-only"> {user.name}</span>
                    </Link>
                    {self ? null : (
                      <form action={setActiveAction}>
                        <input type="hidden" name="userId" value={user.id} />
                        <input type="hidden" name="active" value={user.active ? "false" : "true"} />
                        <button type="submit" className={buttonClass}>
                          {user.active ? t("deactivate") : t("reactivate")}
                          <span className="sr-only"> {user.name}</span>
                        </button>
                      </form>
                    )}
                    {user.active ? (
                      <form action={sendPasswordLinkAction}>
                        <input type="hidden" name="userId" value={user.id} />
                        <button type="submit" className={buttonClass}>
                          {t("sendLink")}
                          <span className="sr-only"> {t("sendLinkTo", { name: user.name })}</span>
                        </button>
                      </form>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
