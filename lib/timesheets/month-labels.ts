import { getFormatter, getTranslations } from "next-intl/server";

import { dateOfDay } from "./dates";
import type { MonthSheetLabels } from "./month-sheet";

/** The month sheet's labels in the request's language: shared by the page and the downloads. */
export async function monthSheetLabels(month: string): Promise<MonthSheetLabels> {
  const [t, format] = await Promise.all([getTranslations("timesheets"), getFormatter()]);
  const monthName = format.dateTime(dateOfDay(`${month}-01`), { month: "long", year: "numeric", timeZone: "UTC" });
  return {
    title: t("month.title", { month: monthName }),
    columns: { day: t("day"), kind: t("kindLabel"), start: t("dayForm.start"), end: t("dayForm.end"), break: t("dayForm.break"), hours: t("hours"), activities: t("activities"), week: t("weekStatus") },
    kinds: { SERVICE: t("kind.SERVICE"), TRAINING: t("kind.TRAINING"), PERMIT: t("kind.PERMIT"), SICKNESS: t("kind.SICKNESS"), UNPAID: t("kind.UNPAID") },
    statuses: { OPEN: t("status.OPEN"), SUBMITTED: t("status.SUBMITTED"), RETURNED: t("status.RETURNED"), APPROVED: t("status.APPROVED") },
    total: t("month.total"),
    weekday: (day) => format.dateTime(dateOfDay(day), { weekday: "short", timeZone: "UTC" }),
  };
}
