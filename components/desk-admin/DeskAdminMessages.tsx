import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The desk administration forms' messages only, for their client components. */
export async function DeskAdminMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ deskAdmin: messages.deskAdmin, booking: { form: messages.booking.form } }}>{children}</NextIntlClientProvider>;
}
