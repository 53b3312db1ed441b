import { cookies, headers } from "next/headers";

import { bookingCalendarFile } from "@/lib/booking/calendar-file";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { linkBaseUrl } from "@/lib/mail/link-base-url";

import { managedAppointmentId } from "../manage-cookie";

/** The calendar file of the booking this browser manages; 404 for anyone else. */
export async function GET(): Promise<Response> {
  const appointmentId = managedAppointmentId(await cookies());
  if (!appointmentId) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  try {
    const file = await bookingCalendarFile(db(), { appointmentId, baseUrl: linkBaseUrl(await headers(), env().PUBLIC_URL) });
    return new Response(file.content, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename}"`,
        // Personal data: never in a shared cache.
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    console.error(`bookingCalendarFile failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return new Response("Service unavailable\n", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
