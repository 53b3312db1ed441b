import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The desk screens' messages only, for their client components: the rest stays on the server. */
export async function DeskMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ deskWork: messages.deskWork, booking: { form: messages.booking.form } }}>{children}</NextIntlClientProvider>;
}
