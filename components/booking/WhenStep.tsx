import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import type { Slot } from "@/lib/availability/slots";
import { romeClock, romeInstant } from "@/lib/calendar/time";

import { ChoiceFieldset, ChoiceOption, continueButtonClass } from "./ChoiceFieldset";
import { MonthCalendar } from "./MonthCalendar";
import { calendarDays, monthsSpanned, slotsByDay } from "./slot-calendar";

/**
 * Step 3: a day on the calendar, then a time of that day. Used by booking and by rescheduling, which
 * give their own links (`hrefFor`) and form target.
 */
export async function WhenStep({
  free,
  month,
  day,
  time,
  hrefFor,
  timeForm,
  backHref,
}: {
  free: Slot[];
  month?: string;
  day?: string;
  time?: string;
  /** The page's address with these calendar choices. */
  hrefFor: (choice: { mese?: string; giorno?: string }, hash?: string) => string;
  /** Where the chosen time goes: a GET form's action and its hidden fields. */
  timeForm: { action: string; hidden: Record<string, string> };
  backHref: string;
}) {
  const [t, format] = await Promise.all([getTranslations("booking.when"), getFormatter()]);
  const byDay = slotsByDay(free);
  const months = monthsSpanned([...byDay.keys()]);
  if (months.length === 0) {
    return (
      <div className="space-y-4">
        <p role="status" className="text-lg font-semibold">{t("noSlots")}</p>
        <Link href={backHref} className="font-semibold underline">{t("back")}</Link>
      </div>
    );
  }
  const daySlots = day ? byDay.get(day) : undefined;
  const shownMonth = month && months.includes(month) ? month : day && daySlots ? day.slice(0, 7) : months[0];
  const index = months.indexOf(shownMonth);
  const dayLabel = day && daySlots ? format.dateTime(romeInstant(day, "12:00")!, { weekday: "long", day: "numeric", month: "long", year: "numeric" }) : null;

  return (
    <div className="space-y-8">
      <section aria-labelledby="when-day">
        <h2 id="when-day" className="mb-2 text-xl font-bold">{t("dayHeading")}</h2>
        <p className="mb-4 text-muted">{t("dayHint")}</p>
        <MonthCalendar
          month={shownMonth}
          days={calendarDays(byDay, shownMonth)}
          selected={day}
          hrefFor={(key) => hrefFor({ giorno: key }, "orari")}
          previousHref={index > 0 ? hrefFor({ mese: months[index - 1] }) : undefined}
          nextHref={index < months.length - 1 ? hrefFor({ mese: months[index + 1] }) : undefined}
        />
      </section>

      {day && !daySlots ? (
        <p role="alert" className="font-semibold text-danger">{t("dayUnavailable")}</p>
      ) : null}

      {daySlots && dayLabel ? (
        <section aria-labelledby="orari" className="space-y-4">
          <h2 id="orari" tabIndex={-1} className="text-xl font-bold">{t("timeHeading", { day: dayLabel })}</h2>
          <form method="get" action={timeForm.action} className="space-y-6">
            {Object.entries(timeForm.hidden).map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <ChoiceFieldset legend={t("timeLegend", { day: dayLabel })}>
              <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
                {daySlots.map((slot, i) => {
                  const clock = romeClock(slot.startsAt);
                  return (
                    <ChoiceOption key={clock} name="ora" value={clock} checked={time ? clock === time : i === 0} required label={clock}>
                      {t("placesLeft", { count: slot.remaining })}
                    </ChoiceOption>
                  );
                })}
              </div>
            </ChoiceFieldset>
            <button type="submit" className={continueButtonClass}>{t("continue")}</button>
          </form>
        </section>
      ) : null}

      <p>
        <Link href={backHref} className="font-semibold underline">{t("back")}</Link>
      </p>
    </div>
  );
}
