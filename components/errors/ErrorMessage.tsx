"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

import { Notice } from "@/components/ui/Notice";

/** The body of the error pages: what happened in plain words, never the error's own message or stack. */
export function ErrorMessage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : undefined;

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="max-w-prose space-y-6 py-12">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <Notice tone="error">
        <p>{t("text")}</p>
      </Notice>
      {digest ? <p className="text-sm text-muted">{t("reference", { digest })}</p> : null}
      <div className="flex flex-wrap items-center gap-6">
        <button
          type="button"
          onClick={() => retry()}
          className="cursor-pointer rounded-md bg-primary px-6 py-2.5 font-bold text-white hover:bg-primary-hover"
        >
          {t("retry")}
        </button>
        <Link href="/">{t("home")}</Link>
      </div>
    </div>
  );
}
