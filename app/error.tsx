"use client";

import { useTranslations } from "next-intl";

import { ErrorMessage } from "@/components/errors/ErrorMessage";
import { BrandBar } from "@/components/layout/BrandBar";
import { Container } from "@/components/ui/Container";

// Reached when a section layout itself fails, so none of its header can be relied on: a bare one.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("site");
  return (
    <>
      <header>
        <BrandBar name={t("name")} tagline={t("tagline")} />
      </header>
      <main id="main-content" tabIndex={-1} className="flex-1">
        <Container>
          <ErrorMessage error={error} retry={retry} />
        </Container>
      </main>
    </>
  );
}
