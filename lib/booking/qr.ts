import QRCode from "qrcode";

import { escapeHtml } from "@/lib/mail/html";

// A booking code is upper-case letters, digits and dashes: QR's alphanumeric mode holds it in a small
// symbol, and level M still reads from a creased printout or a cracked phone screen.
const OPTIONS = { errorCorrectionLevel: "M", margin: 4 } as const;

/**
 * The booking code as an inline SVG for the web page: role="img" with `label` as its accessible name
 * (and a <title>, for browsers that show it as a tooltip). The page sets its size with CSS.
 */
export async function bookingQrSvg(bookingCode: string, label: string): Promise<string> {
  const svg = await QRCode.toString(bookingCode, { ...OPTIONS, type: "svg" });
  const name = escapeHtml(label);
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${name}" `).replace(/^(<svg[^>]*>)/, `$1<title>${name}</title>`);
}

/** The booking code as a PNG for the mail, large enough to scan from a phone held next to another. */
export function bookingQrPng(bookingCode: string): Promise<Buffer> {
  return QRCode.toBuffer(bookingCode, { ...OPTIONS, type: "png", width: 240 });
}
