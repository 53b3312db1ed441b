import { parseCell } from "./parse-number";
import { parseStaff } from "./staff";
import {
  contentTableOf,
  isHeaderWord,
  managementFormOf,
  namesLabelColumn,
  sectionOf,
  tableStartedBy,
  yearOf,
  YEARLY_KINDS,
  type Section,
} from "./table-kinds";
import { normalizeLabel, paragraphs, slugify, stripMarkup } from "./text";
import type {
  Footnote,
  LineUse,
  ManagementForm,
  ParsedFile,
  ParsedMap,
  ParsedRow,
  ParsedTable,
  SkipReason,
  SkippedLine,
  TableKind,
} from "./types";

interface RowDraft {
  labelRaw: string;
  lines: number[];
  values: string[];
}

interface TableDraft {
  kind: TableKind;
  title: string;
  yearly: boolean;
  headerNames: string[];
  /** Every header line so far held one cell: then single-cell rows are a table laid out one cell a line. */
  headerSingle: boolean;
  yearColumns: string[];
  pending: { text: string; line: number }[];
  footnotes: Footnote[];
  firstLine: number;
  lastLine: number;
  rows: RowDraft[];
}

interface MapDraft {
  title: string | null;
  headRaw: string | null;
  firstLine: number;
  lastLine: number;
  sections: Set<Section>;
  tables: TableDraft[];
}

const MAP_HEADING = /^analisi della formula gestionale/;
const TITLE = /^SERVIZIO\s*:\s*(.+)$/;
const HEAD = /^RESPONSABILE\s*:?\s+(.+)$/;
const SEPARATOR = /^-{3,}$/;
const FOOTNOTE_LINE = /^(\*{1,4})\s*([^*\s].*)$/;
const LABEL_FOOTNOTE = /\s*(\*{1,4})$/;

/**
 * Every map of the municipality's service-maps file, and what became of every line: in a map, blank,
 * or skipped with a reason. Pure: the same text always gives the same result.
 */
