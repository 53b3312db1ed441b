import { getFormatter, getTranslations } from "next-intl/server";

import { Notice } from "@/components/ui/Notice";
import type { Period, PeriodErrorKey } from "@/lib/supervision/schema";

const inputClass = "block rounded-md border-2 border-muted bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";
const buttonClass =
  "cursor-pointer rounded-md border-2 border-primary bg-white px-4 py-2 font-semibold text-primary hover:bg-primary-soft";

/** Noon UTC of a Rome day: the same calendar day in Rome, whatever the season. */
export const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** "marzo 2026", or "dal 1 mar 2026 al 15 mar 2026". */
export async function periodLabel(period: Period): Promise<string> {
  const [t, format] = await Promise.all([getTranslations("supervisionFigures"), getFormatter()]);
  if (period.kind === "month") return format.dateTime(dayDate(period.from), { month: "long", year: "numeric" });
  const day = (value: string) => format.dateTime(dayDate(value), { day: "numeric", month: "short", year: "numeric" });
  return t("periodRange", { from: day(period.from), to: day(period.to) });
}

const FIELDS_OF: Record<PeriodErrorKey, ("month" | "from" | "to")[]> = {
  repeated: [],
  both: [],
  month: ["month"],
  from: ["from"],
  to: ["to"],
  incomplete: ["from", "to"],
  order: ["from", "to"],
  tooLong: ["from", "to"],
};

/**
 * The period's two forms (a month; or from a day to a day), sent by GET so that the period stays in
 * the address. A refused period is said above them and marks its fields as invalid.
 */
export async function PeriodPicker({
  action,
  period,
  error,
  raw,
}: {
  /** The page the forms reload. */
  action: string;
  period: Period | null;
  error: PeriodErrorKey | null;
  /** What the address held, to show again in the fields. */
  raw: { mese?: string; dal?: string; al?: string };
}) {
  const t = await getTranslations("supervisionFigures.period");
  const invalid = new Set(error ? FIELDS_OF[error] : []);
  const errorId = "period-error";
  const describedBy = (field: "month" | "from" | "to", hint: string) => [invalid.has(field) ? errorId : null, hint].filter(Boolean).join(" ");
  const month = raw.mese ?? (period?.kind === "month" ? period.query.mese : undefined);
  const from = raw.dal ?? (period?.kind === "range" ? period.from : undefined);
  const to = raw.al ?? (period?.kind === "range" ? period.to : undefined);

  return (
    <section aria-labelledby="period-heading" className="mt-6">
      <h2 id="period-heading" className="text-xl">
        {t("heading")}
      </h2>
      {error ? (
        <Notice tone="error" role="alert" className="mt-3 max-w-prose">
          <p id={errorId}>
            <span className="font-semibold">{t("errors.heading")}. </span>
            {t(`errors.${error}`)}
          </p>
        </Notice>
      ) : null}
      <div className="mt-3 flex flex-wrap items-end gap-x-10 gap-y-6">
        <form method="get" action={action} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="period-month" className="block font-semibold">
              {t("month")}
            </label>
            <p id="period-month-hint" className="text-sm text-muted">
              {t("monthHint")}
            </p>
            <input
              id="period-month"
              name="mese"
              type="month"
              min="2000-01"
              max="2099-12"
              defaultValue={month}
              aria-invalid={invalid.has("month") || undefined}
              aria-describedby={describedBy("month", "period-month-hint")}
              className={inputClass}
            />
          </div>
          <button type="submit" className={buttonClass}>
            {t("showMonth")}
          </button>
        </form>
        <form method="get" action={action} className="flex flex-wrap items-end gap-3">
          <fieldset className="flex flex-wrap items-end gap-3">
            <legend className="mb-1 font-semibold">{t("rangeLegend")}</legend>
            <p id="period-day-hint" className="sr-only">
              {t("dayHint")}
            </p>
            <div>
              <label htmlFor="period-from" className="block">
                {t("from")}
              </label>
              <input
                id="period-from"
                name="dal"
                type="date"
                min="2000-01-01"
                max="2099-12-31"
                defaultValue={from}
                aria-invalid={invalid.has("from") || undefined}
                aria-describedby={describedBy("from", "period-day-hint")}
                className={inputClass}
              />
            </div>
            <div>
              <label htmlFor="period-to" className="block">
                {t("to")}
              </label>
              <input
                id="period-to"
                name="al"
                type="date"
                min="2000-01-01"
                max="2099-12-31"
                defaultValue={to}
                aria-invalid={invalid.has("to") || undefined}
                aria-describedby={describedBy("to", "period-day-hint")}
                className={inputClass}
              />
            </div>
          </fieldset>
          <button type="submit" className={buttonClass}>
            {t("showRange")}
          </button>
        </form>
      </div>
    </section>
  );
}
