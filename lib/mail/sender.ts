import addressparser from "nodemailer/lib/addressparser";

import { env } from "@/lib/env";

/** The sender address of MAIL_FROM ("Sportello Digitale <noreply@…>"), as name and e-mail. */
export function mailSender(): { name: string; email: string } {
  const [from] = addressparser(env().MAIL_FROM, { flatten: true });
  return { name: from?.name || "Sportello Digitale", email: from?.address || "noreply@sportello.localhost" };
}
