import { cookies } from "next/headers";
import { cache } from "react";

import { getBookingView } from "@/lib/booking/booking-view";
import { db } from "@/lib/db";
import { getCurrentLocale } from "@/lib/i18n/server-locale";

import { managedAppointmentId } from "./manage-cookie";

/** The booking this browser proved is its own (signed cookie), once per request. */
export const loadManagedBooking = cache(async () => {
  const appointmentId = managedAppointmentId(await cookies());
  if (!appointmentId) return null;
  return getBookingView(db(), { appointmentId, locale: await getCurrentLocale(), now: new Date() });
});
