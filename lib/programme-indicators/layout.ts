import type { ProgrammeCell, ProgrammeIndicatorView, ProgrammeView } from "./read";

export interface ProgrammeTableRow {
  indicator: ProgrammeIndicatorView;
  target: ProgrammeCell | null;
  /** One per year of the table, in order; null where the report gives this indicator no such year. */
  actuals: (ProgrammeCell | null)[];
  /** The number of the indicator's note under the table; null when it has none. */
  note: number | null;
}

export interface ProgrammeTableLayout {
  /** Every year an indicator of the programme reports, ascending. */
  years: number[];
  rows: ProgrammeTableRow[];
  notes: { number: number; text: string }[];
}

/**
 * A programme as one table: a row per indicator, the target, then a column per year. The report's
 * indicators do not all cover the same years (one runs 2018–2022, the others 2017–2021), so the
 * columns are the union and a year an indicator lacks stays apart from an empty cell. The notes are
 * long, so they are numbered and listed under the table.
 */
export function programmeTable(programme: Pick<ProgrammeView, "indicators">): ProgrammeTableLayout {
  const years = [...new Set(programme.indicators.flatMap((indicator) => indicator.cells.flatMap((cell) => (cell.kind === "ACTUAL" && cell.year !== null ? [cell.year] : []))))].sort((a, b) => a - b);
  const notes: ProgrammeTableLayout["notes"] = [];
  const rows = programme.indicators.map((indicator) => {
    let note: number | null = null;
    if (indicator.note) {
      note = notes.length + 1;
      notes.push({ number: note, text: indicator.note });
    }
    return {
      indicator,
      target: indicator.cells.find((cell) => cell.kind === "TARGET") ?? null,
      actuals: years.map((year) => indicator.cells.find((cell) => cell.kind === "ACTUAL" && cell.year === year) ?? null),
      note,
    };
  });
  return { years, rows, notes };
}

/** "1.07" → "programme-1-07": the id of a programme's section on /programmi, and its links' anchor. */
export function programmeSectionId(code: string): string {
  return `programme-${code.replace(/\D+/g, "-")}`;
}
