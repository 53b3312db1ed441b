import { getTranslations } from "next-intl/server";

import type { Period, PeriodErrorKey } from "@/lib/supervision/schema";

import { PeriodPicker, periodLabel } from "./PeriodPicker";

/**
 * The head of a desk's supervision page over a period (activity review, a volunteer's contacts,
 * citizens' comments): title, the desk, the period read, a short intro, then the period's forms.
 */
export async function DeskPeriodHead({
  title,
  intro,
  desk,
  action,
  period,
  error,
  raw,
}: {
  title: string;
  intro: string;
  desk: { name: string; city: string; scuCode: string };
  /** The page the period's forms reload. */
  action: string;
  period: Period | null;
  error: PeriodErrorKey | null;
  raw: { mese?: string; dal?: string; al?: string };
}) {
  const t = await getTranslations("supervisionFigures");
  return (
    <>
      <h1 className="text-3xl sm:text-4xl">{title}</h1>
      <p className="mt-2 text-lg">{t("deskLine", { name: desk.name, city: desk.city, code: desk.scuCode })}</p>
      {period ? <p className="mt-1 text-lg font-semibold">{t("periodLine", { period: await periodLabel(period) })}</p> : null}
      <p className="mt-3 max-w-prose">{intro}</p>

      <PeriodPicker action={action} period={period} error={error} raw={raw} />
    </>
  );
}
