import type { Mail } from "@/lib/mail/send-mail";

import type { TokenPurpose } from "./password-tokens";

// Staff mails are in Italian with an English version below: the recipient has no language setting yet.
export function passwordMail(input: { to: string; name: string; link: string; purpose: TokenPurpose }): Mail {
  const invite = input.purpose === "invite";
  const subject = invite
    ? "Sportello Digitale: attiva il tuo account / activate your account"
    : "Sportello Digitale: nuova password / new password";
  const italian = invite
    ? `Ciao ${input.name},\n\nsei stato invitato nell'area riservata di Sportello Digitale. Scegli la tua password da questo link, valido 7 giorni e utilizzabile una sola volta:\n\n${input.link}\n`
    : `Ciao ${input.name},\n\nabbiamo ricevuto una richiesta di nuova password per il tuo account. Se l'hai fatta tu, scegli la nuova password da questo link, valido un'ora e utilizzabile una sola volta:\n\n${input.link}\n\nSe non l'hai chiesta, ignora questo messaggio: la tua password resta quella di prima.\n`;
  const english = invite
    ? `Hello ${input.name},\n\nyou have been invited to the Sportello Digitale staff area. Choose your password with this link, valid for 7 days and usable once:\n\n${input.link}\n`
    : `Hello ${input.name},\n\nwe received a request for a new password for your account. If it was you, choose a new password with this link, valid for one hour and usable once:\n\n${input.link}\n\nIf you did not ask for it, ignore this message: your password stays as it was.\n`;
  return { to: input.to, subject, text: `${italian}\n—\n\n${english}` };
}
