import type { DeskFigures, Durations } from "./desk-figures";

type Cell = string | number | null;

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function cell(value: Cell): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const durationRows = (section: string, item: string, value: Durations): Cell[][] => [
  [section, item, "count", value.count],
  [section, item, "median", value.median],
  [section, item, "p90", value.p90],
];

const ratio = (value: number | null): Cell => (value === null ? null : Number(value.toFixed(4)));

/**
 * The period's figures as CSV in long form (section, item, measure, value): one number per line, codes
 * rather than translated labels, plain numbers (a dot for decimals), empty where there is no value.
 * Counts and durations only: no citizen's and no volunteer's data.
 */
export function deskFiguresCsv(desk: { scuCode: string }, figures: DeskFigures): string {
  const rows: Cell[][] = [
    ["section", "item", "measure", "value"],
    ["desk", "scu_code", "code", desk.scuCode],
    ["period", "from", "date", figures.period.from],
    ["period", "to", "date", figures.period.to],
    ["bookings", "total", "count", figures.bookings.total],
    ...Object.entries(figures.bookings.byChannel).map(([channel, count]): Cell[] => ["bookings", channel, "count", count]),
    ["cancellations", "total", "count", figures.cancellations],
    ["contacts", "total", "count", figures.contacts],
    ["contacts", "walk_in", "count", figures.walkIns],
    ["contacts", "served", "count", figures.served],
    ...durationRows("wait_minutes", "all", figures.waitMinutes),
    ...durationRows("service_minutes", "all", figures.serviceMinutes),
    ...figures.services.flatMap((service): Cell[][] => [
      ["service", service.serviceCode, "contacts", service.contacts],
      ["service", service.serviceCode, "served", service.served],
      ...durationRows("service_minutes", service.serviceCode, service.serviceMinutes),
      ["service", service.serviceCode, "satisfaction_answered", service.satisfaction.answered],
      ["service", service.serviceCode, "satisfaction_mean", service.satisfaction.overallMean],
    ]),
    ["no_shows", "appointments", "due", figures.noShows.due],
    ["no_shows", "appointments", "no_shows", figures.noShows.noShows],
    ["no_shows", "appointments", "rate", ratio(figures.noShows.rate)],
    ["no_shows", "appointments", "unrecorded", figures.noShows.unrecorded],
    ...Object.entries(figures.outcomes).map(([outcome, count]): Cell[] => ["outcomes", outcome, "count", count]),
    ...Object.entries(figures.notPossibleReasons).map(([reason, count]): Cell[] => ["not_possible_reasons", reason, "count", count]),
    ...Object.entries(figures.autonomy).map(([level, count]): Cell[] => ["autonomy", level, "count", count]),
    ["satisfaction", "questionnaires", "answered", figures.satisfaction.answered],
    ["satisfaction", "questionnaires", "response_rate", ratio(figures.satisfaction.responseRate)],
    ["satisfaction", "overall", "mean", figures.satisfaction.overallMean],
    ...Object.entries(figures.satisfaction.overall).map(([rating, count]): Cell[] => ["satisfaction", "overall", `rating_${rating}`, count]),
    ...Object.entries(figures.satisfaction.items).flatMap(([item, value]): Cell[][] => [
      ["satisfaction", item, "count", value.count],
      ["satisfaction", item, "mean", value.mean],
    ]),
    ...Object.entries(figures.satisfaction.manageAlone).map(([answer, count]): Cell[] => ["satisfaction", "manage_alone", answer, count]),
    ["satisfaction", "manage_alone", "share_yes", ratio(figures.satisfaction.manageAloneShare)],
    ["complaints", "all", "received", figures.complaints.received],
    ...Object.entries(figures.complaints.byKind).map(([kind, count]): Cell[] => ["complaints", kind, "received", count]),
    ["complaints", "all", "answered", figures.complaints.answered],
    ["complaints", "all", "closed", figures.complaints.closed],
    ["complaints", "all", "overdue", figures.complaints.overdue],
    ["complaints", "all", "median_days_to_answer", figures.complaints.medianDaysToAnswer],
    ...figures.days.flatMap((day): Cell[][] => [
      ["day", day.day, "contacts", day.contacts],
      ["day", day.day, "served", day.served],
      ["day", day.day, "median_wait_minutes", day.medianWaitMinutes],
    ]),
  ];
  return rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** "sportello-138935-2026-03-01_2026-03-31.csv" */
export function deskFiguresFilename(desk: { scuCode: string }, figures: Pick<DeskFigures, "period">): string {
  return `sportello-${desk.scuCode}-${figures.period.from}_${figures.period.to}.csv`;
}
