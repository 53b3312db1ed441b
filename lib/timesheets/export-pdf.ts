import { PDFDocument, rgb, StandardFonts } from "pdf-lib";

import type { MonthSheet } from "./month-sheet";

const PAGE = { width: 841.89, height: 595.28 }; // A4 landscape, in points
const MARGIN = 40;
const ROW = 16;
// Share of the usable width of each column: day, kind, start, end, break, hours, activities, week.
const COLUMNS = [0.16, 0.12, 0.07, 0.07, 0.07, 0.07, 0.26, 0.18];

/** Text the standard fonts can draw (WinAnsi: Italian letters are in, most other scripts are not). */
const drawable = (text: string) => text.replace(/[^\x20-\x7E\xA0-\xFF]/g, "?");

/** The month sheet as a printable A4 PDF, with a header row repeated on each page. */
export async function monthSheetPdf(sheet: MonthSheet, meta: { generatedAt: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${sheet.title} – ${sheet.volunteer}`);
  pdf.setLanguage("it-IT");
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const usable = PAGE.width - 2 * MARGIN;
  const xs = COLUMNS.reduce<number[]>((acc, share, i) => [...acc, (acc[i - 1] ?? MARGIN) + (i === 0 ? 0 : COLUMNS[i - 1] * usable)], []);

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const line = (cells: string[], font = regular) => {
    cells.forEach((text, i) => {
      const width = COLUMNS[i] * usable - 4;
      let shown = drawable(text);
      while (shown.length > 1 && font.widthOfTextAtSize(shown, 9) > width) shown = shown.slice(0, -1);
      page.drawText(shown, { x: xs[i], y, size: 9, font, color: rgb(0.09, 0.2, 0.3) });
    });
    y -= ROW;
  };
  const heading = () => {
    page.drawText(drawable(sheet.title), { x: MARGIN, y, size: 16, font: bold });
    y -= 22;
    page.drawText(drawable(`${sheet.volunteer} · ${sheet.project}`), { x: MARGIN, y, size: 10, font: regular });
    y -= 24;
    line(sheet.header, bold);
  };

  heading();
  for (const row of sheet.rows) {
    if (y < MARGIN + ROW * 2) {
      page = pdf.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - MARGIN;
      heading();
    }
    line(row);
  }
  y -= 4;
  line(sheet.footer, bold);
  page.drawText(drawable(meta.generatedAt), { x: MARGIN, y: MARGIN / 2, size: 8, font: regular, color: rgb(0.27, 0.36, 0.44) });
  return pdf.save();
}
