import { z } from "zod";

import { currentStaff, OLP_AREA } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { supervisedRegister } from "@/lib/training/register-access";
import { registerDownload } from "@/lib/training/register-file";
import { registerLabels, registerSignatureLabels } from "@/lib/training/register-labels";
import { registerSheet } from "@/lib/training/register-sheet";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  progetto: z.string().uuid(),
  volontario: z.string().uuid().optional(),
  formato: z.enum(["csv", "pdf"]),
});

/**
 * A project's training register as a download (`?progetto=<id>&formato=csv|pdf`, optionally
 * `volontario=<id>`): the volunteers the OLP follows only; an administrator's, everyone.
 */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return new Response("Unauthorized", { status: 401 });
  if (!OLP_AREA.includes(staff.role)) return new Response("Forbidden", { status: 403 });
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return new Response("Bad request: progetto=<id>, formato=csv|pdf, optional volontario=<id>", { status: 400 });
  const found = await supervisedRegister(db(), staff, { projectId: query.data.progetto, userId: query.data.volontario, today: romeDayKey(new Date()) });
  if (!found.ok) return new Response("Not found", { status: 404 });
  const [labels, signatures] = await Promise.all([registerLabels(), registerSignatureLabels()]);
  const name = found.register.volunteer?.name ?? found.register.project.code;
  return registerDownload(registerSheet(found.register, labels), { format: query.data.formato, name, signatures });
}
