import { parseItalianNumber, type CellStatus } from "./parse-number";

// A term of a staff figure: a number, optionally followed by plain words ("2 esterni").
const TERM = /^(\d+(?:,\d+)?)(?:\s+[\p{L}' ]+)?$/u;

/**
 * The number of staff in the map's "Personale" cell: "29", "0,5", "69 (13 ditta esterna)" (the note in
 * brackets is kept in the raw text only), "1 + 2 esterni" (the terms are added up: 3). Anything else,
 * such as a figure followed by sentences, stays text with no number.
 */
export function parseStaff(raw: string): { value: string | null; status: CellStatus } {
  const text = raw.trim();
  if (text === "") return { value: null, status: "EMPTY" };
  if (/^n\s*\.?\s*d\s*\.?$/i.test(text)) return { value: null, status: "NOT_AVAILABLE" };
  if (/^\/{1,2}$/.test(text)) return { value: null, status: "NOT_APPLICABLE" };
  const withoutNote = text.replace(/\s*\([^()]*\)\s*$/, "");
  const terms = withoutNote.split("+").map((term) => term.trim());
  let hundredths = 0;
  for (const term of terms) {
    const match = TERM.exec(term);
    const value = match ? parseItalianNumber(match[1]) : null;
    if (value === null) return { value: null, status: "TEXT" };
    hundredths += Math.round(Number(value) * 100);
  }
  const whole = Math.trunc(hundredths / 100);
  const rest = hundredths % 100;
  return { value: rest === 0 ? String(whole) : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`, status: "NUMBER" };
}
