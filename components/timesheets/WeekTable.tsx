import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { TableHead } from "@/components/ui/TableHead";
import { formatMinuteOfDay } from "@/lib/calendar/time";
import { dateOfDay } from "@/lib/timesheets/dates";
import { hoursText } from "@/lib/timesheets/month-sheet";
import { creditedMinutes, type ProjectRules } from "@/lib/timesheets/rules";
import type { SheetDay } from "@/lib/timesheets/sheet";

/** The seven days of a week with what was recorded; each day links to its form when the week is open. */
export async function WeekTable({
  days,
  entries,
  rules,
  editHref,
}: {
  days: string[];
  entries: Map<string, SheetDay>;
  /** The project's rules, which say what an absence is worth. */
  rules: ProjectRules;
  /** The day form's address, or null when the week cannot be changed (or is someone else's). */
  editHref: ((day: string) => string) | null;
}) {
  const [t, format] = await Promise.all([getTranslations("timesheets"), getFormatter()]);
  const label = (day: string) => format.dateTime(dateOfDay(day), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
  const total = days.reduce((sum, day) => {
    const entry = entries.get(day);
    return sum + (entry ? creditedMinutes(entry, rules) : 0);
  }, 0);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <TableHead labels={[t("day"), t("kindLabel"), t("hours"), t("activities"), ...(editHref ? [t("actions")] : [])]} />
        <tbody>
          {days.map((day) => {
            const entry = entries.get(day);
            const minutes = entry ? creditedMinutes(entry, rules) : 0;
            return (
              <tr key={day} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-semibold capitalize">{label(day)}</th>
                <td className="py-2 pr-4">{entry ? t(`kind.${entry.kind}`) : <span className="text-muted">{t("empty")}</span>}</td>
                <td className="py-2 pr-4">
                  {entry?.startMinute != null && entry.endMinute != null ? (
                    <>
                      {formatMinuteOfDay(entry.startMinute)}–{formatMinuteOfDay(entry.endMinute)}
                      {entry.breakMinutes ? ` (−${entry.breakMinutes}′)` : ""} ={" "}
                    </>
                  ) : null}
                  {entry ? <strong>{hoursText(minutes)}</strong> : null}
                </td>
                <td className="py-2 pr-4 font-mono text-sm">{entry?.activityCodes.join(", ")}</td>
                {editHref ? (
                  <td className="py-2">
                    <Link href={editHref(day)} className="font-semibold underline">
                      {entry ? t("edit", { day: label(day) }) : t("fill", { day: label(day) })}
                    </Link>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-line">
            <th scope="row" className="py-2 pr-4">{t("weekTotal")}</th>
            <td />
            <td className="py-2 pr-4 font-bold" data-testid="week-total">{hoursText(total)}</td>
            <td />
            {editHref ? <td /> : null}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
