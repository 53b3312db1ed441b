// The journeys read the downloads as a spreadsheet would.

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = "";
  let current: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      current.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      current.push(field);
      rows.push(current);
      current = [];
      field = "";
      i++;
    } else field += char;
  }
  return rows;
}
