import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";

import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { linkify } from "@/components/users/linkify";
import { requireRole } from "@/lib/auth/session";
import { ROME } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { listOutbox } from "@/lib/mail/list-outbox";
import { keepsMailInOutbox } from "@/lib/mail/send-mail";

export const dynamic = "force-dynamic";

const LIMIT = 100;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.outbox");
  return { title: t("title") };
}

/** Mail the portal kept instead of sending it: one-time links included, so administrators only. */
export default async function OutboxPage() {
  await requireRole(["ADMIN"], "/supervisione/posta");
  const [{ total, messages }, t, tNav, tBreadcrumbs, format] = await Promise.all([
    listOutbox(db(), LIMIT),
    getTranslations("users.outbox"),
    getTranslations("users.nav"),
    getTranslations("breadcrumbs"),
    getFormatter(),
  ]);

  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("supervision"), href: "/supervisione" }, { label: t("title") }]} />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <Notice tone={keepsMailInOutbox() ? "warning" : "info"} className="mt-4 max-w-prose">
          <p>{keepsMailInOutbox() ? t("noSmtp") : t("smtp")}</p>
        </Notice>
        <p className="mt-6 font-semibold">
          {t("count", { count: total })} {total > LIMIT ? t("limit", { count: LIMIT }) : null}
        </p>

        <ol className="mt-6 space-y-8">
          {messages.map((message) => (
            <li key={message.id}>
              <article aria-labelledby={`mail-${message.id}`} className="rounded-lg border border-line bg-white p-4 shadow-sm sm:p-6">
                <h2 id={`mail-${message.id}`} className="text-xl">
                  {message.subject}
                </h2>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="font-semibold">{t("to")}</dt>
                  <dd className="break-all">{message.to}</dd>
                  <dt className="font-semibold">{t("date")}</dt>
                  <dd>
                    <time dateTime={message.createdAt.toISOString()}>
                      {format.dateTime(message.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: ROME })}
                    </time>
                  </dd>
                  {message.attachments.length > 0 ? (
                    <>
                      <dt className="font-semibold">{t("attachments")}</dt>
                      <dd>
                        <ul className="list-disc pl-5">
                          {message.attachments.map((attachment, index) => (
                            <li key={index} className="break-all">
                              {t("attachment", {
                                name: attachment.filename,
                                // "text/calendar; charset=utf-8; method=REQUEST" → "text/calendar"
                                type: attachment.contentType.split(";")[0].trim(),
                                size:
                                  attachment.size < 1024
                                    ? t("attachmentBytes", { bytes: attachment.size })
                                    : t("attachmentKilobytes", {
                                        size: format.number(attachment.size / 1024, { maximumFractionDigits: 1 }),
                                      }),
                              })}
                            </li>
                          ))}
                        </ul>
                      </dd>
                    </>
                  ) : null}
                </dl>
                <pre className="mt-4 rounded-md bg-surface p-3 font-sans text-base break-words whitespace-pre-wrap">
                  {linkify(message.text)}
                </pre>
              </article>
            </li>
          ))}
        </ol>
      </Container>
    </>
  );
}
