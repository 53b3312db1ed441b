import { TZDate } from "@date-fns/tz";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { ROME, romeMidnight } from "@/lib/calendar/time";

import { CalendarKeys } from "./CalendarKeys";

export interface CalendarDay {
  /** "YYYY-MM-DD" */
  key: string;
  freeSlots: number;
}

const pad = (value: number) => String(value).padStart(2, "0");

/**
 * One month as a table of days. Days with a free slot are links (Tab reaches them; arrow keys move
 * between them once the page's script runs); the others are plain text, read as "no free time".
 */
export async function MonthCalendar({
  month,
  days,
  selected,
  hrefFor,
  previousHref,
  nextHref,
}: {
  /** "YYYY-MM" */
  month: string;
  /** Days of this month with free slots. */
  days: CalendarDay[];
  selected?: string;
  hrefFor: (day: string) => string;
  previousHref?: string;
  nextHref?: string;
}) {
  const [t, format] = await Promise.all([getTranslations("booking.days"), getFormatter()]);
  const [year, monthNumber] = month.split("-").map(Number);
  const first = romeMidnight(year, monthNumber, 1);
  const daysInMonth = new TZDate(year, monthNumber, 0, ROME).getDate();
  const leading = (new TZDate(first, ROME).getDay() + 6) % 7;
  const free = new Map(days.map((day) => [day.key, day.freeSlots]));

  const cells: (number | null)[] = [...Array(leading).fill(null), ...Array.from({ length: daysInMonth }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  // A Monday-first week, named in the page's language.
  const weekdays = Array.from({ length: 7 }, (_, i) => romeMidnight(2026, 11, 30 + i));
  const caption = format.dateTime(first, { month: "long", year: "numeric" });

  return (
    <div className="max-w-md">
      <div className="mb-2 flex items-center justify-between gap-2">
        {previousHref ? (
          <Link href={previousHref} className="rounded-md px-2 py-1 font-semibold underline">
            <span aria-hidden="true">← </span>
            {t("previousMonth")}
          </Link>
        ) : (
          <span />
        )}
        {nextHref ? (
          <Link href={nextHref} className="rounded-md px-2 py-1 font-semibold underline">
            {t("nextMonth")}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </div>
      <CalendarKeys month={month} previousHref={previousHref} nextHref={nextHref}>
        <table className="w-full table-fixed border-collapse text-center">
          <caption className="mb-2 text-lg font-bold capitalize">{caption}</caption>
          <thead>
            <tr>
              {weekdays.map((day) => (
                <th key={day.toISOString()} scope="col" className="py-1 text-sm font-semibold">
                  <abbr title={format.dateTime(day, { weekday: "long" })} className="no-underline">
                    {format.dateTime(day, { weekday: "short" })}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, d) => {
                  if (day === null) return <td key={d} />;
                  const key = `${month}-${pad(day)}`;
                  const count = free.get(key);
                  const label = format.dateTime(romeMidnight(year, monthNumber, day), { weekday: "long", day: "numeric", month: "long" });
                  if (!count) {
                    return (
                      <td key={d} className="p-0.5">
                        <span className="block rounded-md py-2 text-muted line-through decoration-1">
                          <span aria-hidden="true">{day}</span>
                          <span className="sr-only">{t("dayFull", { day: label })}</span>
                        </span>
                      </td>
                    );
                  }
                  const isSelected = key === selected;
                  return (
                    <td key={d} className="p-0.5">
                      <Link
                        href={hrefFor(key)}
                        data-calendar-day
                        aria-current={isSelected ? "date" : undefined}
                        aria-label={t(isSelected ? "daySelected" : "dayFree", { day: label, count })}
                        className={`block rounded-md border-2 py-2 font-bold ${isSelected ? "border-primary bg-primary text-white" : "border-primary-soft bg-primary-soft text-primary-strong hover:border-primary"}`}
                      >
                        {day}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </CalendarKeys>
      <p className="mt-2 text-sm text-muted">{t("legend")}</p>
    </div>
  );
}
