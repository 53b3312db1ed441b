import { getTranslations } from "next-intl/server";
import { Suspense } from "react";

import { locales } from "@/lib/i18n/locales";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

import { setLanguage } from "./language-actions";
import { ReturnPathField } from "./ReturnPathField";

/** A plain form with one button per language: it works without JavaScript. */
export async function LanguageSwitcher() {
  const [t, current] = await Promise.all([getTranslations("layout.language"), getCurrentLocale()]);
  return (
    <form action={setLanguage}>
      <Suspense fallback={<input type="hidden" name="returnTo" value="/" />}>
        <ReturnPathField />
      </Suspense>
      <div role="group" aria-label={t("label")} className="flex items-center gap-1">
        {locales.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-pressed={locale === current}
            className={`cursor-pointer rounded px-2 py-0.5 font-semibold ${
              locale === current ? "bg-white text-topbar" : "text-white underline underline-offset-3 hover:bg-white/15"
            }`}
          >
            {t(`names.${locale}`)}
          </button>
        ))}
      </div>
    </form>
  );
}
