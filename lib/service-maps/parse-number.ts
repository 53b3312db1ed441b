/**
 * One cell of a service map as the municipality wrote it, and what it means. Italian figures: "7.783"
 * is 7783 (dot groups thousands), "215,12" is 215.12 (comma for decimals). The value is a decimal
 * string, never a float, so that it reaches PostgreSQL's numeric column exactly.
 */
export type CellStatus = "NUMBER" | "NOT_AVAILABLE" | "NOT_APPLICABLE" | "TEXT" | "EMPTY";
export type CellUnit = "COUNT" | "PERCENT" | "EURO";

export interface ParsedValue {
  /** The cell's text, trimmed. */
  raw: string;
  status: CellStatus;
  /** Decimal string ("7783", "-12.5") when status is NUMBER, else null. */
  value: string | null;
  unit: CellUnit | null;
  /** Footnote marker stuck to the figure, e.g. "*" in "876*". */
  footnoteMarker: string | null;
}

const FOOTNOTE = /\s*(\*{1,4})$/;
// "n.d.", "nd", "N.D.", "n.d", "n/d": not available.
const NOT_AVAILABLE = /^n\s*[./]?\s*d\s*\.?$/i;
// "/" and "//": not applicable.
const NOT_APPLICABLE = /^\/{1,2}$/;
// Thousands in groups of three after a dot, or plain digits; decimals after a comma.
const ITALIAN_NUMBER = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const EURO = /^(?:€|euro)\s*(.+)$|^(.+?)\s*(?:€|euro)$/i;
const PERCENT = /^(.+?)\s*%$/;

/** The decimal string of an Italian number ("7.783" → "7783", "-0,5" → "-0.5"), or null. */
export function parseItalianNumber(text: string): string | null {
  const match = ITALIAN_NUMBER.exec(text.trim().replace(/^([+-])\s+/, "$1"));
  if (!match) return null;
  const [, sign, integer, decimals] = match;
  const whole = integer.replace(/\./g, "").replace(/^0+(?=\d)/, "");
  const fraction = decimals?.replace(/0+$/, "") ?? "";
  const negative = sign === "-" && !(/^0+$/.test(whole) && fraction === "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** What a cell holds: a number (count, percent or euro), "not available", "not applicable", text or nothing. */
export function parseCell(text: string): ParsedValue {
  const raw = text.trim();
  if (raw === "") return { raw, status: "EMPTY", value: null, unit: null, footnoteMarker: null };
  let body = raw;
  let footnoteMarker: string | null = null;
  const footnote = FOOTNOTE.exec(body);
  if (footnote && footnote.index > 0) {
    footnoteMarker = footnote[1];
    body = body.slice(0, footnote.index).trim();
  }
  const result = (status: CellStatus, value: string | null = null, unit: CellUnit | null = null): ParsedValue => ({
    raw,
    status,
    value,
    unit,
    footnoteMarker,
  });
  if (NOT_AVAILABLE.test(body)) return result("NOT_AVAILABLE");
  if (NOT_APPLICABLE.test(body)) return result("NOT_APPLICABLE");
  const plain = parseItalianNumber(body);
  if (plain !== null) return result("NUMBER", plain, "COUNT");
  const percent = PERCENT.exec(body);
  if (percent) {
    const value = parseItalianNumber(percent[1]);
    if (value !== null) return result("NUMBER", value, "PERCENT");
  }
  const euro = EURO.exec(body);
  if (euro) {
    const value = parseItalianNumber(euro[1] ?? euro[2]);
    if (value !== null) return result("NUMBER", value, "EURO");
  }
  return result("TEXT");
}
