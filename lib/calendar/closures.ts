import Holidays from "date-holidays";

import type { Locale } from "@/lib/i18n/locales";

import { addRomeDays, romeMidnight, romeYear, startOfRomeDay } from "./time";

export type ClosureSource = "NATIONAL_HOLIDAY" | "PATRON_SAINT" | "HOLIDAY" | "EXCEPTIONAL";

export interface DeskClosure {
  source: ClosureSource;
  startsAt: Date;
  endsAt: Date;
  label: string;
}

export interface StoredClosure {
  kind: "HOLIDAY" | "EXCEPTIONAL";
  startsAt: Date;
  endsAt: Date;
  reasonIt: string;
  reasonEn: string | null;
}

export interface PatronSaint {
  month: number; // 1–12
  day: number;
  nameIt: string;
  nameEn: string;
}

const italy = new Holidays("IT");

/** Italy's public holidays (not observances such as Mother's Day) that start in `year`. */
export function nationalHolidays(year: number, locale: Locale): DeskClosure[] {
  return italy
    .getHolidays(year, locale)
    .filter((holiday) => holiday.type === "public")
    .map((holiday) => {
      const [y, m, d] = holiday.date.slice(0, 10).split("-").map(Number);
      const startsAt = romeMidnight(y, m, d);
      return { source: "NATIONAL_HOLIDAY", startsAt, endsAt: addRomeDays(startsAt, 1), label: holiday.name };
    });
}

/**
 * Everything that closes a desk between `from` and `from + days`, in time order: the national
 * holidays, the municipality's patron saint's day and the desk's own closures.
 */
export function upcomingClosures(input: {
  from: Date;
  days: number;
  stored: StoredClosure[];
  patron: PatronSaint;
  locale: Locale;
}): DeskClosure[] {
  const windowStart = startOfRomeDay(input.from);
  const windowEnd = addRomeDays(windowStart, input.days);
  const firstYear = romeYear(windowStart);
  const lastYear = romeYear(windowEnd);

  const computed: DeskClosure[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    computed.push(...nationalHolidays(year, input.locale));
    const patronDay = romeMidnight(year, input.patron.month, input.patron.day);
    computed.push({
      source: "PATRON_SAINT",
      startsAt: patronDay,
      endsAt: addRomeDays(patronDay, 1),
      label: input.locale === "it" ? input.patron.nameIt : input.patron.nameEn,
    });
  }
  const stored: DeskClosure[] = input.stored.map((closure) => ({
    source: closure.kind,
    startsAt: closure.startsAt,
    endsAt: closure.endsAt,
    label: input.locale === "en" && closure.reasonEn ? closure.reasonEn : closure.reasonIt,
  }));

  return [...computed, ...stored]
    .filter((closure) => closure.endsAt > input.from && closure.startsAt < windowEnd)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.label.localeCompare(b.label));
}
