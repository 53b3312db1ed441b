import "@fontsource/titillium-web/400.css";
import "@fontsource/titillium-web/600.css";
import "@fontsource/titillium-web/700.css";
import "./globals.css";

import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { SkipLink } from "@/components/layout/SkipLink";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    title: { template: `%s · ${t("name")}`, default: t("name") },
    description: t("description"),
    applicationName: t("name"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, t] = await Promise.all([getCurrentLocale(), getMessages(), getTranslations("layout")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get only what they use: the error pages' texts. */}
        <NextIntlClientProvider messages={{ site: messages.site, errorPage: messages.errorPage }}>
          <SkipLink label={t("skipToContent")} />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
