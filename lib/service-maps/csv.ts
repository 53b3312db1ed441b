/** A CSV field: text, a number, or empty. */
export type CsvField = string | number | null;

/**
 * RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. Text that starts
 * like a formula (= + - @) gets a leading apostrophe so that a spreadsheet shows it instead of running
 * it; the JSON downloads keep the text untouched.
 */
export function csvField(value: CsvField): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The open-data downloads' CSV: UTF-8 with a BOM, so that spreadsheets read the accents; CRLF line ends. */
export function csvDocument(lines: CsvField[][]): string {
  return `\uFEFF${lines.map((line) => line.map(csvField).join(",")).join("\r\n")}\r\n`;
}
