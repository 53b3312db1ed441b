import { getLocale } from "next-intl/server";

import { defaultLocale, isLocale, type Locale } from "./locales";

/** The request's locale, as the lib functions take it. */
export async function getCurrentLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : defaultLocale;
}
