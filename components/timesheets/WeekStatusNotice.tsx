import { getFormatter, getTranslations } from "next-intl/server";

import { Notice } from "@/components/ui/Notice";
import { ROME } from "@/lib/calendar/time";
import type { SheetWeek } from "@/lib/timesheets/sheet";

/** Where the week stands: sent and waiting, approved and locked, or returned with the OLP's comment. */
export async function WeekStatusNotice({ week }: { week: SheetWeek }) {
  const [t, format] = await Promise.all([getTranslations("timesheets"), getFormatter()]);
  const date = (instant: Date | null) => (instant ? format.dateTime(instant, { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone: ROME }) : "");
  if (week.status === "SUBMITTED") return <Notice role="status"><p>{t("submitted", { date: date(week.submittedAt) })}</p></Notice>;
  if (week.status === "APPROVED") return <Notice role="status"><p>{t("approved", { reviewer: week.reviewedBy ?? "OLP", date: date(week.reviewedAt) })}</p></Notice>;
  if (week.status === "RETURNED") {
    return (
      <Notice tone="warning" role="status">
        <p className="font-semibold">{t("returned", { reviewer: week.reviewedBy ?? "OLP", date: date(week.reviewedAt), comment: week.comment ?? "" })}</p>
      </Notice>
    );
  }
  return null;
}
