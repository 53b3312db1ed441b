import { getFormatter, getTranslations } from "next-intl/server";

import { dateOfDay } from "@/lib/timesheets/dates";
import type { TrainingWarning } from "@/lib/training/progress";

import { durationText } from "./duration";

/** The warnings of one volunteer's training, as sentences. */
export async function warningTexts(): Promise<(warning: TrainingWarning) => string> {
  const [t, format] = await Promise.all([getTranslations("training"), getFormatter()]);
  const long = (day: string) => format.dateTime(dateOfDay(day), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (warning) => {
    switch (warning.code) {
      case "deadline_near":
        return t("warnings.deadline_near", { line: t(`line.${warning.line}`), remaining: durationText(t, warning.remainingMinutes), deadline: long(warning.deadline), days: warning.daysLeft });
      case "deadline_passed":
        return t("warnings.deadline_passed", { line: t(`line.${warning.line}`), remaining: durationText(t, warning.remainingMinutes), deadline: long(warning.deadline) });
      case "tutoring_outside_window":
        return t("warnings.tutoring_outside_window", { day: long(warning.day), from: long(warning.from), to: long(warning.to) });
    }
  };
}

/** A list of warnings, or nothing when there are none. */
export async function TrainingWarnings({ warnings }: { warnings: TrainingWarning[] }) {
  const text = await warningTexts();
  if (warnings.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {warnings.map((warning, index) => (
        <li key={index}>{text(warning)}</li>
      ))}
    </ul>
  );
}
