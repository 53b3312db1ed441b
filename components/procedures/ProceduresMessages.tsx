import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The procedure editor's messages only, for its client components. */
export async function ProceduresMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ procedures: messages.procedures, booking: { form: messages.booking.form } }}>{children}</NextIntlClientProvider>;
}
