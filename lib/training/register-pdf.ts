import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";

import type { RegisterSheet } from "./register-sheet";

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, in points
const MARGIN = 36;
const ROW = 26; // two lines of text, and room to sign
const SIZE = 8;
const INK = rgb(0.09, 0.2, 0.3);
// Share of the usable width: day, time, kind, module, trainer, session hours, volunteer, attended hours,
// volunteer's signature, trainer's signature.
const COLUMNS = [0.075, 0.08, 0.1, 0.165, 0.1, 0.065, 0.12, 0.075, 0.11, 0.11];
const TOTAL_COLUMNS = [0.25, 0.25, 0.125, 0.125, 0.125, 0.125];

/** Text the standard fonts can draw (WinAnsi: Italian letters are in, most other scripts are not). */
const drawable = (text: string) => text.replace(/–/g, "-").replace(/[^\x20-\x7E\xA0-\xFF]/g, "?");

/** At most two lines of `text` within `width`, by words; what does not fit ends in "...". */
function wrap(text: string, width: number, font: PDFFont): string[] {
  const fits = (value: string) => font.widthOfTextAtSize(value, SIZE) <= width;
  const words = drawable(text).split(" ");
  let first = "";
  while (words.length > 0 && fits(first ? `${first} ${words[0]}` : words[0])) first = first ? `${first} ${words.shift()}` : words.shift()!;
  if (!first) first = words.shift() ?? "";
  let second = words.join(" ");
  const shorten = (value: string) => {
    if (fits(value)) return value;
    let cut = value;
    while (cut.length > 1 && !fits(`${cut}...`)) cut = cut.slice(0, -1);
    return `${cut}...`;
  };
  if (!fits(first)) {
    second = "";
    first = shorten(first);
  }
  return second ? [first, shorten(second)] : [first];
}

/**
 * The register as a printable A4 PDF: the header repeated on each page, one row per attendance with a
 * line for the volunteer's and the trainer's signature, then the totals against the targets.
 */
export async function registerPdf(sheet: RegisterSheet, meta: { signatures: [string, string]; generatedAt: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(drawable(`${sheet.title} – ${sheet.subtitle[0] ?? ""}`));
  pdf.setLanguage("it-IT");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const usable = PAGE.width - 2 * MARGIN;
  let page: PDFPage;
  let y = 0;

  const xsOf = (shares: number[]) => shares.reduce<number[]>((acc, _share, i) => [...acc, i === 0 ? MARGIN : acc[i - 1] + shares[i - 1] * usable], []);
  const cells = (shares: number[], texts: string[], font: PDFFont, signLines: number[] = []) => {
    const xs = xsOf(shares);
    texts.forEach((text, i) => {
      wrap(text, shares[i] * usable - 4, font).forEach((line, n) => {
        page.drawText(line, { x: xs[i], y: y - n * (SIZE + 1), size: SIZE, font, color: INK });
      });
    });
    // A line to sign on, at the bottom of each column of `signLines`.
    for (const i of signLines) {
      page.drawLine({ start: { x: xs[i], y: y - ROW + 8 }, end: { x: xs[i] + shares[i] * usable - 8, y: y - ROW + 8 }, thickness: 0.5, color: INK });
    }
    y -= ROW;
  };
  const newPage = (header: () => void) => {
    page = pdf.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - MARGIN;
    page.drawText(drawable(sheet.title), { x: MARGIN, y, size: 14, font: bold, color: INK });
    y -= 16;
    for (const line of sheet.subtitle) {
      page.drawText(drawable(line), { x: MARGIN, y, size: 9, font: regular, color: INK });
      y -= 12;
    }
    y -= 8;
    header();
  };
  const sessionsHeader = () => cells(COLUMNS, [...sheet.header, ...meta.signatures], bold);
  const totalsHeader = () => {
    page.drawText(drawable(sheet.totalsTitle), { x: MARGIN, y, size: 11, font: bold, color: INK });
    y -= 18;
    cells(TOTAL_COLUMNS, sheet.totalsHeader, bold);
  };

  newPage(sessionsHeader);
  for (const row of sheet.rows) {
    if (y < MARGIN + ROW) newPage(sessionsHeader);
    // A session's own cells only on its first row: the rows below are its other attendees.
    const texts = row.first ? row.cells : [...row.cells.slice(0, 6).map(() => ""), ...row.cells.slice(6)];
    // The volunteer signs each attendance, the trainer once per session.
    const attended = row.cells[7] !== "";
    cells(COLUMNS, [...texts, "", ""], regular, [...(attended ? [8] : []), ...(row.first ? [9] : [])]);
  }
  newPage(totalsHeader);
  for (const row of sheet.totalsRows) {
    if (y < MARGIN + ROW) newPage(totalsHeader);
    cells(TOTAL_COLUMNS, row, regular);
  }
  pdf.getPages().forEach((each, index, all) => {
    each.drawText(drawable(`${meta.generatedAt} · ${index + 1}/${all.length}`), { x: MARGIN, y: MARGIN / 2, size: 7, font: regular, color: rgb(0.27, 0.36, 0.44) });
  });
  return pdf.save();
}
