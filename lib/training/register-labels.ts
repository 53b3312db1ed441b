import { getFormatter, getTranslations } from "next-intl/server";

import { dateOfDay } from "@/lib/timesheets/dates";

import type { RegisterLabels } from "./register-sheet";

/** The register's labels in the request's language: shared by the print page and the downloads. */
export async function registerLabels(): Promise<RegisterLabels> {
  const [t, format] = await Promise.all([getTranslations("training"), getFormatter()]);
  const r = (key: Parameters<typeof t>[0], values?: Record<string, string>) => t(key, values);
  return {
    title: r("register.title"),
    subtitle: (register) => [
      r("register.projectLine", { title: register.project.title, code: register.project.code }),
      r("register.enteLine", { ente: register.project.enteName }),
      ...(register.volunteer ? [r("register.volunteerLine", { name: register.volunteer.name })] : []),
    ],
    columns: {
      day: r("register.columns.day"),
      time: r("register.columns.time"),
      kind: r("register.columns.kind"),
      module: r("register.columns.module"),
      trainer: r("register.columns.trainer"),
      sessionHours: r("register.columns.sessionHours"),
      volunteer: r("register.columns.volunteer"),
      attendedHours: r("register.columns.attendedHours"),
    },
    totalsTitle: r("register.totalsTitle"),
    totalsColumns: {
      volunteer: r("register.columns.volunteer"),
      line: r("progress.kind"),
      attended: r("progress.attended"),
      target: r("progress.target"),
      percent: r("register.columns.percent"),
      remaining: r("progress.remaining"),
    },
    kinds: { GENERAL: r("kind.GENERAL"), SPECIFIC: r("kind.SPECIFIC"), TUTORING_GROUP: r("kind.TUTORING_GROUP"), TUTORING_INDIVIDUAL: r("kind.TUTORING_INDIVIDUAL") },
    lines: { GENERAL: r("line.GENERAL"), SPECIFIC: r("line.SPECIFIC"), TUTORING: r("line.TUTORING"), TUTORING_GROUP: r("line.TUTORING_GROUP"), TUTORING_INDIVIDUAL: r("line.TUTORING_INDIVIDUAL") },
    noAttendees: r("register.noAttendees"),
    noTarget: r("register.noTarget"),
    day: (day) => format.dateTime(dateOfDay(day), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }),
  };
}

/** The signature columns' heads, for the print page and the PDF. */
export async function registerSignatureLabels(): Promise<[string, string]> {
  const t = await getTranslations("training.register.columns");
  return [t("volunteerSignature"), t("trainerSignature")];
}
