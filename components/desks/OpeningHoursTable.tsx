import { getTranslations } from "next-intl/server";
import { Fragment } from "react";

import { Tag } from "@/components/ui/Tag";
import { formatMinuteOfDay } from "@/lib/calendar/time";
import type { DeskDetail } from "@/lib/desks/get-desk";

/** ISO weekday (1 = Monday) → message key. */
const WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

interface OpeningHoursTableProps {
  openingHours: DeskDetail["openingHours"];
  /** ISO weekday of today in Rome, to mark its row. */
  today: number;
}

export async function OpeningHoursTable({ openingHours, today }: OpeningHoursTableProps) {
  const [t, tDays] = await Promise.all([getTranslations("desk"), getTranslations("weekdays")]);
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-3 text-left">
        <span className="block font-semibold">{t("hoursCaption")}</span>
        <span className="block text-sm text-muted">{t("hoursTimeZone")}</span>
      </caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="py-2 pr-4 font-semibold">
            {t("dayColumn")}
          </th>
          <th scope="col" className="py-2 font-semibold">
            {t("hoursColumn")}
          </th>
        </tr>
      </thead>
      <tbody>
        {openingHours.map(({ weekday, intervals }) => (
          <tr key={weekday} className={`border-b border-line ${weekday === today ? "bg-primary-soft" : ""}`}>
            <th scope="row" className="py-2 pr-4 align-top font-semibold">
              {tDays(WEEKDAY_KEYS[weekday - 1])}
              {weekday === today ? (
                <>
                  {" "}
                  <Tag variant="solid">{t("today")}</Tag>
                </>
              ) : null}
            </th>
            <td className="py-2 align-top">
              {intervals.length === 0
                ? t("closed")
                : intervals.map((interval, index) => (
                    // The separator stays outside the unbreakable span so narrow screens can wrap there.
                    <Fragment key={interval.opens}>
                      {index > 0 ? ", " : null}
                      <span className="whitespace-nowrap">
                        {t("interval", {
                          opens: formatMinuteOfDay(interval.opens),
                          closes: formatMinuteOfDay(interval.closes),
                        })}
                      </span>
                    </Fragment>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
