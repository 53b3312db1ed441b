import { getFormatter, getTranslations } from "next-intl/server";

import { TableHead } from "@/components/ui/TableHead";
import { dateOfDay } from "@/lib/timesheets/dates";
import type { ProgressRow } from "@/lib/training/progress";

import { durationText } from "./duration";
import { ProgressBar } from "./ProgressBar";

/** Attended time against the project's targets, one row per kind of training. */
export async function ProgressTable({ rows, caption }: { rows: ProgressRow[]; caption: string }) {
  const [t, format] = await Promise.all([getTranslations("training"), getFormatter()]);
  const hours = (minutes: number) => durationText(t, minutes);
  const long = (day: string) => format.dateTime(dateOfDay(day), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <TableHead labels={[t("progress.kind"), t("progress.attended"), t("progress.target"), t("progress.remaining"), t("progress.deadline"), t("progress.bar")]} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.line} className="border-b border-line align-top">
              <th scope="row" className={`py-2 pr-4 ${row.line.startsWith("TUTORING_") ? "pl-4 font-normal" : ""}`}>
                {t(`line.${row.line}`)}
              </th>
              <td className="py-2 pr-4">{hours(row.attendedMinutes)}</td>
              <td className="py-2 pr-4">{row.targetMinutes === null ? t("progress.none") : hours(row.targetMinutes)}</td>
              <td className="py-2 pr-4">{row.remainingMinutes === null ? t("progress.none") : hours(row.remainingMinutes)}</td>
              <td className="py-2 pr-4">{row.deadline && row.targetMinutes !== null ? long(row.deadline) : t("progress.none")}</td>
              <td className="py-2 pr-4">
                <ProgressBar
                  percent={row.percent}
                  text={
                    row.targetMinutes === null || row.percent === null
                      ? t("progress.barNoTarget")
                      : t("progress.barText", { percent: row.percent, attended: hours(row.attendedMinutes), target: hours(row.targetMinutes) })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
