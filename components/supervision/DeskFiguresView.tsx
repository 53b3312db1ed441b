import { getFormatter, getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";

import Link from "next/link";

import { Section } from "@/components/ui/Section";
import { AUTONOMY_LEVELS, CHANNELS, NOT_POSSIBLE_REASONS, OUTCOMES, type DeskFigures, type Durations } from "@/lib/supervision/desk-figures";
import { COMPLAINT_KINDS, MANAGE_ALONE_ANSWERS, RATING_VALUES, SATISFACTION_ITEMS } from "@/lib/supervision/feedback-figures";

import { DailyChart } from "./DailyChart";
import { dayDate } from "./PeriodPicker";
import { ServiceChart } from "./ServiceChart";

const cell = "py-2 pr-4 align-top";
const numberCell = `${cell} text-right tabular-nums`;

/** Label–number pairs as a definition list; `sub` rows are indented parts of the row above. */
function Figures({ rows, testId }: { rows: { label: string; value: ReactNode; sub?: boolean }[]; testId: string }) {
  return (
    <dl className="grid grid-cols-[1fr_auto] gap-x-6 gap-y-1" data-testid={testId}>
      {rows.map((row) => (
        <Fragment key={row.label}>
          <dt className={row.sub ? "pl-4 text-muted" : ""}>{row.label}</dt>
          <dd className={`text-right tabular-nums ${row.sub ? "" : "font-bold"}`}>{row.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function Table({ caption, headers, children, testId }: { caption: string; headers: { label: string; numeric?: boolean }[]; children: ReactNode; testId?: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid={testId}>
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            {headers.map((header) => (
              <th key={header.label} scope="col" className={`py-2 pr-4 font-semibold ${header.numeric ? "text-right" : ""}`}>
                {header.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * The desk's figures for a period: summary, times, day-by-day charts, outcomes and autonomy,
 * citizens' satisfaction and complaints.
 */
export async function DeskFiguresView({ figures, inboxHref }: { figures: DeskFigures; inboxHref: string }) {
  const [t, format] = await Promise.all([getTranslations("supervisionFigures"), getFormatter()]);
  const none = t("none");
  const decimal = (value: number | null) => (value === null ? none : format.number(value, { maximumFractionDigits: 1 }));
  const share = (count: number, total: number) => (total === 0 ? none : format.number(count / total, { style: "percent", maximumFractionDigits: 1 }));
  const closed = OUTCOMES.reduce((sum, outcome) => sum + figures.outcomes[outcome], 0);
  const reached = AUTONOMY_LEVELS.reduce((sum, level) => sum + figures.autonomy[level], 0);
  const notPossible = figures.outcomes.NOT_POSSIBLE;
  const { satisfaction, complaints } = figures;
  const percent = (value: number | null) => (value === null ? none : format.number(value, { style: "percent", maximumFractionDigits: 1 }));
  const mean = (value: number | null) => (value === null ? none : format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

  const durationRow = (label: string, value: Durations) => (
    <tr className="border-b border-line">
      <th scope="row" className={`${cell} font-semibold`}>
        {label}
      </th>
      <td className={numberCell}>{value.count}</td>
      <td className={numberCell}>{decimal(value.median)}</td>
      <td className={numberCell}>{decimal(value.p90)}</td>
    </tr>
  );

  const dayTick = (day: string) => String(Number(day.slice(8)));
  const dayLabel = (day: string) => format.dateTime(dayDate(day), { weekday: "short", day: "numeric", month: "short", year: "numeric" });
  const totalServed = figures.days.reduce((sum, day) => sum + day.served, 0);
  const waits = figures.days.map((day) => day.medianWaitMinutes).filter((value): value is number => value !== null);
  const busiest = figures.services.reduce<DeskFigures["services"][number] | null>((top, service) => (top && top.served >= service.served ? top : service), null);

  return (
    <div className="mt-10 space-y-12">
      <Section id="summary" title={t("summary.heading")}>
        <div className="mt-4 grid gap-8 lg:grid-cols-3">
          <div>
            <h3 className="text-lg">{t("summary.bookingsHeading")}</h3>
            <Figures
              testId="figures-bookings"
              rows={[
                { label: t("summary.bookings"), value: figures.bookings.total },
                ...CHANNELS.map((channel) => ({ label: t(`summary.${channel}`), value: figures.bookings.byChannel[channel], sub: true })),
                { label: t("summary.cancellations"), value: figures.cancellations },
              ]}
            />
          </div>
          <div>
            <h3 className="text-lg">{t("summary.contactsHeading")}</h3>
            <Figures
              testId="figures-contacts"
              rows={[
                { label: t("summary.contacts"), value: figures.contacts },
                { label: t("summary.walkIns"), value: figures.walkIns, sub: true },
                { label: t("summary.served"), value: figures.served },
              ]}
            />
          </div>
          <div>
            <h3 className="text-lg">{t("summary.noShowsHeading")}</h3>
            <Figures
              testId="figures-no-shows"
              rows={[
                { label: t("summary.due"), value: figures.noShows.due },
                { label: t("summary.noShows"), value: figures.noShows.noShows },
                {
                  label: t("summary.noShowRate"),
                  value: figures.noShows.rate === null ? none : format.number(figures.noShows.rate, { style: "percent", maximumFractionDigits: 1 }),
                },
                { label: t("summary.unrecorded"), value: figures.noShows.unrecorded },
              ]}
            />
            <p className="mt-2 text-sm text-muted">{t("summary.noShowNote")}</p>
          </div>
        </div>
      </Section>

      <Section id="times" title={t("times.heading")}>
        <div className="mt-4 space-y-8">
          <Table
            caption={t("times.caption")}
            testId="figures-times"
            headers={[{ label: t("times.measure") }, { label: t("times.count"), numeric: true }, { label: t("times.median"), numeric: true }, { label: t("times.p90"), numeric: true }]}
          >
            {durationRow(t("times.wait"), figures.waitMinutes)}
            {durationRow(t("times.service"), figures.serviceMinutes)}
          </Table>
          <p className="text-sm text-muted">{t("times.note")}</p>
          {figures.services.length === 0 ? (
            <p>{t("times.noServices")}</p>
          ) : (
            <Table
              caption={t("times.byServiceCaption")}
              testId="figures-services"
              headers={[
                { label: t("times.serviceColumn") },
                { label: t("times.contacts"), numeric: true },
                { label: t("times.served"), numeric: true },
                { label: t("times.median"), numeric: true },
                { label: t("times.p90"), numeric: true },
              ]}
            >
              {figures.services.map((service) => (
                <tr key={service.serviceCode} className="border-b border-line">
                  <th scope="row" className={`${cell} font-semibold`}>
                    {service.serviceName}
                  </th>
                  <td className={numberCell}>{service.contacts}</td>
                  <td className={numberCell}>{service.served}</td>
                  <td className={numberCell}>{decimal(service.serviceMinutes.median)}</td>
                  <td className={numberCell}>{decimal(service.serviceMinutes.p90)}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      </Section>

      <Section id="days" title={t("charts.heading")}>
        <div className="mt-4 space-y-6">
          <DailyChart
            id="chart-contacts"
            kind="bar"
            integer
            title={t("charts.contacts")}
            summary={t("charts.contactsSummary", {
              total: totalServed,
              days: figures.days.length,
              max: Math.max(0, ...figures.days.map((day) => day.served)),
            })}
            labelHeader={t("charts.day")}
            valueHeader={t("charts.served")}
            showTable={t("charts.showTable", { title: t("charts.contacts") })}
            formatTick={(value) => format.number(value)}
            points={figures.days.map((day) => ({ tick: dayTick(day.day), label: dayLabel(day.day), value: day.served, display: String(day.served) }))}
          />
          <DailyChart
            id="chart-wait"
            kind="line"
            title={t("charts.wait")}
            summary={t("charts.waitSummary", { measured: waits.length, max: decimal(waits.length ? Math.max(...waits) : null) })}
            labelHeader={t("charts.day")}
            valueHeader={t("charts.medianWait")}
            showTable={t("charts.showTable", { title: t("charts.wait") })}
            formatTick={(value) => format.number(value, { maximumFractionDigits: 1 })}
            points={figures.days.map((day) => ({
              tick: dayTick(day.day),
              label: dayLabel(day.day),
              value: day.medianWaitMinutes,
              display: day.medianWaitMinutes === null ? t("charts.noCall") : decimal(day.medianWaitMinutes),
            }))}
          />
        </div>
      </Section>

      <Section id="services" title={t("services.heading")}>
        <div className="mt-4 space-y-3">
          {figures.services.length === 0 ? (
            <p>{t("times.noServices")}</p>
          ) : (
            <ServiceChart
              id="chart-services"
              title={t("services.chart")}
              summary={t("services.summary", {
                total: figures.served,
                services: figures.services.filter((service) => service.served > 0).length,
                top: busiest?.serviceName ?? none,
                max: busiest?.served ?? 0,
              })}
              labelHeader={t("services.service")}
              valueHeader={t("services.served")}
              extraHeaders={[t("services.median"), t("services.answered"), t("services.mean")]}
              showTable={t("services.showTable", { title: t("services.chart") })}
              formatTick={(value) => format.number(value)}
              bars={figures.services.map((service) => ({
                label: service.serviceName,
                value: service.served,
                display: String(service.served),
                extra: [decimal(service.serviceMinutes.median), String(service.satisfaction.answered), mean(service.satisfaction.overallMean)],
              }))}
            />
          )}
          <p className="text-sm text-muted">{t("services.note")}</p>
        </div>
      </Section>

      <Section id="outcomes" title={t("outcomes.heading")}>
        <div className="mt-4 grid gap-8 lg:grid-cols-2">
          <Table
            caption={t("outcomes.outcomesCaption")}
            testId="figures-outcomes"
            headers={[{ label: t("outcomes.outcome") }, { label: t("outcomes.count"), numeric: true }, { label: t("outcomes.share"), numeric: true }]}
          >
            {OUTCOMES.map((outcome) => (
              <tr key={outcome} className="border-b border-line">
                <th scope="row" className={`${cell} font-normal`}>
                  {t(`outcomes.${outcome}`)}
                </th>
                <td className={numberCell}>{figures.outcomes[outcome]}</td>
                <td className={numberCell}>{share(figures.outcomes[outcome], closed)}</td>
              </tr>
            ))}
          </Table>
          <Table
            caption={t("outcomes.autonomyCaption")}
            testId="figures-autonomy"
            headers={[{ label: t("outcomes.level") }, { label: t("outcomes.count"), numeric: true }, { label: t("outcomes.share"), numeric: true }]}
          >
            {AUTONOMY_LEVELS.map((level) => (
              <tr key={level} className="border-b border-line">
                <th scope="row" className={`${cell} font-normal`}>
                  {t(`outcomes.autonomy.${level}`)}
                </th>
                <td className={numberCell}>{figures.autonomy[level]}</td>
                <td className={numberCell}>{share(figures.autonomy[level], reached)}</td>
              </tr>
            ))}
          </Table>
          <Table
            caption={t("outcomes.reasonsCaption")}
            testId="figures-reasons"
            headers={[{ label: t("outcomes.reason") }, { label: t("outcomes.count"), numeric: true }, { label: t("outcomes.share"), numeric: true }]}
          >
            {NOT_POSSIBLE_REASONS.map((reason) => (
              <tr key={reason} className="border-b border-line">
                <th scope="row" className={`${cell} font-normal`}>
                  {t(`outcomes.reasons.${reason}`)}
                </th>
                <td className={numberCell}>{figures.notPossibleReasons[reason]}</td>
                <td className={numberCell}>{share(figures.notPossibleReasons[reason], notPossible)}</td>
              </tr>
            ))}
          </Table>
        </div>
      </Section>

      <Section id="satisfaction" title={t("satisfaction.heading")}>
        <div className="mt-4 grid gap-8 lg:grid-cols-2">
          <div>
            <h3 className="text-lg">{t("satisfaction.summaryCaption")}</h3>
            <Figures
              testId="figures-satisfaction"
              rows={[
                { label: t("satisfaction.answered"), value: satisfaction.answered },
                { label: t("satisfaction.responseRate"), value: percent(satisfaction.responseRate) },
                { label: t("satisfaction.overallMean"), value: mean(satisfaction.overallMean) },
                { label: t("satisfaction.manageAloneShare"), value: percent(satisfaction.manageAloneShare) },
              ]}
            />
            <p className="mt-2 text-sm text-muted">{t("satisfaction.note")}</p>
          </div>
          <Table
            caption={t("satisfaction.distributionCaption")}
            testId="figures-satisfaction-distribution"
            headers={[{ label: t("satisfaction.rating") }, { label: t("satisfaction.answers"), numeric: true }, { label: t("satisfaction.share"), numeric: true }]}
          >
            {RATING_VALUES.map((rating) => (
              <tr key={rating} className="border-b border-line">
                <th scope="row" className={`${cell} font-normal`}>
                  {rating}
                </th>
                <td className={numberCell}>{satisfaction.overall[`${rating}`]}</td>
                <td className={numberCell}>{share(satisfaction.overall[`${rating}`], satisfaction.answered)}</td>
              </tr>
            ))}
          </Table>
          <Table
            caption={t("satisfaction.itemsCaption")}
            testId="figures-satisfaction-items"
            headers={[{ label: t("satisfaction.item") }, { label: t("satisfaction.rated"), numeric: true }, { label: t("satisfaction.mean"), numeric: true }]}
          >
            {SATISFACTION_ITEMS.map((item) => (
              <tr key={item} className="border-b border-line">
                <th scope="row" className={`${cell} font-normal`}>
                  {t(`satisfaction.items.${item}`)}
                </th>
                <td className={numberCell}>{satisfaction.items[item].count}</td>
                <td className={numberCell}>{mean(satisfaction.items[item].mean)}</td>
              </tr>
            ))}
          </Table>
          <Table
            caption={t("satisfaction.manageAloneCaption")}
            testId="figures-manage-alone"
            headers={[{ label: t("satisfaction.answer") }, { label: t("satisfaction.answers"), numeric: true }, { label: t("satisfaction.share"), numeric: true }]}
          >
            {MANAGE_ALONE_ANSWERS.map((answer) => (
              <tr key={answer} className="border-b border-line">
                <th scope="row" className={`${cell} font-normal`}>
                  {t(`satisfaction.manageAlone.${answer}`)}
                </th>
                <td className={numberCell}>{satisfaction.manageAlone[answer]}</td>
                <td className={numberCell}>{share(satisfaction.manageAlone[answer], satisfaction.answered)}</td>
              </tr>
            ))}
          </Table>
        </div>
      </Section>

      <Section id="complaints" title={t("complaints.heading")}>
        <div className="mt-4 max-w-xl">
          <h3 className="text-lg">{t("complaints.caption")}</h3>
          <Figures
            testId="figures-complaints"
            rows={[
              { label: t("complaints.received"), value: complaints.received },
              ...COMPLAINT_KINDS.map((kind) => ({ label: t(`complaints.kinds.${kind}`), value: complaints.byKind[kind], sub: true })),
              { label: t("complaints.answered"), value: complaints.answered },
              { label: t("complaints.closed"), value: complaints.closed },
              { label: t("complaints.overdue"), value: complaints.overdue },
              { label: t("complaints.medianDays"), value: decimal(complaints.medianDaysToAnswer) },
            ]}
          />
          <p className="mt-3">
            <Link href={inboxHref} className="font-semibold">
              {t("complaints.inboxLink")}
            </Link>
          </p>
        </div>
      </Section>
    </div>
  );
}
