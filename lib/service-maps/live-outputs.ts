import { romeDayKey, romeYear } from "@/lib/calendar/time";
import type { DbClient } from "@/lib/db";
import { weeklyOpenMinutes } from "@/lib/desk/weekly-hours";
import { yearlyOutputs, type YearOutputs } from "@/lib/desk/yearly-outputs";

/**
 * The portal's own figures that a service map's indicator can be set beside. Each says what is
 * counted, so that the page can tell the citizen (messages `serviceMaps.live.metrics.<metric>`).
 */
export const PORTAL_METRICS = [
  /** PIN_PUK contacts closed as COMPLETED at the map's desks this year. */
  "PIN_PUK_RELEASED",
  /** SPID contacts closed as COMPLETED (identity recognised, request under way). */
  "SPID_RELEASED",
  /** CIE contacts closed as COMPLETED. */
  "CIE_RELEASED",
  /** CERTIFICATES contacts closed as COMPLETED. */
  "CERTIFICATES_ISSUED",
  /** Distinct citizens with an online booking (not cancelled) at the map's desks this year. */
  "DIGITAL_AGENDA_USERS",
  /** Hours a week the map's desks are open by their timetable as it stands today. */
  "WEEKLY_OPEN_HOURS",
] as const;
export type PortalMetric = (typeof PORTAL_METRICS)[number];

/** Which desks of the portal deliver (part of) a map's service: matched on the map's service name. */
export interface MapDeskLink {
  service: RegExp;
  /** SCU codes of the desks. */
  desks: string[];
}

// Only where a desk of the portal does the service's work: SpazioComune (desk 138935) is run by
// COMUNICAZIONE ESTERNA and releases PIN/PUK and SPID there on the digital agenda's bookings; the
// registry office's desk (138928, Servizi Demografici) issues identity cards and certificates.
export const MAP_DESK_LINKS: MapDeskLink[] = [
  { service: /^\s*COMUNICAZIONE\s+ESTERNA\s*$/i, desks: ["138935"] },
  { service: /^\s*ANAGRAFE\s*$/i, desks: ["138928"] },
];

/** A row of a linked map whose label matches `row` is set beside `metric`. */
export interface IndicatorRule {
  row: RegExp;
  metric: PortalMetric;
}

// Checked in order, first match wins; patterns follow the maps' wording ("n. di PIN/PUK della CNS
// rilasciati", "n. di spid rilasciati", "n. carte d'identità rilasciate o prorogate", "n. certificati
// emessi ai privati", "n. utenti che hanno preso appuntamento utilizzando agende digitali",
// "N. ore settimanali apertura al pubblico").
export const INDICATOR_RULES: IndicatorRule[] = [
  { row: /\bPIN\s*\/\s*PUK\b/i, metric: "PIN_PUK_RELEASED" },
  { row: /\bspid\b.*\brilasciat/i, metric: "SPID_RELEASED" },
  { row: /\bcart[ae]\s+d.identit[àa].*\brilasciat/i, metric: "CIE_RELEASED" },
  { row: /\bcertificati\b.*\bemess/i, metric: "CERTIFICATES_ISSUED" },
  { row: /\bappuntament\w*\b.*\bagend[ae]\s+digital/i, metric: "DIGITAL_AGENDA_USERS" },
  { row: /\bore\s+settimanali\b.*\b(apertura|aperti)\b.*\bpubblico\b/i, metric: "WEEKLY_OPEN_HOURS" },
];

/** An indicator (a row of a yearly table: outputs or users followed) of one map. */
export interface IndicatorRow {
  /** Stable within the map: what the page uses to place the live value. */
  key: string;
  label: string;
}

export interface IndicatorMatch {
  key: string;
  label: string;
  metric: PortalMetric;
}

/** The desks linked to a map, by its service name; none for most maps. */
export function linkedDesks(serviceName: string): string[] {
  return MAP_DESK_LINKS.find((link) => link.service.test(serviceName))?.desks ?? [];
}

