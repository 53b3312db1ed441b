import type { getFormatter, getTranslations } from "next-intl/server";

import type { MapCell } from "@/lib/service-maps/read";
import { stripMarkup } from "@/lib/service-maps/text";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;
type StatusTranslator = Awaited<ReturnType<typeof getTranslations<"serviceMaps.map.status">>>;

export interface CellDisplay {
  /** What the table shows. */
  text: string;
  /** Said after it to screen readers, where the short form is not enough ("n.d." → "non disponibile"). */
  spoken?: string;
  /** For styling: a status, not a figure. */
  isStatus: boolean;
}

/** A number in the map's unit, localized: 2.295.892, 81%, 847.968,50 €. */
export function formatFigure(format: Formatter, value: number, unit: MapCell["unit"]): string {
  if (unit === "PERCENT") return format.number(value / 100, { style: "percent", maximumFractionDigits: 2 });
  // Cents only where the figure has them: "3.644.607 €", "847.968,50 €".
  if (unit === "EURO") return format.number(value, { style: "currency", currency: "EUR", minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 });
  return format.number(value, { maximumFractionDigits: 4 });
}

/** An axis tick: short for large values ("4 Mln €"), so that it fits beside the drawing. */
export function formatTick(format: Formatter, value: number, unit: MapCell["unit"]): string {
  if (Math.abs(value) < 100_000) return formatFigure(format, value, unit);
  const compact = { notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
  return unit === "EURO" ? format.number(value, { ...compact, style: "currency", currency: "EUR" }) : format.number(value, compact);
}

/** A cell as the page shows it: the figure with its footnote marker, a status for what is no figure. */
export function displayCell(cell: Pick<MapCell, "status" | "value" | "unit" | "raw" | "footnoteMarker">, format: Formatter, t: StatusTranslator): CellDisplay {
  const marker = cell.footnoteMarker ?? "";
  switch (cell.status) {
    case "NUMBER":
      return { text: `${formatFigure(format, cell.value ?? 0, cell.unit)}${marker}`, isStatus: false };
    case "NOT_AVAILABLE":
      return { text: `${t("NOT_AVAILABLE")}${marker}`, spoken: t("notAvailableLong"), isStatus: true };
    case "NOT_APPLICABLE":
      return { text: `${t("NOT_APPLICABLE")}${marker}`, spoken: t("notApplicableLong"), isStatus: true };
    case "EMPTY":
      return { text: t("EMPTY"), spoken: t("emptyLong"), isStatus: true };
    case "TEXT":
      // The municipality's export leaves markup in some cells ("<p>…</p>"): shown as text here, kept
      // as written in the raw view and the downloads.
      return { text: stripMarkup(cell.raw), isStatus: false };
  }
}
