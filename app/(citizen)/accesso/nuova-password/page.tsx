import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { cache } from "react";

import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { SetPasswordForm } from "@/components/users/SetPasswordForm";
import { db } from "@/lib/db";
import { passwordTokenIsValid } from "@/lib/users/password-tokens";
import { setPasswordSchema } from "@/lib/users/schema";

import { setPasswordAction } from "./actions";

export const dynamic = "force-dynamic";

const FORGOT_PASSWORD = "/accesso/password-dimenticata";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The query's token if it is still usable (looked up once per request); a malformed one is not looked up. */
const usableToken = cache(async (value: string | string[] | undefined): Promise<string | null> => {
  const token = setPasswordSchema.shape.token.safeParse(Array.isArray(value) ? value[0] : value);
  if (!token.success) return null;
  return (await passwordTokenIsValid(db(), token.data)) ? token.data : null;
});

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const [t, token] = await Promise.all([getTranslations("users.setPassword"), searchParams.then((params) => usableToken(params.token))]);
  // The address holds a one-time token: no Referer header carries it anywhere.
  return { title: token ? t("title") : t("invalidTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function SetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const [token, t, tSignIn, tBreadcrumbs, messages] = await Promise.all([
    searchParams.then((params) => usableToken(params.token)),
    getTranslations("users.setPassword"),
    getTranslations("users.signIn"),
    getTranslations("breadcrumbs"),
    getMessages(),
  ]);
  const title = token ? t("title") : t("invalidTitle");

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: tBreadcrumbs("home"), href: "/" }, { label: tSignIn("title"), href: "/accesso" }, { label: title }]}
      />
      <Container className="py-10">
        <div className="max-w-2xl">
          <h1 className="text-3xl sm:text-4xl">{title}</h1>
          {token ? (
            <>
              <p className="mt-3 text-lg">{t("intro")}</p>
              <Card className="mt-8">
                <NextIntlClientProvider messages={{ users: messages.users }}>
                  <SetPasswordForm action={setPasswordAction} token={token} requestNewHref={FORGOT_PASSWORD} />
                </NextIntlClientProvider>
              </Card>
            </>
          ) : (
            <>
              <p className="mt-3 text-lg">{t("invalidText")}</p>
              <p className="mt-6">
                <Link
                  href={FORGOT_PASSWORD}
                  className="inline-block rounded-md bg-primary px-6 py-2.5 font-bold text-white no-underline hover:bg-primary-hover hover:text-white"
                >
                  {t("requestNew")}
                </Link>
              </p>
            </>
          )}
        </div>
      </Container>
    </>
  );
}
