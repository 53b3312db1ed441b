import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";

import { ROME } from "@/lib/calendar/time";
import { LOCALE_COOKIE, defaultLocale, isLocale } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";

// No locale in the URL: the language switch stores the choice in a cookie, Italian otherwise.
export default getRequestConfig(async () => {
  const requested = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, messages: messages[locale], timeZone: ROME };
});
