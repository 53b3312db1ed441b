import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The timesheet forms' messages only, for their client components. */
export async function TimesheetMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ timesheets: messages.timesheets, booking: { form: messages.booking.form } }}>{children}</NextIntlClientProvider>;
}
