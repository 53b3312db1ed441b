import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { Container } from "@/components/ui/Container";

export async function NotFoundContent() {
  const t = await getTranslations("notFound");
  return (
    <Container>
      <div className="max-w-prose space-y-6 py-12">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="text-lg">{t("text")}</p>
        <ul className="list-disc space-y-2 pl-6 text-lg">
          <li>
            <Link href="/">{t("home")}</Link>
          </li>
          <li>
            <Link href="/servizi">{t("catalogue")}</Link>
          </li>
        </ul>
      </div>
    </Container>
  );
}

export async function notFoundMetadata() {
  const t = await getTranslations("notFound");
  return { title: t("title") };
}
