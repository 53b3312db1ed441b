import type { Locale } from "@/lib/i18n/locales";

/** The citizens' feedback mails. */
export type FeedbackMailKind = "invitation" | "receipt" | "answer";

export interface FeedbackMailCopy {
  subject: { invitation: (service: string) => string; receipt: (reference: string) => string; answer: (reference: string) => string };
  heading: Record<FeedbackMailKind, string>;
  greeting: (name: string | null) => string;
  invitationIntro: (service: string, desk: string) => string;
  invitationHow: string;
  invitationLink: string;
  invitationCode: string;
  invitationDeadline: (date: string) => string;
  invitationPrivacy: string;
  receiptIntro: Record<"COMPLAINT" | "REPORT" | "PRAISE", string>;
  reference: string;
  receiptDeadline: (date: string) => string;
  statusHow: string;
  statusLink: string;
  answerIntro: (reference: string) => string;
  yourText: string;
  answerText: string;
  signature: readonly string[];
  automatic: string;
}

// Our own words: short sentences, what happens next, nothing the citizen must guess.
const italian: FeedbackMailCopy = {
  subject: {
    invitation: (service) => `Com'è andata allo sportello? ${service}`,
    receipt: (reference) => `Abbiamo ricevuto la tua segnalazione ${reference}`,
    answer: (reference) => `Risposta alla tua segnalazione ${reference}`,
  },
  heading: {
    invitation: "Com'è andata allo sportello?",
    receipt: "Abbiamo ricevuto il tuo messaggio",
    answer: "La risposta al tuo messaggio",
  },
  greeting: (name) => (name ? `Gentile ${name},` : "Gentile cittadina, gentile cittadino,"),
  invitationIntro: (service, desk) => `grazie di essere venuto allo sportello ${desk} per il servizio «${service}».`,
  invitationHow: "Ci aiuti a migliorare? Il questionario richiede un minuto ed è anonimo: la risposta non è collegata al tuo nome.",
  invitationLink: "Rispondi al questionario",
  invitationCode: "Codice del questionario",
  invitationDeadline: (date) => `Puoi rispondere fino al ${date}, una sola volta.`,
  invitationPrivacy: "Se non vuoi rispondere, ignora questo messaggio.",
  receiptIntro: {
    COMPLAINT: "abbiamo ricevuto il tuo reclamo. Lo leggerà chi è responsabile dello sportello.",
    REPORT: "abbiamo ricevuto la tua segnalazione. La leggerà chi è responsabile dello sportello.",
    PRAISE: "abbiamo ricevuto il tuo apprezzamento: grazie, lo faremo sapere ai volontari.",
  },
  reference: "Codice di riferimento",
  receiptDeadline: (date) => `Ti risponderemo a questo indirizzo entro il ${date}.`,
  statusHow: "Puoi vedere a che punto è con il codice di riferimento e questo indirizzo e-mail:",
  statusLink: "Vedi lo stato",
  answerIntro: (reference) => `ecco la risposta al messaggio che ci hai inviato (codice ${reference}).`,
  yourText: "Il tuo messaggio",
  answerText: "La nostra risposta",
  signature: ["Grazie,", "Sportello Digitale"],
  automatic: "Questo messaggio è stato inviato automaticamente: non rispondere a questo indirizzo.",
};

const english: FeedbackMailCopy = {
  subject: {
    invitation: (service) => `How did it go at the desk? ${service}`,
    receipt: (reference) => `We have received your message ${reference}`,
    answer: (reference) => `Answer to your message ${reference}`,
  },
  heading: {
    invitation: "How did it go at the desk?",
    receipt: "We have received your message",
    answer: "The answer to your message",
  },
  greeting: (name) => (name ? `Dear ${name},` : "Dear citizen,"),
  invitationIntro: (service, desk) => `thank you for coming to the ${desk} desk for "${service}".`,
  invitationHow: "Will you help us improve? The questionnaire takes a minute and is anonymous: your answer is not linked to your name.",
  invitationLink: "Answer the questionnaire",
  invitationCode: "Questionnaire code",
  invitationDeadline: (date) => `You can answer until ${date}, once.`,
  invitationPrivacy: "If you prefer not to answer, just ignore this message.",
  receiptIntro: {
    COMPLAINT: "we have received your complaint. The person responsible for the desk will read it.",
    REPORT: "we have received your report. The person responsible for the desk will read it.",
    PRAISE: "we have received your praise: thank you, we will pass it on to the volunteers.",
  },
  reference: "Reference code",
  receiptDeadline: (date) => `We will answer at this address by ${date}.`,
  statusHow: "You can see where it stands with the reference code and this e-mail address:",
  statusLink: "See the status",
  answerIntro: (reference) => `here is the answer to the message you sent us (reference ${reference}).`,
  yourText: "Your message",
  answerText: "Our answer",
  signature: ["Thank you,", "Sportello Digitale"],
  automatic: "This message was sent automatically: please do not reply to this address.",
};

export const feedbackMailCopy: Record<Locale, FeedbackMailCopy> = { it: italian, en: english };
