import { parseCell, type CellStatus, type CellUnit } from "@/lib/service-maps/parse-number";
import { stripMarkup } from "@/lib/service-maps/text";

import { CITIZEN_SERVICE_PROGRAMMES } from "./citizen-programmes";

export interface ParsedIndicatorCell {
  column: number;
  columnLabel: string;
  kind: "TARGET" | "ACTUAL";
  year: number | null;
  raw: string;
  value: string | null;
  unit: CellUnit | null;
  status: CellStatus;
  footnoteMarker: string | null;
}

export interface ParsedIndicator {
  position: number;
  objective: string | null;
  name: string;
  note: string | null;
  lines: number[];
  cells: ParsedIndicatorCell[];
}

export interface ParsedProgramme {
  code: string;
  mission: string;
  title: string;
  head: string | null;
  firstLine: number;
  lastLine: number;
  indicators: ParsedIndicator[];
}

export interface ParsedReport {
  lineCount: number;
  /** Programmes that concern citizen services, with their indicators. */
  programmes: ParsedProgramme[];
  /** Every programme of the report, with how many indicators it has: what was left out is visible. */
  allProgrammes: { code: string; title: string; indicators: number; imported: boolean }[];
  /** Indicator lines that could not be read as an indicator (no programme before them, no name). */
  unreadIndicatorLines: { line: number; text: string }[];
}

// "Label value", "Label<TAB>value", or "Label" alone with its value on the next line that has text.
const LABELS = {
  mission: /^Missione(?:\s+|$)/,
  programme: /^Programma(?:\s+|$)/,
  head: /^Responsabile del Programma(?:\s+|$)/,
  objective: /^Obiettivo Operativo DUP(?:\s*|$)/,
} as const;
type Label = keyof typeof LABELS;

const PROGRAMME = /^(\d{1,2}\.\d{2})\s*-\s*(.+)$/;
const INDICATOR_HEADER = /^Indicatore di /;

/** The programmes of the municipality's report on its programmes, and their impact indicators. */
export function parseProgrammeReport(text: string): ParsedReport {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const all: (ParsedProgramme & { imported: boolean })[] = [];
  const unread: ParsedReport["unreadIndicatorLines"] = [];
  let mission = "";
  let programme: (ParsedProgramme & { imported: boolean }) | null = null;
  let objective: string | null = null;
  let pending: Label | null = null;
  let header: string[] | null = null;
  // The first line of the "Missione"/"Programma" labels that open the next programme: the previous one ends before it.
  let boundary: number | null = null;

  const setValue = (label: Label, value: string, index: number) => {
    const clean = stripMarkup(value);
    if (label === "mission") mission = clean;
    if (label === "programme") {
      const match = PROGRAMME.exec(clean);
      if (!match) return false;
      const previous = all.at(-1);
      if (previous && boundary !== null) previous.lastLine = Math.max(previous.firstLine, boundary - 1);
      boundary = null;
      programme = { code: match[1], mission, title: match[2].trim(), head: null, firstLine: index + 1, lastLine: index + 1, indicators: [], imported: CITIZEN_SERVICE_PROGRAMMES.has(match[1]) };
      all.push(programme);
      objective = null;
    }
    if (label === "head" && programme) programme.head = clean || null;
    if (label === "objective") objective = objectiveOf(value);
    return true;
  };

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const trimmed = raw.trim();
    if (trimmed === "") continue;
    const current = programme as (ParsedProgramme & { imported: boolean }) | null;
    if (current) current.lastLine = index + 1;
    if (pending) {
      const label = pending;
      pending = null;
      if (setValue(label, trimmed.replace(/\t/g, " "), index)) continue;
    }
    const cells = raw.split("\t").map((cell) => cell.trim());
    if (INDICATOR_HEADER.test(cells[0])) {
      header = cells.slice(1);
      continue;
    }
    if (header) {
      const columns = header;
      header = null;
      // A header with a dashed line under it, or no row at all (the next line is prose): no indicator.
      if (cells.length >= 2 && cells.every((cell) => cell === "" || /^-{3,}$/.test(cell))) continue;
      if (cells.length >= 2) {
        if (!current) unread.push({ line: index + 1, text: raw });
        else readIndicatorRow(current, columns, cells, index, objective, unread);
        continue;
      }
    }
    for (const [label, pattern] of Object.entries(LABELS) as [Label, RegExp][]) {
      const match = pattern.exec(trimmed);
      if (!match) continue;
      const value = trimmed.slice(match[0].length).trim();
      if ((label === "mission" || label === "programme") && boundary === null) boundary = index + 1;
      if (value === "") pending = label;
      else setValue(label, value, index);
      break;
    }
  }

  return {
    lineCount: lines.length,
    programmes: all.filter((item) => item.imported).map((item) => ({
      code: item.code,
      mission: item.mission,
      title: item.title,
      head: item.head,
      firstLine: item.firstLine,
      lastLine: item.lastLine,
      indicators: item.indicators,
    })),
    allProgrammes: all.map((item) => ({ code: item.code, title: item.title, indicators: item.indicators.length, imported: item.imported })),
    unreadIndicatorLines: unread,
  };
}

/**
 * The row under an indicator header: name, target, actual values per year, note. A row with no name
 * is the header repeated after a page break, then the rest of the previous indicator's note.
 */
function readIndicatorRow(
  programme: ParsedProgramme,
  columns: string[],
  cells: string[],
  index: number,
  objective: string | null,
  unread: ParsedReport["unreadIndicatorLines"],
) {
  const noteColumn = columns.findIndex((column) => /^note$/i.test(column));
  const note = noteColumn >= 0 ? stripMarkup(cells[noteColumn + 1] ?? "") : "";
  if (cells[0] === "") {
    const previous = programme.indicators.at(-1);
    if (previous && note) {
      previous.note = previous.note ? `${previous.note} ${note}` : note;
      previous.lines.push(index + 1);
    } else unread.push({ line: index + 1, text: cells.join("\t") });
    return;
  }
  programme.indicators.push({
    position: programme.indicators.length,
    objective,
    name: stripMarkup(cells[0]).replace(/:$/, ""),
    note: note || null,
    lines: [index + 1],
    cells: columns.flatMap((label, column): ParsedIndicatorCell[] => {
      if (column === noteColumn) return [];
      const kind = /^target/i.test(label) ? "TARGET" : /^consuntiv/i.test(label) ? "ACTUAL" : null;
      // "Consuntivo 2019", also misspelt "Consuntiv o 2021" and "Consuntivo o 2021".
      const year = kind === "ACTUAL" ? Number(/(\d{4})/.exec(label)?.[1] ?? NaN) : null;
      if (!kind || (year !== null && !(year >= 1990 && year <= 2100))) return [];
      return [{ column, columnLabel: label, kind, year, ...parseCell(cells[column + 1] ?? "") }];
    }),
  });
}

/** "DUP**C06 - REPERIRE RISORSE****Responsabile Politico**" → "C06 - REPERIRE RISORSE". */
function objectiveOf(value: string): string | null {
  const text = stripMarkup(value.split(/\*{2,}\s*Responsabile Politico/i)[0].replace(/\*+/g, " ")).trim();
  return text || null;
}
