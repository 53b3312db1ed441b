import type { CellStatus, CellUnit } from "./parse-number";

export type TableKind =
  | "CORE_ELEMENTS"
  | "ACCESSORY_ELEMENTS"
  | "OUTPUTS"
  | "SEGMENTATION_CRITERIA"
  | "USER_SEGMENTS"
  | "USERS_FOLLOWED"
  | "MANAGEMENT"
  | "STAFF"
  | "INVOLVED_SEGMENTS"
  | "DELIVERY_SITES";

export type ManagementForm = "DIRECT" | "OUTSOURCED" | "MIXED";

export interface ParsedCell {
  /** 0-based among the value columns. */
  column: number;
  columnLabel: string | null;
  year: number | null;
  raw: string;
  value: string | null;
  unit: CellUnit | null;
  status: CellStatus;
  footnoteMarker: string | null;
}

export interface ParsedRow {
  position: number;
  label: string;
  labelRaw: string;
  /** 1-based file lines. */
  lines: number[];
  footnoteMarker: string | null;
  cells: ParsedCell[];
}

export interface Footnote {
  marker: string;
  text: string;
  line: number;
}

export interface ParsedTable {
  kind: TableKind;
  position: number;
  title: string;
  columns: string[];
  years: number[];
  headersInferred: boolean;
  footnotes: Footnote[];
  firstLine: number;
  lastLine: number;
  rows: ParsedRow[];
}

export interface ParsedMap {
  slug: string;
  title: string | null;
  headRaw: string | null;
  office: { slug: string; head: string } | null;
  position: number;
  firstLine: number;
  lastLine: number;
  managementForms: ManagementForm[];
  managementNote: string | null;
  staffRaw: string | null;
  staffValue: string | null;
  staffStatus: CellStatus | null;
  tables: ParsedTable[];
}

export interface SkippedLine {
  line: number;
  text: string;
  reason: SkipReason;
}

/** Why a line is in no map's tables; messages `serviceMapsImport.reasons.<reason>`. */
export type SkipReason =
  | "BEFORE_FIRST_MAP"
  | "SEPARATOR"
  | "ROW_OUTSIDE_TABLE"
  | "NUMERIC_ROW_OUTSIDE_YEARLY_TABLE"
  | "TEXT_OUTSIDE_TABLE";

/** What became of each line of the file. */
export type LineUse = { kind: "map"; map: number } | { kind: "blank" } | { kind: "skipped"; reason: SkipReason };

export interface ParsedFile {
  lineCount: number;
  maps: ParsedMap[];
  skipped: SkippedLine[];
  /** Index i is line i + 1. */
  uses: LineUse[];
}
