import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";

import { displayCell, formatFigure, formatTick } from "@/components/service-maps/cell-display";
import { LiveOutputsBlock, type PublishedFigure } from "@/components/service-maps/LiveOutputsBlock";
import { MapTable } from "@/components/service-maps/MapTable";
import { TrendChart } from "@/components/service-maps/TrendChart";
import { Breadcrumbs } from "@/components/ui/Breadcrumbs";
import { Container } from "@/components/ui/Container";
import { Notice } from "@/components/ui/Notice";
import { Section } from "@/components/ui/Section";
import { db } from "@/lib/db";
import { loadProgrammes } from "@/lib/programme-indicators/cached";
import { programmeSectionId } from "@/lib/programme-indicators/layout";
import { programmeForMap } from "@/lib/programme-indicators/map-links";
import { loadMap } from "@/lib/service-maps/cached";
import { mapTitleForDisplay, personForDisplay } from "@/lib/service-maps/display-names";
import { liveOutputs } from "@/lib/service-maps/live-outputs";
import type { MapTable as MapTableData, MapTableKind, ServiceMapView } from "@/lib/service-maps/read";
import { mapSlugSchema } from "@/lib/service-maps/slug";
import { isChartable, summarizeTrend, type TrendPoint } from "@/lib/service-maps/trend";

// Rendered per request (the language is a cookie); the map comes from the data cache, keyed on the
// latest import, and only the live counts are read fresh.
export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