export function parseServiceMaps(text: string): ParsedFile {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const uses: LineUse[] = [];
  const skipped: SkippedLine[] = [];
  const drafts: MapDraft[] = [];
  // Read through currentMap(): the closures below reassign it, which TypeScript's narrowing cannot see.
  let map: MapDraft | null = null;
  const currentMap = () => map as MapDraft | null;
  let table: TableDraft | null = null;
  let section: Section | null = null;

  const closeTable = () => {
    if (table) flushPending(table);
    table = null;
  };
  const startMap = (index: number) => {
    closeTable();
    map = { title: null, headRaw: null, firstLine: index + 1, lastLine: index + 1, sections: new Set(), tables: [] };
    drafts.push(map);
    section = null;
  };
  const take = (index: number) => {
    uses[index] = { kind: "map", map: drafts.length - 1 };
    map!.lastLine = index + 1;
    if (table) table.lastLine = index + 1;
  };
  const skip = (index: number, reason: SkipReason) => {
    uses[index] = { kind: "skipped", reason };
    if (map) map.lastLine = index + 1;
    skipped.push({ line: index + 1, text: lines[index], reason });
  };
  const startTable = (kind: TableKind, title: string, index: number): TableDraft => {
    closeTable();
    const draft: TableDraft = {
      kind,
      title,
      yearly: YEARLY_KINDS.has(kind),
      headerNames: [],
      headerSingle: true,
      yearColumns: [],
      pending: [],
      footnotes: [],
      firstLine: index + 1,
      lastLine: index + 1,
      rows: [],
    };
    map!.tables.push(draft);
    table = draft;
    return draft;
  };

  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const cells = raw.split("\t").map((cell) => cell.trim());
    const filled = cells.filter((cell) => cell !== "");
    if (filled.length === 0) {
      uses[index] = { kind: "blank" };
      continue;
    }
    const first = normalizeLabel(cells[0]);
    const whole = normalizeLabel(filled.join(" "));
    const single = filled.length === 1 && cells[0] !== "";

    if (MAP_HEADING.test(whole)) {
      startMap(index);
      take(index);
      continue;
    }
    const title = single ? TITLE.exec(cells[0]) : null;
    if (title) {
      const current = currentMap();
      if (!current || current.title !== null || current.sections.size > 0) startMap(index);
      currentMap()!.title = stripMarkup(title[1]);
      take(index);
      continue;
    }
    if (!map) {
      skip(index, "BEFORE_FIRST_MAP");
      continue;
    }
    const current: MapDraft = map;
    const head = single ? HEAD.exec(cells[0]) : null;
    if (head && current.headRaw === null && current.sections.size === 0) {
      current.headRaw = head[1].trim();
      take(index);
      continue;
    }
    const heading = single ? sectionOf(first) : null;
    if (heading) {
      // A section heard twice in one map opens a map the file gave no heading.
      if (current.sections.has(heading)) startMap(index);
      closeTable();
      section = heading;
      currentMap()!.sections.add(heading);
      take(index);
      continue;
    }
    const contentKind = single ? contentTableOf(first) : null;
    if (contentKind) {
      startTable(contentKind, stripMarkup(cells[0]), index);
      take(index);
      continue;
    }
    if (filled.every((cell) => SEPARATOR.test(cell))) {
      skip(index, "SEPARATOR");
      continue;
    }
    const open = table as TableDraft | null;
    if (cells[0] === "" && filled.length >= 2 && filled.every((cell) => yearOf(cell) !== null)) {
      if (open?.yearly) {
        open.yearColumns = filled;
        take(index);
      } else skip(index, "ROW_OUTSIDE_TABLE");
      continue;
    }
    if (open && open.rows.length === 0 && open.pending.length === 0) {
      const names = single ? (paragraphs(cells[0]) ?? [stripMarkup(cells[0])]) : filled.map(stripMarkup);
      const headerCount = names.findIndex((name) => !isHeaderWord(normalizeLabel(name), open.kind));
      if (headerCount !== 0 && (headerCount === -1 || !open.yearly)) {
        const header = headerCount === -1 ? names : names.slice(0, headerCount);
        if (!open.yearly) open.headerNames.push(...header);
        if (!single || cells[0] === "") open.headerSingle = false;
        take(index);
        // "<p>Criterio</p> <p>…</p>": the header and its first row in one cell.
        for (const rest of headerCount === -1 ? [] : names.slice(headerCount)) {
          open.rows.push({ labelRaw: rest, lines: [index + 1], values: [] });
        }
        continue;
      }
    }
    const started = cells[0] !== "" ? tableStartedBy(first, filled.slice(1)) : null;
    if (started) {
      const draft = startTable(started, stripMarkup(cells[0]), index);
      const rest = cells.slice(1);
      const restFilled = rest.filter((cell) => cell !== "");
      if (started === "MANAGEMENT" || started === "STAFF") {
        if (restFilled.length > 0) draft.rows.push(rowFrom(rest, index));
      } else if (!draft.yearly && restFilled.length > 0) {
        const names = restFilled.map(stripMarkup);
        draft.headerNames = namesLabelColumn(normalizeLabel(names[0])) ? names : [draft.title, ...names];
        draft.headerSingle = false;
      }
      take(index);
      continue;
    }
    if (single && FOOTNOTE_LINE.test(cells[0])) {
      const [, marker, note] = FOOTNOTE_LINE.exec(cells[0])!;
      if (open) {
        open.footnotes.push({ marker, text: note.trim(), line: index + 1 });
        take(index);
      } else skip(index, "TEXT_OUTSIDE_TABLE");
      continue;
    }
    if ((!open || !open.yearly) && isNumericRow(cells)) {
      // Yearly figures after a map's last table belong to a map the file gave no heading.
      if (section === "SYSTEM" && current.tables.some((draft) => draft.kind === "DELIVERY_SITES")) {
        startMap(index);
        section = "OUTPUTS";
        currentMap()!.sections.add("OUTPUTS");
        startTable("OUTPUTS", "Output del Servizio", index).rows.push(rowFrom(cells, index));
        take(index);
      } else skip(index, "NUMERIC_ROW_OUTSIDE_YEARLY_TABLE");
      continue;
    }
    if (!open) {
      skip(index, "TEXT_OUTSIDE_TABLE");
      continue;
    }
    if (open.yearly) {
      // A row that a page break pushed one cell to the right: its label is in the second cell.
      const shifted = cells[0] === "" && cells.length > 1 && cells[1] !== "" && parseCell(cells[1]).status === "TEXT";
      open.rows.push(rowFrom(shifted ? cells.slice(1) : cells, index));
    } else if (single && open.headerSingle && open.headerNames.length >= 2) {
      open.pending.push({ text: cells[0], line: index + 1 });
      if (open.pending.length === open.headerNames.length) flushPending(open);
    } else {
      open.rows.push(rowFrom(cells[0] === "" ? cells.slice(1) : cells, index));
    }
    take(index);
  }
  closeTable();

  const maps = finishMaps(drafts);
  return { lineCount: lines.length, maps, skipped, uses };
}

function rowFrom(cells: string[], index: number): RowDraft {
  return { labelRaw: cells[0] ?? "", lines: [index + 1], values: cells.slice(1) };
}

function flushPending(table: TableDraft) {
  if (table.pending.length === 0) return;
  const [label, ...values] = table.pending;
  table.rows.push({ labelRaw: label.text, lines: table.pending.map((part) => part.line), values: values.map((part) => part.text) });
  table.pending = [];
}

