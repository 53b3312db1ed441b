import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, it } from "date-fns/locale";

import { ROME } from "@/lib/calendar/time";
import type { Locale } from "@/lib/i18n/locales";

// date-fns's own locale data, not the runtime's ICU: the same words on every server.
const DATE_LOCALES = { it, en: enGB } as const;

/** "martedì 1 dicembre 2026, 09:30" / "Tuesday 1 December 2026, 09:30", in Rome's wall-clock time. */
export function formatAppointmentDateTime(instant: Date, locale: Locale): string {
  return format(new TZDate(instant, ROME), "EEEE d MMMM yyyy, HH:mm", { locale: DATE_LOCALES[locale] });
}

/** "09:30", in Rome's wall-clock time. */
export function formatAppointmentTime(instant: Date): string {
  return format(new TZDate(instant, ROME), "HH:mm");
}
