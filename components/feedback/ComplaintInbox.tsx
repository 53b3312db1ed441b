import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { Tag } from "@/components/ui/Tag";
import type { ComplaintListItem } from "@/lib/feedback/complaints";

const cell = "py-2 pr-4 align-top";

/** The inbox's table: reference (a link to the item), kind, desk, dates, status, and overdue items marked. */
export async function ComplaintInbox({ items, showDesk }: { items: ComplaintListItem[]; showDesk: boolean }) {
  const [t, format] = await Promise.all([getTranslations("feedback"), getFormatter()]);
  const date = (instant: Date) => format.dateTime(instant, { day: "numeric", month: "short", year: "numeric", timeZone: "Europe/Rome" });
  const open = items.filter((item) => item.status === "RECEIVED" || item.status === "IN_PROGRESS").length;
  const overdue = items.filter((item) => item.overdue).length;
  if (items.length === 0) return <p className="mt-6">{t("inbox.empty")}</p>;
  return (
    <div className="mt-6 space-y-3">
      <p className="font-semibold">{t("inbox.openCount", { open, overdue })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left" data-testid="complaint-inbox">
          <caption className="mb-2 text-left text-lg font-semibold">{t("inbox.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={cell}>{t("inbox.reference")}</th>
              <th scope="col" className={cell}>{t("inbox.kind")}</th>
              {showDesk ? <th scope="col" className={cell}>{t("inbox.desk")}</th> : null}
              <th scope="col" className={cell}>{t("inbox.received")}</th>
              <th scope="col" className={cell}>{t("inbox.due")}</th>
              <th scope="col" className={cell}>{t("inbox.status")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-b border-line">
                <th scope="row" className={`${cell} font-semibold`}>
                  <Link href={`/supervisione/reclami/${item.id}`} className="font-mono">
                    {item.reference}
                  </Link>
                </th>
                <td className={cell}>{t(`kinds.${item.kind}`)}</td>
                {showDesk ? <td className={cell}>{item.deskName ?? t("inbox.noDesk")}</td> : null}
                <td className={cell}>{date(item.receivedAt)}</td>
                <td className={cell}>{date(item.dueAt)}</td>
                <td className={cell}>
                  <span className="mr-2">{t(`statuses.${item.status}`)}</span>
                  {item.overdue ? <Tag variant="solid">{t("inbox.overdue")}</Tag> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
