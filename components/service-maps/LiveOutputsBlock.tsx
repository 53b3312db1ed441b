import { getFormatter, getTranslations } from "next-intl/server";

import { Section } from "@/components/ui/Section";
import type { LiveOutputs } from "@/lib/service-maps/live-outputs";
import type { MapCell } from "@/lib/service-maps/read";

import { displayCell } from "./cell-display";

export interface PublishedFigure {
  /** Row key, as in LiveOutputs.outputs. */
  key: string;
  year: number | null;
  cell: MapCell | null;
}

const cellClass = "py-2 pr-4 align-top";

/**
 * "From the portal, <year>": for each indicator a rule links to a portal figure, the value the map
 * publishes for its latest year beside what the portal counted this year so far, with what is counted.
 */
export async function LiveOutputsBlock({ live, published }: { live: LiveOutputs; published: PublishedFigure[] }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("serviceMaps.map"), getTranslations("serviceMaps.map.status"), getFormatter()]);
  const day = (key: string) => format.dateTime(new Date(`${key}T12:00:00Z`), { day: "numeric", month: "long", year: "numeric" });
  const desks = format.list(live.desks.map((desk) => `${desk.name} (${desk.scuCode})`));
  const years = new Set(published.map((figure) => figure.year));
  const sameYear = years.size === 1 ? [...years][0] : null;

  return (
    <Section id="live-outputs" title={t("sections.live", { year: live.year })} className="mt-12">
      <p className="mt-3 max-w-prose">{t("live.intro", { desks, from: day(live.from), to: day(live.to) })}</p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left" data-testid="live-outputs">
          <caption className="sr-only">{t("sections.live", { year: live.year })}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className={cellClass}>
                {t("live.indicator")}
              </th>
              <th scope="col" className={`${cellClass} text-right`}>
                {sameYear ? t("live.published", { year: sameYear }) : t("live.publishedNone")}
              </th>
              <th scope="col" className={`${cellClass} text-right`}>
                {t("live.portal", { year: live.year })}
              </th>
              <th scope="col" className={cellClass}>
                {t("live.whatIsCounted")}
              </th>
            </tr>
          </thead>
          <tbody>
            {live.outputs.map((output) => {
              const figure = published.find((candidate) => candidate.key === output.key);
              const shown = figure?.cell ? displayCell(figure.cell, format, tStatus) : null;
              return (
                <tr key={output.key} className="border-b border-line" data-metric={output.metric}>
                  <th scope="row" className={`${cellClass} font-normal`}>
                    {output.label}
                  </th>
                  <td className={`${cellClass} text-right tabular-nums whitespace-nowrap`} data-testid="live-published">
                    {shown ? shown.text : tStatus("EMPTY")}
                    {figure?.year && !sameYear ? ` (${figure.year})` : null}
                  </td>
                  <td className={`${cellClass} text-right font-bold tabular-nums whitespace-nowrap`} data-testid="live-portal">
                    {output.unit === "hours_per_week"
                      ? t("live.hoursPerWeek", { hours: format.number(output.value, { maximumFractionDigits: 1 }) })
                      : format.number(output.value)}
                  </td>
                  <td className={`${cellClass} text-sm`}>{t(`live.metrics.${output.metric}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-3 max-w-prose text-sm text-muted">{t("live.note")}</p>
    </Section>
  );
}
