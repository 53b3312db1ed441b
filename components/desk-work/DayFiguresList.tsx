import { getTranslations } from "next-intl/server";
import { Fragment } from "react";

import type { DayFigures } from "@/lib/desk/today";

/** Label–number pairs as a definition list (a table of one row reads worse). */
function Counts({ rows, testId }: { rows: [string, string | number][]; testId?: string }) {
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1" data-testid={testId}>
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd className="text-right font-bold">{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

/** The desk's day in numbers: counts and averages, outcomes, autonomy reached. */
export async function DayFiguresList({ figures }: { figures: DayFigures }) {
  const t = await getTranslations("deskWork");
  const minutes = (value: number | null) => (value === null ? t("figures.none") : t("figures.minutes", { minutes: value }));
  const outcomes = Object.keys(figures.outcomes) as (keyof DayFigures["outcomes"])[];
  const autonomy = Object.keys(figures.autonomy) as (keyof DayFigures["autonomy"])[];
  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-3">
      <Counts
        testId="day-figures"
        rows={[
          [t("figures.booked"), figures.booked],
          [t("figures.walkIns"), figures.walkIns],
          [t("figures.arrived"), figures.arrived],
          [t("figures.waiting"), figures.waiting],
          [t("figures.served"), figures.served],
          [t("figures.noShows"), figures.noShows],
          [t("figures.cancelled"), figures.cancelled],
          [t("figures.averageWait"), minutes(figures.averageWaitMinutes)],
          [t("figures.averageService"), minutes(figures.averageServiceMinutes)],
        ]}
      />
      <div>
        <h3 className="text-lg">{t("figures.outcomes")}</h3>
        <Counts rows={outcomes.map((outcome) => [t(`outcome.${outcome}`), figures.outcomes[outcome]])} />
      </div>
      <div>
        <h3 className="text-lg">{t("figures.autonomy")}</h3>
        <Counts rows={autonomy.map((level) => [t(`autonomy.${level}`), figures.autonomy[level]])} />
      </div>
    </div>
  );
}
