import type { Locale } from "@/lib/i18n/locales";

/** The citizen's booking mails. */
export type BookingMailKind = "confirmation" | "rescheduled" | "cancelled" | "reminder";

interface SubjectParts {
  service: string;
  /** "martedì 1 dicembre 2026, 09:30" */
  when: string;
  /** "09:30" */
  time: string;
}

/** The words of the booking mails and of their calendar file, in one language. */
export interface BookingMailCopy {
  subject: Record<BookingMailKind, (parts: SubjectParts) => string>;
  heading: Record<BookingMailKind, string>;
  greeting: (name: string) => string;
  intro: Record<BookingMailKind, string>;
  /** The cancelled mail's intro when the desk closes on the appointment's day (desk administration). */
  deskClosedIntro: string;
  service: string;
  desk: string;
  address: string;
  map: string;
  phone: string;
  when: string;
  bookingCode: string;
  documents: string;
  qrHint: string;
  qrAlt: (code: string) => string;
  manage: string;
  manageLink: string;
  bookAgain: string;
  bookAgainLink: string;
  calendarHint: Record<BookingMailKind, string>;
  /** Closing lines. */
  signature: readonly string[];
  automatic: string;
  /** Shown by calendar apps the day before; no commas or semicolons (the ics library leaves them unescaped). */
  alarm: string;
  calendarFile: string;
  qrFile: string;
}

// Our own words, written for citizens who may not be used to online services: short sentences,
// no jargon, the same order of facts in every mail.
const italian: BookingMailCopy = {
  subject: {
    confirmation: ({ service, when }) => `Prenotazione confermata: ${service}, ${when}`,
    rescheduled: ({ service, when }) => `Appuntamento spostato: ${service}, ${when}`,
    cancelled: ({ service, when }) => `Appuntamento annullato: ${service}, ${when}`,
    reminder: ({ service, time }) => `Promemoria: domani alle ${time}, ${service}`,
  },
  heading: {
    confirmation: "La tua prenotazione è confermata",
    rescheduled: "Il tuo appuntamento è stato spostato",
    cancelled: "Il tuo appuntamento è stato annullato",
    reminder: "Ti aspettiamo domani",
  },
  greeting: (name) => `Gentile ${name},`,
  intro: {
    confirmation: "abbiamo registrato la tua prenotazione allo sportello digitale. Ecco i dettagli.",
    rescheduled: "il tuo appuntamento ha una nuova data. Ecco i dettagli aggiornati: l'orario precedente non vale più.",
    cancelled:
      "l'appuntamento qui sotto è stato annullato e il posto è di nuovo libero. Se hai ancora bisogno di aiuto, puoi prenotare un nuovo appuntamento quando vuoi.",
    reminder: "ti ricordiamo il tuo appuntamento di domani allo sportello digitale.",
  },
  deskClosedIntro:
    "ci dispiace: lo sportello resterà chiuso quando avevi l'appuntamento qui sotto, che per questo è stato annullato. Puoi prenotare un nuovo appuntamento in un altro giorno quando vuoi.",
  service: "Servizio",
  desk: "Sportello",
  address: "Indirizzo",
  map: "Apri la mappa",
  phone: "Telefono dello sportello",
  when: "Data e ora",
  bookingCode: "Codice di prenotazione",
  documents: "Documenti da portare",
  qrHint: "Allo sportello mostra il codice QR che trovi in questo messaggio, oppure detta il codice di prenotazione.",
  qrAlt: (code) => `Codice QR della prenotazione ${code}`,
  manage: "Per vedere, spostare o annullare l'appuntamento:",
  manageLink: "Gestisci la prenotazione",
  bookAgain: "Per prenotare un nuovo appuntamento:",
  bookAgainLink: "Vai alla pagina dello sportello",
  calendarHint: {
    confirmation: "Il file in allegato aggiunge l'appuntamento al tuo calendario.",
    rescheduled: "Se avevi aggiunto l'appuntamento al tuo calendario, il file in allegato lo aggiorna.",
    cancelled: "Se avevi aggiunto l'appuntamento al tuo calendario, il file in allegato lo toglie.",
    reminder: "Il file in allegato aggiunge l'appuntamento al tuo calendario.",
  },
  signature: ["A presto,", "Sportello Digitale"],
  automatic: "Questo messaggio è stato inviato automaticamente: non rispondere a questo indirizzo.",
  alarm: "Domani hai un appuntamento allo sportello digitale",
  calendarFile: "appuntamento.ics",
  qrFile: "codice-qr.png",
};

const english: BookingMailCopy = {
  subject: {
    confirmation: ({ service, when }) => `Booking confirmed: ${service}, ${when}`,
    rescheduled: ({ service, when }) => `Appointment moved: ${service}, ${when}`,
    cancelled: ({ service, when }) => `Appointment cancelled: ${service}, ${when}`,
    reminder: ({ service, time }) => `Reminder: tomorrow at ${time}, ${service}`,
  },
  heading: {
    confirmation: "Your booking is confirmed",
    rescheduled: "Your appointment has been moved",
    cancelled: "Your appointment has been cancelled",
    reminder: "See you tomorrow",
  },
  greeting: (name) => `Dear ${name},`,
  intro: {
    confirmation: "we have registered your booking at the digital services desk. Here are the details.",
    rescheduled: "your appointment has a new date. Here are the updated details: the previous time no longer applies.",
    cancelled:
      "the appointment below has been cancelled and the place is free again. If you still need help, you can book a new appointment whenever you like.",
    reminder: "this is a reminder of your appointment at the digital services desk tomorrow.",
  },
  deskClosedIntro:
    "we are sorry: the desk will be closed at the time of the appointment below, which has therefore been cancelled. You can book a new appointment on another day whenever you like.",
  service: "Service",
  desk: "Desk",
  address: "Address",
  map: "Open the map",
  phone: "Desk's phone",
  when: "Date and time",
  bookingCode: "Booking code",
  documents: "Documents to bring",
  qrHint: "At the desk, show the QR code in this message or read out your booking code.",
  qrAlt: (code) => `QR code of booking ${code}`,
  manage: "To view, move or cancel your appointment:",
  manageLink: "Manage your booking",
  bookAgain: "To book a new appointment:",
  bookAgainLink: "Go to the desk's page",
  calendarHint: {
    confirmation: "The attached file adds the appointment to your calendar.",
    rescheduled: "If you added the appointment to your calendar, the attached file updates it.",
    cancelled: "If you added the appointment to your calendar, the attached file removes it.",
    reminder: "The attached file adds the appointment to your calendar.",
  },
  signature: ["See you soon,", "Sportello Digitale"],
  automatic: "This message was sent automatically: please do not reply to this address.",
  alarm: "Tomorrow you have an appointment at the digital services desk",
  calendarFile: "appointment.ics",
  qrFile: "qr-code.png",
};

export const bookingMailCopy: Record<Locale, BookingMailCopy> = { it: italian, en: english };
