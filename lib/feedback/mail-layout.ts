import { html, type SafeHtml } from "@/lib/mail/html";
import type { Locale } from "@/lib/i18n/locales";

/** One block of a feedback mail: a paragraph, a labelled value, a link, or a quoted text. */
export type MailBlock =
  | { paragraph: string }
  | { label: string; value: string }
  | { link: string; url: string }
  | { quote: string; title: string };

/**
 * The text and HTML of a short citizen mail in the look of the booking mails (same colours, same
 * order: heading, greeting, facts, link, signature). Every value is escaped by `html`.
 */
export function renderMail(input: { locale: Locale; subject: string; heading: string; blocks: MailBlock[]; signature: readonly string[]; automatic: string }) {
  const text = [
    ...input.blocks.flatMap((block) => {
      if ("paragraph" in block) return [block.paragraph, ""];
      if ("label" in block) return [`${block.label}: ${block.value}`, ""];
      if ("link" in block) return [`${block.link}: ${block.url}`, ""];
      return [`${block.title}:`, block.quote, ""];
    }),
    ...input.signature,
    "",
    "—",
    input.automatic,
    "",
  ].join("\n");

  const body: SafeHtml = html`<!DOCTYPE html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${input.subject}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:#17324d;font-family:'Titillium Web',Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:600px;margin:0 auto;padding:24px">
<h1 style="margin:0 0 16px;font-size:24px;line-height:1.25;color:#004080">${input.heading}</h1>
${input.blocks.map((block) => {
  if ("paragraph" in block) return html`<p>${block.paragraph}</p>\n`;
  if ("label" in block) return html`<p><strong>${block.label}:</strong> <span style="font-family:monospace;font-size:18px">${block.value}</span></p>\n`;
  if ("link" in block) return html`<p><a href="${block.url}" style="color:#0066cc;font-weight:bold">${block.link}</a></p>\n`;
  return html`<h2 style="margin:24px 0 8px;font-size:18px;color:#004080">${block.title}</h2>
<blockquote style="margin:0;padding:8px 16px;border-left:4px solid #c5d3e0;white-space:pre-wrap">${block.quote}</blockquote>\n`;
})}<p>${input.signature.map((line, index) => html`${index ? html`<br>` : null}${line}`)}</p>
<hr style="border:0;border-top:1px solid #c5d3e0;margin:24px 0">
<p style="font-size:14px;color:#455b71">${input.automatic}</p>
</div>
</body>
</html>
`;
  return { text, html: body.toString() };
}