const findMap = cache(async (slug: string): Promise<ServiceMapView | null> => {
  const parsed = mapSlugSchema.safeParse(slug);
  return parsed.success ? loadMap(parsed.data) : null;
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const map = await findMap((await params).slug);
  if (!map) return {};
  const t = await getTranslations("serviceMaps.index");
  return { title: map.title ? mapTitleForDisplay(map.title) : t("untitled", { position: map.position + 1 }) };
}

const SECTIONS: { id: string; key: "content" | "outputs" | "users" | "delivery"; kinds: MapTableKind[] }[] = [
  { id: "content", key: "content", kinds: ["CORE_ELEMENTS", "ACCESSORY_ELEMENTS"] },
  { id: "outputs", key: "outputs", kinds: ["OUTPUTS"] },
  { id: "users", key: "users", kinds: ["SEGMENTATION_CRITERIA", "USER_SEGMENTS", "USERS_FOLLOWED"] },
  { id: "delivery", key: "delivery", kinds: ["MANAGEMENT", "STAFF", "INVOLVED_SEGMENTS", "DELIVERY_SITES"] },
];

/** The latest year's cell of each yearly row: what the map publishes now. */
function latestPublished(tables: MapTableData[]): PublishedFigure[] {
  return tables.flatMap((table) => {
    if (table.years.length === 0) return [];
    const latest = Math.max(...table.years);
    const column = table.years.lastIndexOf(latest);
    return table.rows.map((row) => ({ key: row.key, year: latest, cell: row.cells[column] ?? null }));
  });
}

export default async function ServiceMapPage({ params }: { params: Params }) {
  const map = await findMap((await params).slug);
  if (!map) notFound();
  const [t, tIndex, tStatus, tNav, tBreadcrumbs, tProgrammes, format, programmes] = await Promise.all([
    getTranslations("serviceMaps.map"),
    getTranslations("serviceMaps.index"),
    getTranslations("serviceMaps.map.status"),
    getTranslations("layout.nav"),
    getTranslations("breadcrumbs"),
    getTranslations("programmes"),
    getFormatter(),
    loadProgrammes(),
  ]);
  const programme = programmeForMap(map.title, programmes);
  const title = map.title ? mapTitleForDisplay(map.title) : tIndex("untitled", { position: map.position + 1 });
  const yearly = map.tables.filter((table) => table.kind === "OUTPUTS" || table.kind === "USERS_FOLLOWED");
  const live = map.title
    ? await liveOutputs(db(), { serviceName: map.title, rows: yearly.flatMap((table) => table.rows.map((row) => ({ key: row.key, label: row.label }))), now: new Date() })
    : null;
  const outputs = map.tables.filter((table) => table.kind === "OUTPUTS" && table.years.length > 0);
  const charts = outputs.flatMap((table) =>
    table.rows.map((row) => {
      const cells = row.cells.filter((cell) => cell.year !== null);
      const points: TrendPoint[] = cells.map((cell) => ({ year: cell.year!, value: cell.status === "NUMBER" ? cell.value : null, status: cell.status, marker: cell.footnoteMarker }));
      const displays = new Map(cells.map((cell) => [cell.year!, displayCell(cell, format, tStatus).text]));
      const unit = cells.find((cell) => cell.unit)?.unit ?? null;
      const markers = new Set([row.footnoteMarker, ...cells.map((cell) => cell.footnoteMarker)].filter(Boolean));
      return { table, row, points, displays, unit, footnotes: table.footnotes.filter((note) => markers.has(note.marker)) };
    }),
  );
  const drawn = charts.filter((chart) => isChartable(chart.points));

  const summaryOf = (points: TrendPoint[], unit: (typeof charts)[number]["unit"]) => {
    const summary = summarizeTrend(points);
    const figure = (point: TrendPoint) => formatFigure(format, point.value!, unit);
    const main =
      summary.first && summary.last && summary.highest && summary.first !== summary.last
        ? t("chart.summary", {
            firstValue: figure(summary.first),
            firstYear: String(summary.first.year),
            lastValue: figure(summary.last),
            lastYear: String(summary.last.year),
            highValue: figure(summary.highest),
            highYear: String(summary.highest.year),
          })
        : summary.first
          ? t("chart.summaryOne", { value: figure(summary.first), year: String(summary.first.year) })
          : t("chart.summaryNone");
    return summary.gaps.length ? `${main} ${t("chart.gaps", { years: format.list(summary.gaps.map(String)) })}` : main;
  };

  return (
    <>
      <Breadcrumbs
        label={tBreadcrumbs("label")}
        items={[{ label: tNav("home"), href: "/" }, { label: t("breadcrumb"), href: "/mappe-servizi" }, { label: title }]}
      />
      <Container className="py-10">
        <h1 className="text-3xl sm:text-4xl">{title}</h1>
        <p className="mt-3 text-lg">
          {map.headRaw ? (
            <>
              <span className="font-semibold">{t("head")}:</span> {personForDisplay(map.headRaw)}
            </>
          ) : (
            t("noHead")
          )}
        </p>
        <p className="mt-1 text-sm text-muted">
          {t("importedAt", { date: format.dateTime(new Date(map.importedAt), { day: "numeric", month: "long", year: "numeric" }) })}
        </p>
        {programme ? (
          <p className="mt-3 max-w-prose">
            {tProgrammes.rich("fromMap", {
              code: programme.code,
              title: programme.title,
              link: (chunks) => (
                <Link href={`/programmi#${programmeSectionId(programme.code)}`} prefetch={false}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}

        <nav aria-labelledby="map-contents" className="mt-6">
          <h2 id="map-contents" className="text-lg font-semibold">
            {t("contents")}
          </h2>
          <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {SECTIONS.filter((section) => map.tables.some((table) => section.kinds.includes(table.kind))).map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{t(`sections.${section.key}`)}</a>
              </li>
            ))}
            {drawn.length ? (
              <li>
                <a href="#charts">{t("sections.charts")}</a>
              </li>
            ) : null}
            {live ? (
              <li>
                <a href="#live-outputs">{t("sections.live", { year: live.year })}</a>
              </li>
            ) : null}
            <li>
              <a href="#downloads">{t("downloads")}</a>
            </li>
          </ul>
        </nav>

        {SECTIONS.map((section) => {
          const tables = map.tables.filter((table) => section.kinds.includes(table.kind));
          if (tables.length === 0) return null;
          return (
            <Section key={section.id} id={section.id} title={t(`sections.${section.key}`)} className="mt-12">
              {section.id === "outputs" ? <p className="mt-2 text-sm text-muted">{t("statusLegend")}</p> : null}
              {section.id === "delivery" ? (
                <p className="mt-2">
                  <span className="font-semibold">{t("management.heading")}:</span>{" "}
                  {map.managementForms.length ? format.list(map.managementForms.map((form) => t(`management.${form}`))) : t("management.none")}
                  {map.managementNote ? `. ${t("management.note", { note: map.managementNote })}` : null}
                </p>
              ) : null}
              {tables.map((table) => (
                <MapTable key={table.position} table={table} id={`table-${table.position}`} />
              ))}
            </Section>
          );
        })}

        {drawn.length ? (
          <Section id="charts" title={t("sections.charts")} className="mt-12">
            <div className="mt-4 grid max-w-4xl gap-6">
              {drawn.map((chart) => (
                <TrendChart
                  key={chart.row.key}
                  id={`chart-${chart.row.key}`}
                  title={`${chart.row.label}${chart.row.footnoteMarker ?? ""}`}
                  summary={summaryOf(chart.points, chart.unit)}
                  points={chart.points.map((point) => ({ year: point.year, value: point.value, display: chart.displays.get(point.year) ?? "" }))}
                  yearHeader={t("chart.year")}
                  valueHeader={t("chart.value")}
                  showTable={t("chart.showTable", { title: chart.row.label })}
                  formatTick={(value) => formatTick(format, value, chart.unit)}
                  footnotes={chart.footnotes.map((note) => `${note.marker} ${note.text}`)}
                />
              ))}
            </div>
          </Section>
        ) : outputs.length ? (
          <Notice className="mt-8">
            <p>{t("chart.none")}</p>
          </Notice>
        ) : null}

        {live ? <LiveOutputsBlock live={live} published={latestPublished(yearly)} /> : null}

        <Section id="downloads" title={t("downloads")} className="mt-12">
          <p className="mt-2 text-sm text-muted">{t("downloadHint")}</p>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
            <li>
              <a href={`/mappe-servizi/${map.slug}/dati.csv`} download>
                {t("downloadCsv")}
              </a>
            </li>
            <li>
              <a href={`/mappe-servizi/${map.slug}/dati.json`} download>
                {t("downloadJson")}
              </a>
            </li>
          </ul>
        </Section>
      </Container>
    </>
  );
}
