import { getFormatter, getLocale, getTranslations } from "next-intl/server";

import { Tag } from "@/components/ui/Tag";
import type { DeskClosure } from "@/lib/calendar/closures";
import { formatMinuteOfDay } from "@/lib/calendar/time";

import { closureSpan } from "./closure-dates";

const DAY = { weekday: "long", day: "numeric", month: "long", year: "numeric" } as const;
const DAY_AND_TIME = { ...DAY, hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;

// Italian weekdays are lower case ("martedì"), but here the date starts the line.
function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The desk's closures, dated in Rome time (the formatter's configured time zone). */
export async function ClosureList({ closures, days }: { closures: DeskClosure[]; days: number }) {
  const [t, tKinds, format, locale] = await Promise.all([
    getTranslations("desk"),
    getTranslations("closureKinds"),
    getFormatter(),
    getLocale(),
  ]);

  if (closures.length === 0) return <p>{t("noClosures", { days })}</p>;

  function describe(closure: DeskClosure): string {
    const span = closureSpan(closure.startsAt, closure.endsAt);
    switch (span.kind) {
      case "day":
        return format.dateTime(span.day, DAY);
      case "days":
        return format.dateTimeRange(span.first, span.last, DAY);
      case "partOfDay": {
        const day = format.dateTime(span.day, DAY);
        if (span.from === undefined) return t("closureUntil", { day, until: formatMinuteOfDay(span.until ?? 0) });
        if (span.until === undefined) return t("closureFrom", { day, from: formatMinuteOfDay(span.from) });
        return t("closureBetween", { day, from: formatMinuteOfDay(span.from), until: formatMinuteOfDay(span.until) });
      }
      case "range":
        return format.dateTimeRange(span.start, span.end, DAY_AND_TIME);
    }
  }

  return (
    <ul className="divide-y divide-line border-y border-line">
      {closures.map((closure) => (
        <li
          key={`${closure.source}-${closure.startsAt.toISOString()}`}
          className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4"
        >
          <div>
            <p className="font-semibold">{capitalize(describe(closure), locale)}</p>
            <p>{closure.label}</p>
          </div>
          <p className="shrink-0">
            <Tag>{tKinds(closure.source)}</Tag>
          </p>
        </li>
      ))}
    </ul>
  );
}
