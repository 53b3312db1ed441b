import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/** The training forms' messages only, for their client components. */
export async function TrainingMessages({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={{ training: messages.training, booking: { form: messages.booking.form } }}>{children}</NextIntlClientProvider>;
}