/** The map's indicators that have a portal figure, each metric at most once (the first row wins). */
export function matchIndicators(serviceName: string, rows: IndicatorRow[]): IndicatorMatch[] {
  if (linkedDesks(serviceName).length === 0) return [];
  const taken = new Set<PortalMetric>();
  const matches: IndicatorMatch[] = [];
  for (const row of rows) {
    const rule = INDICATOR_RULES.find((candidate) => candidate.row.test(row.label));
    if (!rule || taken.has(rule.metric)) continue;
    taken.add(rule.metric);
    matches.push({ key: row.key, label: row.label, metric: rule.metric });
  }
  return matches;
}

const SERVICE_OF_METRIC: Partial<Record<PortalMetric, string>> = {
  PIN_PUK_RELEASED: "PIN_PUK",
  SPID_RELEASED: "SPID",
  CIE_RELEASED: "CIE",
  CERTIFICATES_ISSUED: "CERTIFICATES",
};

/** One metric's value: a count of the year so far, or hours a week. */
export interface MetricValue {
  metric: PortalMetric;
  unit: "count" | "hours_per_week";
  value: number;
}

function fromOutputs(metric: PortalMetric, outputs: YearOutputs): number {
  if (metric === "DIGITAL_AGENDA_USERS") return outputs.onlineBookers;
  const code = SERVICE_OF_METRIC[metric];
  return outputs.services.find((service) => service.serviceCode === code)?.completed ?? 0;
}

/** Counts `metrics` over the desks `scuCodes` for `year` (weekly hours: the current timetable). */
export async function countMetrics(db: DbClient, input: { year: number; scuCodes: string[]; metrics: PortalMetric[] }): Promise<MetricValue[]> {
  if (input.metrics.length === 0) return [];
  const desks = await db.sede.findMany({ where: { scuCode: { in: input.scuCodes } }, select: { id: true } });
  const sedeIds = desks.map((desk) => desk.id);
  const needsOutputs = input.metrics.some((metric) => metric !== "WEEKLY_OPEN_HOURS");
  const [outputs, minutes] = await Promise.all([
    needsOutputs ? yearlyOutputs(db, { year: input.year, sedeIds }) : undefined,
    input.metrics.includes("WEEKLY_OPEN_HOURS") ? weeklyOpenMinutes(db, { sedeIds }) : 0,
  ]);
  return input.metrics.map((metric) =>
    metric === "WEEKLY_OPEN_HOURS"
      ? { metric, unit: "hours_per_week", value: minutes / 60 }
      : { metric, unit: "count", value: fromOutputs(metric, outputs!) },
  );
}

export interface LiveOutput extends IndicatorMatch, MetricValue {}

export interface LiveOutputs {
  /** Europe/Rome: 1 January of the current year … today. */
  year: number;
  from: string;
  to: string;
  desks: { scuCode: string; name: string }[];
  outputs: LiveOutput[];
}

/**
 * The portal's figures beside a map's indicators, for the current year up to `now`: nothing when the
 * map has no desk of the portal or no indicator that matches a rule.
 */
export async function liveOutputs(db: DbClient, input: { serviceName: string; rows: IndicatorRow[]; now: Date }): Promise<LiveOutputs | null> {
  const matches = matchIndicators(input.serviceName, input.rows);
  if (matches.length === 0) return null;
  const scuCodes = linkedDesks(input.serviceName);
  const year = romeYear(input.now);
  const [values, desks] = await Promise.all([
    countMetrics(db, { year, scuCodes, metrics: matches.map((match) => match.metric) }),
    db.sede.findMany({ where: { scuCode: { in: scuCodes } }, select: { scuCode: true, name: true }, orderBy: { scuCode: "asc" } }),
  ]);
  return {
    year,
    from: `${year}-01-01`,
    to: romeDayKey(input.now),
    desks,
    outputs: matches.map((match, index) => ({ ...match, ...values[index] })),
  };
}
