import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";

import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Card } from "@/components/ui/Card";
import { Container } from "@/components/ui/Container";
import { ForgotPasswordForm } from "@/components/users/ForgotPasswordForm";

import { requestPasswordResetAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.forgot");
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function ForgotPasswordPage() {
  const [t, tSignIn, tBreadcrumbs, messages] = await Promise.all([
    getTranslations("users.forgot"),
    getTranslations("users.signIn"),
    getTranslations("breadcrumbs"),
    getMessages(),
  ]);

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: tBreadcrumbs("home"), href: "/" }, { label: tSignIn("title"), href: "/accesso" }, { label: t("title") }]}
      />
      <Container className="py-10">
        <div className="max-w-2xl">
          <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
          <p className="mt-3 text-lg">{t("intro")}</p>
          <Card as="section" labelledBy="forgot-heading" className="mt-8">
            <h2 id="forgot-heading" className="mb-4 text-2xl">
              {t("formHeading")}
            </h2>
            <NextIntlClientProvider messages={{ users: messages.users }}>
              <ForgotPasswordForm action={requestPasswordResetAction} />
            </NextIntlClientProvider>
          </Card>
          <p className="mt-6">
            <Link href="/accesso">{t("backToSignIn")}</Link>
          </p>
        </div>
      </Container>
    </>
  );
}
