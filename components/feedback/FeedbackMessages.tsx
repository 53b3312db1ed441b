import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The feedback forms' messages only (and the forms' shared words), for their client components. */
export async function FeedbackMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ feedback: messages.feedback, booking: { form: messages.booking.form } }}>{children}</NextIntlClientProvider>;
}
