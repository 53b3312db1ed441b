import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The booking forms' messages only, for their client components: the rest stays on the server. */
export async function BookingMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ booking: messages.booking }}>{children}</NextIntlClientProvider>;
}
