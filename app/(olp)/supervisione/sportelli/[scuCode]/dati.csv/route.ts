import { cookies } from "next/headers";

import { OLP_AREA, requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { defaultLocale, isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { messages } from "@/lib/i18n/messages";
import { loadDeskFigures } from "@/lib/supervision/desk-figures";
import { deskFiguresCsv, deskFiguresFilename } from "@/lib/supervision/figures-csv";

import { readPeriod, requireSupervisedDesk, type SearchParams } from "../supervised-desk";

type Params = Promise<{ scuCode: string }>;

/** Repeated parameters stay arrays, so that the period's parser can refuse them as the page does. */
function searchParamsOf(url: URL): SearchParams {
  const query: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length > 1 ? values : values[0];
  }
  return query;
}

/**
 * The period's figures of a supervised desk as a CSV file: the same checks as the page (OLP of the
 * desk or administrator), counts only. A refused period answers 400 with the page's message.
 */
export async function GET(request: Request, { params }: { params: Params }): Promise<Response> {
  const { scuCode } = await params;
  const staff = await requireRole(OLP_AREA, `/supervisione/sportelli/${encodeURIComponent(scuCode)}`);
  const desk = await requireSupervisedDesk(staff, scuCode);
  const now = new Date();
  const { parsed } = readPeriod(searchParamsOf(new URL(request.url)), now);
  const requested = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requested) ? requested : defaultLocale;
  if (!parsed.success) {
    const text = messages[locale].supervisionFigures.period.errors;
    return new Response(`${text.heading}. ${text[parsed.error]}\n`, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
  const figures = await loadDeskFigures(db(), { sedeId: desk.id, period: parsed.period, now, locale });
  return new Response(deskFiguresCsv(desk, figures), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${deskFiguresFilename(desk, figures)}"`,
      // Figures of a staff area: never in a shared cache.
      "Cache-Control": "private, no-store",
    },
  });
}
