import { getFormatter, getTranslations } from "next-intl/server";
import { Fragment } from "react";

import { Notice } from "@/components/ui/Notice";
import { dateOfDay } from "@/lib/timesheets/dates";
import type { VolunteerEnrolment } from "@/lib/timesheets/enrolment";
import { hoursText } from "@/lib/timesheets/month-sheet";
import { checkRules, type Finding } from "@/lib/timesheets/rules";
import type { SheetDay } from "@/lib/timesheets/sheet";

/**
 * The year so far against the project's rules: hours done, the weekly pace still needed, absences
 * used, and every warning (before a rule is broken) or violation, most recent first.
 */
export async function RulesPanel({ enrolment, entries, today }: { enrolment: VolunteerEnrolment; entries: SheetDay[]; today: string }) {
  const [t, format] = await Promise.all([getTranslations("timesheets"), getFormatter()]);
  const report = checkRules({
    entries,
    rules: enrolment.rules,
    enrolment: { startsOn: enrolment.startsOn, endsOn: enrolment.endsOn },
    today,
  });
  const day = (key: string) => format.dateTime(dateOfDay(key), { day: "numeric", month: "long", timeZone: "UTC" });
  const hours = (minutes: number | null | undefined) => (minutes === null || minutes === undefined ? t("totals.none") : hoursText(minutes));
  // "Limit reached" only says the remaining days of a full week are rest days: not worth a warning.
  const findings = report.findings.filter((finding) => finding.code !== "limit_reached").slice().reverse();
  const rows: [string, string][] = [
    [t("totals.done"), hours(report.totals.minutes)],
    [t("totals.target"), hours(enrolment.rules.annualServiceMinutes)],
    [t("totals.pace"), hours(report.totals.requiredWeeklyPace)],
    [t("totals.average"), hours(report.totals.averageWeekly)],
    [t("totals.permits"), String(report.totals.permitDays)],
    [t("totals.sickness"), String(report.totals.sicknessDays)],
  ];

  function message(finding: Finding): string {
    switch (finding.code) {
      case "service_on_holiday":
        return t("findings.service_on_holiday", { day: day(finding.day) });
      case "under_minimum":
        return t("findings.under_minimum", { week: day(finding.weekStart), done: hours(finding.values.minutes), minimum: hours(finding.values.minimumMinutes) });
      case "minimum_at_risk":
        return t("findings.minimum_at_risk", { week: day(finding.weekStart), done: hours(finding.values.minutes), minimum: hours(finding.values.minimumMinutes), days: finding.values.remainingServiceDays });
      case "too_many_days":
        return t("findings.too_many_days", { week: day(finding.weekStart), days: finding.values.serviceDays, max: finding.values.maxDays });
      case "limit_reached":
        return t("findings.limit_reached", { week: day(finding.weekStart), days: finding.values.serviceDays, max: finding.values.maxDays });
      case "below_average":
        return t("findings.below_average", { average: hours(finding.values.averageMinutes), expected: hours(finding.values.weeklyAverageMinutes) });
      case "pace_above_target":
        return t("findings.pace_above_target", { annual: hours(finding.values.annualMinutes), pace: hours(finding.values.requiredWeeklyPace), target: hours(finding.values.targetWeeklyPace) });
      case "pace_unreachable":
        return t("findings.pace_unreachable", { annual: hours(finding.values.annualMinutes), pace: hours(finding.values.requiredWeeklyPace), max: hours(finding.values.maxWeeklyPace) });
      case "hours_missing":
        return t("findings.hours_missing", { missing: hours(finding.values.remainingMinutes) });
      case "allowance_nearly_used":
        return t(`findings.${finding.rule}_nearly_used`, { used: finding.values.usedDays, allowed: finding.values.allowedDays, left: finding.values.leftDays });
      case "allowance_exceeded":
        return t(`findings.${finding.rule}_exceeded`, { used: finding.values.usedDays, allowed: finding.values.allowedDays });
      default:
        return t("findings.entry", { day: "day" in finding ? day(finding.day) : "" });
    }
  }

  return (
    <section aria-labelledby="rules-heading" className="space-y-4">
      <h2 id="rules-heading" className="text-2xl">{t("totals.heading")}</h2>
      <dl className="grid max-w-xl grid-cols-[1fr_auto] gap-x-6 gap-y-1" data-testid="timesheet-totals">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd className="text-right font-bold">{value}</dd>
          </Fragment>
        ))}
      </dl>
      {findings.length === 0 ? (
        <p>{t("totals.allGood")}</p>
      ) : (
        <ul className="space-y-2" data-testid="timesheet-findings">
          {findings.map((finding, index) => (
            <li key={index}>
              <Notice tone={finding.level === "violation" ? "error" : "warning"}>
                <p>
                  <strong>{t(`findings.level.${finding.level}`)}:</strong> {message(finding)}
                </p>
              </Notice>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
