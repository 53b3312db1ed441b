import { z } from "zod";

import { currentStaff } from "@/lib/auth/session";
import { romeDayKey } from "@/lib/calendar/time";
import { db } from "@/lib/db";
import { ownRegister } from "@/lib/training/register-access";
import { registerDownload } from "@/lib/training/register-file";
import { registerLabels, registerSignatureLabels } from "@/lib/training/register-labels";
import { registerSheet } from "@/lib/training/register-sheet";

export const dynamic = "force-dynamic";

const querySchema = z.object({ formato: z.enum(["csv", "pdf"]) });

/** The signed-in volunteer's own training register as a download (`?formato=csv|pdf`). */
export async function GET(request: Request) {
  const staff = await currentStaff();
  if (!staff) return new Response("Unauthorized", { status: 401 });
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return new Response("Bad request: formato=csv|pdf", { status: 400 });
  // Only one's own: there is no parameter naming somebody else.
  const register = await ownRegister(db(), staff.id, romeDayKey(new Date()));
  if (!register) return new Response("Not found", { status: 404 });
  const [labels, signatures] = await Promise.all([registerLabels(), registerSignatureLabels()]);
  return registerDownload(registerSheet(register, labels), { format: query.data.formato, name: register.volunteer?.name ?? "", signatures });
}
