import { z } from "zod";

import { currentStaff } from "@/lib/auth/session";
import { VOLUNTEER_AREA } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { canRead } from "@/lib/timesheets/access";
import { loadEnrolment } from "@/lib/timesheets/enrolment";
import { monthSheetCsv } from "@/lib/timesheets/export-csv";
import { monthSheetPdf } from "@/lib/timesheets/export-pdf";
import { monthSheetLabels } from "@/lib/timesheets/month-labels";
import { monthSheet } from "@/lib/timesheets/month-sheet";
import { monthSchema } from "@/lib/timesheets/schema";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  mese: monthSchema,
  formato: z.enum(["csv", "pdf"]),
  volontario: z.string().uuid().optional(),
});

/**
 * The month sheet as a download (`?mese=2026-11&formato=csv|pdf`): the signed-in volunteer's own, or
 * with `volontario=<id>` one the OLP supervises.
 */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff || !VOLUNTEER_AREA.includes(staff.role)) return new Response("Unauthorized", { status: 401 });
  const url = new URL(request.url);
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return new Response("Bad request: mese=YYYY-MM and formato=csv|pdf", { status: 400 });
  const userId = query.data.volontario ?? staff.id;
  if (!(await canRead(db(), staff, userId))) return new Response("Forbidden", { status: 403 });
  const enrolment = await loadEnrolment(db(), userId);
  if (!enrolment) return new Response("Not found", { status: 404 });

  const sheet = await monthSheet(db(), { enrolment, month: query.data.mese, labels: await monthSheetLabels(query.data.mese) });
  const name = `ore-${enrolment.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${query.data.mese}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (query.data.formato === "csv") {
    return new Response(monthSheetCsv(sheet), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
    });
  }
  const pdf = await monthSheetPdf(sheet, { generatedAt: new Date().toISOString().slice(0, 16).replace("T", " ") });
  return new Response(Buffer.from(pdf), {
    headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${name}.pdf"` },
  });
}