/** A label and at least three figures (numbers, "n.d.", "/"): a yearly row. */
function isNumericRow(cells: string[]): boolean {
  if (cells[0] === "") return false;
  const values = cells.slice(1).filter((cell) => cell !== "");
  return values.length >= 3 && values.every((cell) => parseCell(cell).status !== "TEXT");
}

function finishMaps(drafts: MapDraft[]): ParsedMap[] {
  const taken = new Set<string>();
  return drafts.map((draft, position) => {
    const tables = draft.tables.map((table, index) => finishTable(table, index));
    inferMissingYears(tables);
    const base = draft.title
      ? slugify(draft.title)
      : `senza-titolo-${slugify(tables.flatMap((table) => table.rows)[0]?.label ?? String(position))}`.slice(0, 110);
    let slug = base || `mappa-${position + 1}`;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    const head = draft.headRaw?.replace(/\s+/g, " ").trim() || null;
    const management = managementOf(tables);
    const staffRaw = tables.find((table) => table.kind === "STAFF")?.rows[0]?.cells[0]?.raw || null;
    const staff = staffRaw === null ? null : parseStaff(staffRaw);
    return {
      slug,
      title: draft.title,
      headRaw: draft.headRaw,
      office: head ? { slug: slugify(head), head } : null,
      position,
      firstLine: draft.firstLine,
      lastLine: draft.lastLine,
      managementForms: management.forms,
      managementNote: management.note,
      staffRaw,
      staffValue: staff?.value ?? null,
      staffStatus: staff?.status ?? null,
      tables,
    };
  });
}

function finishTable(draft: TableDraft, position: number): ParsedTable {
  const columns = draft.yearly ? draft.yearColumns : draft.headerNames.slice(1);
  const years = draft.yearly ? columns.map((column) => yearOf(column) ?? 0) : [];
  const rows: ParsedRow[] = draft.rows.map((row, rowPosition) => {
    const lastFilled = row.values.reduce((last, value, index) => (value.trim() !== "" ? index : last), -1);
    const width = Math.max(columns.length, lastFilled + 1);
    const values = Array.from({ length: width }, (_, index) => row.values[index] ?? "");
    let label = stripMarkup(row.labelRaw);
    let footnoteMarker: string | null = null;
    const marker = LABEL_FOOTNOTE.exec(label);
    if (marker && marker.index > 0) {
      footnoteMarker = marker[1];
      label = label.slice(0, marker.index).trim();
    }
    return {
      position: rowPosition,
      label,
      labelRaw: row.labelRaw.trim(),
      lines: row.lines,
      footnoteMarker,
      cells: values.map((value, column) => ({
        column,
        columnLabel: columns[column] ?? null,
        year: years[column] || null,
        ...parseCell(value),
      })),
    };
  });
  return {
    kind: draft.kind,
    position,
    title: draft.title,
    columns,
    years: years.every((year) => year > 0) ? years : [],
    headersInferred: false,
    footnotes: draft.footnotes,
    firstLine: draft.firstLine,
    lastLine: draft.lastLine,
    rows,
  };
}

/** A yearly table the file gave no header: the years of another yearly table of the map, same width. */
function inferMissingYears(tables: ParsedTable[]) {
  for (const table of tables) {
    if (!YEARLY_KINDS.has(table.kind) || table.columns.length > 0) continue;
    const width = Math.max(0, ...table.rows.map((row) => row.cells.length));
    const source = tables.find((other) => other.years.length === width && width > 0);
    if (!source) continue;
    table.columns = [...source.columns];
    table.years = [...source.years];
    table.headersInferred = true;
    for (const row of table.rows) {
      for (const cell of row.cells) {
        cell.columnLabel = table.columns[cell.column] ?? null;
        cell.year = table.years[cell.column] ?? null;
      }
    }
  }
}

function managementOf(tables: ParsedTable[]): { forms: ManagementForm[]; note: string | null } {
  const forms: ManagementForm[] = [];
  const notes: string[] = [];
  for (const row of tables.find((table) => table.kind === "MANAGEMENT")?.rows ?? []) {
    const form = managementFormOf(normalizeLabel(row.label));
    const mark = row.cells.map((cell) => cell.raw).join(" ").trim();
    if (!form || mark === "") continue;
    if (!forms.includes(form)) forms.push(form);
    // "X (grafici esterni)" → "grafici esterni"; a sentence in place of the X is the note itself.
    let note = stripMarkup(mark.replace(/^x\b\s*/i, "").replace(/^\((.*)\)$/s, "$1"));
    // "Mista (partenariati formalizzati)" repeats the form's name before its note.
    const repeated = /^[\p{L}]+\s*\((.*)\)$/su.exec(note);
    if (repeated && managementFormOf(normalizeLabel(note.split("(")[0])) === form) note = repeated[1].trim();
    if (note) notes.push(`${row.label}: ${note}`);
  }
  return { forms, note: notes.length > 0 ? notes.join(" · ") : null };
}
