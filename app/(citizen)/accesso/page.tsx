import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { SignInForm } from "@/components/auth/SignInForm";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { currentStaff } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/i18n/return-path";
import { areaHome, signInReturnPath } from "@/lib/staff/area-home";

import { signInAction } from "./actions";

export const dynamic = "force-dynamic";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.signIn");
  return { title: t("title"), description: t("metaDescription"), robots: { index: false, follow: true } };
}

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await currentStaff();
  if (staff) redirect(areaHome(staff.role));

  const params = await searchParams;
  const callbackUrl = signInReturnPath(safeReturnPath(firstValue(params.callbackUrl)));
  const [t, tUsers, tNav, tBreadcrumbs, messages] = await Promise.all([
    getTranslations("auth.signIn"),
    getTranslations("users.signIn"),
    getTranslations("layout.nav"),
    getTranslations("breadcrumbs"),
    getMessages(),
  ]);
  // Where the visitor comes from: a new password (/accesso/nuova-password) or signing out.
  let notice: string | undefined;
  if (firstValue(params.password) === "1") notice = tUsers("passwordSet");
  else if (firstValue(params.uscita) === "1") notice = t("signedOut");
  const catalogueLink = (chunks: ReactNode) => <Link href="/servizi">{chunks}</Link>;

  return (
    <>
      <Breadcrumbs label={tBreadcrumbs("label")} items={[{ label: tNav("home"), href: "/" }, { label: t("title") }]} />
      <Container className="py-10">
        <div className="max-w-2xl">
          <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
          <p className="mt-3 text-lg">{t("intro")}</p>
          <p className="mt-2 text-lg">{t.rich("citizens", { link: catalogueLink })}</p>

          <Card as="section" labelledBy="signin-heading" className="mt-8">
            <h2 id="signin-heading" className="mb-4 text-2xl">
              {t("formHeading")}
            </h2>
            {/* The form's messages only: the rest of the catalogue stays on the server. */}
            <NextIntlClientProvider messages={{ auth: messages.auth }}>
              <SignInForm
                action={signInAction}
                callbackUrl={callbackUrl}
                notice={notice}
              />
            </NextIntlClientProvider>
            <p className="mt-6">
              <Link href="/accesso/password-dimenticata">{tUsers("forgotLink")}</Link>
            </p>
          </Card>
          <p className="mt-6 text-muted">{t("help")}</p>
        </div>
      </Container>
    </>
  );
}
