import { getTranslations } from "next-intl/server";
import { Fragment } from "react";

import type { DayFigures } from "@/lib/desk/today";

/** The desk's day in numbers, as a definition list (a table of one row reads worse). */
export async function DayFiguresList({ figures }: { figures: DayFigures }) {
  const t = await getTranslations("deskWork");
  const minutes = (value: number | null) => (value === null ? t("figures.none") : t("figures.minutes", { minutes: value }));
  const rows: [string, string | number][] = [
    [t("figures.booked"), figures.booked],
    [t("figures.walkIns"), figures.walkIns],
    [t("figures.arrived"), figures.arrived],
    [t("figures.waiting"), figures.waiting],
    [t("figures.served"), figures.served],
    [t("figures.noShows"), figures.noShows],
    [t("figures.cancelled"), figures.cancelled],
    [t("figures.averageWait"), minutes(figures.averageWaitMinutes)],
    [t("figures.averageService"), minutes(figures.averageServiceMinutes)],
  ];
  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-3">
      <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1 lg:col-span-1" data-testid="day-figures">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd className="text-right font-bold">{value}</dd>
          </Fragment>
        ))}
      </dl>
      <div>
        <h3 className="text-lg">{t("figures.outcomes")}</h3>
        <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1">
          {(Object.keys(figures.outcomes) as (keyof DayFigures["outcomes"])[]).map((outcome) => (
            <Fragment key={outcome}>
              <dt>{t(`outcome.${outcome}`)}</dt>
              <dd className="text-right font-bold">{figures.outcomes[outcome]}</dd>
            </Fragment>
          ))}
        </dl>
      </div>
      <div>
        <h3 className="text-lg">{t("figures.autonomy")}</h3>
        <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1">
          {(Object.keys(figures.autonomy) as (keyof DayFigures["autonomy"])[]).map((level) => (
            <Fragment key={level}>
              <dt>{t(`autonomy.${level}`)}</dt>
              <dd className="text-right font-bold">{figures.autonomy[level]}</dd>
            </Fragment>
          ))}
        </dl>
      </div>
    </div>
  );
}
