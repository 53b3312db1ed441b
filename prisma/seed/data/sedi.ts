import type {
  SeedOpeningInterval,
  SeedSede,
  ServiceCode,
  Weekday,
} from "./types";

// Desks ("sedi di attuazione") of the three SCU projects.
// Codes, names, addresses, phones and volunteer places come from the source
// documents; opening hours are assumptions unless openingHoursFromDocument is
// true. Notes are written anew.

const MON_FRI: Weekday[] = [1, 2, 3, 4, 5];

/** The same interval on several weekdays. */
function hours(
  days: Weekday[],
  opens: string,
  closes: string,
): SeedOpeningInterval[] {
  return days.map((weekday) => ({ weekday, opens, closes }));
}

/** Merges interval groups and orders them by weekday and opening time. */
function week(...groups: SeedOpeningInterval[][]): SeedOpeningInterval[] {
  return groups
    .flat()
    .sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

/** Type-checked list of service codes. */
function offers(...codes: ServiceCode[]): string[] {
  return codes;
}

const NOTE_IT =
  "Si riceve su appuntamento e ad accesso libero negli orari indicati. Orari indicativi: verificare prima della visita.";
const NOTE_EN =
  "Visitors are seen by appointment and on a walk-in basis during the hours shown. Hours are indicative: please check before visiting.";

const BACK_OFFICE_IT =
  "Ufficio di back office: il pubblico è ricevuto solo su appuntamento. Orari indicativi.";
const BACK_OFFICE_EN =
  "Back-office unit: visitors are received by appointment only. Hours are indicative.";

const CREMONA = "cremona-2021-connessioni-accessibili";
const DIGITIAMO = "milano-2021-digitiamo";
const INFORMAMI = "milano-2019-informa-mi";

export const sedi: SeedSede[] = [
  // ---------------------------------------------------------------------
  // 000 – Comune di Cremona, "Connessioni accessibili" (12 desks).
  // The document gives 15 places for the whole project, not per desk.
  // ---------------------------------------------------------------------
  {
    scuCode: "138885",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "IAT – Informazione e Accoglienza Turistica",
    street: "Piazza del Comune, 4",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407082",
    email: null,
    services: offers(),
    openingHours: week(
      hours([1, 2, 3, 4, 5, 6], "09:30", "13:00"),
      hours([1, 2, 3, 4, 5, 6], "14:00", "17:00"),
      hours([7], "10:00", "13:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Punto informativo turistico, aperto anche nel fine settimana. Orari indicativi: verificare prima della visita.",
    openingNotesEn:
      "Tourist information point, also open at weekends. Hours are indicative: please check before visiting.",
  },
  {
    scuCode: "138928",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Servizi Demografici",
    street: "Via Ala Ponzone, 32",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407329",
    email: null,
    services: offers("CIE", "CERTIFICATES", "ONLINE_SERVICES_HELP"),
    openingHours: week(
      hours(MON_FRI, "08:30", "12:30"),
      hours([2, 4], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Carta d'identità su prenotazione online; per chi non può spostarsi è previsto il servizio a domicilio. Orari indicativi.",
    openingNotesEn:
      "Identity cards by online booking; a home visit can be arranged for people unable to travel. Hours are indicative.",
  },
  {
    scuCode: "138930",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Servizio Formazione",
    street: "Piazza del Comune, 8",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407278",
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([3], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt: BACK_OFFICE_IT,
    openingNotesEn: BACK_OFFICE_EN,
  },
  {
    scuCode: "138950",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Ufficio Stampa",
    street: "Piazza del Comune, 8",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407019",
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "13:00"),
      hours([2], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt: BACK_OFFICE_IT,
    openingNotesEn: BACK_OFFICE_EN,
  },
  {
    scuCode: "138936",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Sportello Unico Attività Produttive",
    street: "Via Felice Geromini, 7",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407266",
    email: null,
    services: offers("ONLINE_SERVICES_HELP"),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([4], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Sportello rivolto soprattutto a imprese e professionisti. Orari indicativi: verificare prima della visita.",
    openingNotesEn:
      "Desk mainly for businesses and professionals. Hours are indicative: please check before visiting.",
  },
  {
    scuCode: "193608",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Ufficio Bilancio Partecipato",
    street: "Piazza del Comune, 8",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407289",
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([1], "14:00", "16:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt: BACK_OFFICE_IT,
    openingNotesEn: BACK_OFFICE_EN,
  },
  {
    scuCode: "193613",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Ufficio Orientamento e Supporto ai Pubblici Servizi",
    street: "Via Felice Geromini, 7",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407468",
    email: null,
    services: offers("ONLINE_SERVICES_HELP"),
    openingHours: week(
      hours(MON_FRI, "08:45", "12:15"),
      hours([2, 4], "14:30", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Presso il Servizio Entrate, al primo piano; si riceve su appuntamento. Orari indicativi.",
    openingNotesEn:
      "Inside the municipal Revenue Service, first floor; visits by appointment. Hours are indicative.",
  },
  {
    scuCode: "193622",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Ufficio Manutenzione e Valorizzazione Patrimonio Storico Comunale",
    street: "Via Gaspare Aselli, 13/A",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407619",
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:00"),
      hours([3], "14:00", "16:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt: BACK_OFFICE_IT,
    openingNotesEn: BACK_OFFICE_EN,
  },
  {
    scuCode: "138935",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Spazio Comune",
    street: "Piazza del Comune, 8",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407951",
    email: null,
    services: offers("PIN_PUK", "SPID", "ONLINE_SERVICES_HELP"),
    openingHours: week(
      hours(MON_FRI, "09:00", "13:00"),
      hours([1, 4], "14:00", "17:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "PIN/PUK e SPID solo su appuntamento tramite l'agenda digitale; informazioni anche per telefono ed e-mail. Orari indicativi.",
    openingNotesEn:
      "PIN/PUK and SPID by appointment only, booked through the online diary; information also by phone and e-mail. Hours are indicative.",
  },
  {
    scuCode: "138951",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Ufficio Tempi e Orari",
    street: "Via Felice Geromini, 7",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407266",
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([4], "14:00", "16:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt: BACK_OFFICE_IT,
    openingNotesEn: BACK_OFFICE_EN,
  },
  {
    scuCode: "193610",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Sportello Tirocini-Stage-Rapporti di Lavoro",
    street: "Via Felice Geromini, 7",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 407020",
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([2], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt: NOTE_IT,
    openingNotesEn: NOTE_EN,
  },
  {
    scuCode: "138827",
    enteCode: "cremona",
    projectCode: CREMONA,
    volunteerPlaces: 0,
    name: "Camera di Commercio di Cremona (CCIAA)",
    street: "Piazza Antonio Stradivari, 5",
    postalCode: "26100",
    city: "Cremona",
    phone: "0372 4901",
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([3], "14:00", "15:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Sede della Camera di Commercio, partner del progetto; servizi rivolti alle imprese. Orari indicativi.",
    openingNotesEn:
      "Chamber of Commerce premises, a partner of the project; services are aimed at businesses. Hours are indicative.",
  },

  // ---------------------------------------------------------------------
  // 001 – Comune di Milano, Bando 2021, "Digitiamo, istituzioni più vicine".
  // ---------------------------------------------------------------------
  {
    scuCode: "167298",
    enteCode: "milano",
    projectCode: DIGITIAMO,
    volunteerPlaces: 3,
    name: "Promozione Servizi Civici e Anagrafici online",
    street: "Via Larga, 12",
    postalCode: "20122",
    city: "Milano",
    phone: null,
    email: null,
    services: offers("CERTIFICATES", "ONLINE_SERVICES_HELP"),
    openingHours: week(
      hours(MON_FRI, "08:30", "12:30"),
      hours([2, 4], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Postazioni informatiche assistite; per registrarsi ai servizi online serve una casella e-mail personale. Orari indicativi.",
    openingNotesEn:
      "Assisted computer stations; a personal e-mail address is needed to register for online services. Hours are indicative.",
  },
  {
    scuCode: "167282",
    enteCode: "milano",
    projectCode: DIGITIAMO,
    volunteerPlaces: 1,
    name: "WeMi – Il portale dei servizi domiciliari",
    street: "Via Palermo, 17",
    postalCode: "20121",
    city: "Milano",
    phone: null,
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:30", "12:30"),
      hours([3], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Redazione del portale WeMi: il supporto ai cittadini avviene soprattutto per telefono ed e-mail. Orari indicativi.",
    openingNotesEn:
      "WeMi portal editorial office: citizens are supported mainly by phone and e-mail. Hours are indicative.",
  },
  {
    scuCode: "202928",
    enteCode: "milano",
    projectCode: DIGITIAMO,
    volunteerPlaces: 2,
    name: "Municipio 2",
    street: "Via G. B. Sammartini, 120",
    postalCode: null,
    city: "Milano",
    phone: null,
    email: null,
    services: offers("ONLINE_SERVICES_HELP"),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([1, 4], "14:00", "16:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Sportello del Municipio: si riceve di persona o per telefono negli orari indicati. Orari indicativi.",
    openingNotesEn:
      "Municipio desk: help in person or by phone during the hours shown. Hours are indicative.",
  },
  {
    scuCode: "167283",
    enteCode: "milano",
    projectCode: DIGITIAMO,
    volunteerPlaces: 3,
    name: "Smart City",
    street: "Via E. De Amicis, 10",
    postalCode: "20123",
    city: "Milano",
    phone: null,
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([2], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt: BACK_OFFICE_IT,
    openingNotesEn: BACK_OFFICE_EN,
  },
  {
    scuCode: "167292",
    enteCode: "milano",
    projectCode: DIGITIAMO,
    volunteerPlaces: 1,
    name: "Municipio 9",
    street: "Via G. Guerzoni, 38",
    postalCode: "20158",
    city: "Milano",
    phone: null,
    email: null,
    services: offers("ONLINE_SERVICES_HELP"),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([2, 4], "14:00", "16:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Sportello del Municipio: si riceve di persona o per telefono negli orari indicati. Orari indicativi.",
    openingNotesEn:
      "Municipio desk: help in person or by phone during the hours shown. Hours are indicative.",
  },

  // ---------------------------------------------------------------------
  // 004 – Comune di Milano, SC 2019, "Informa...MI".
  // ---------------------------------------------------------------------
  {
    scuCode: "91231",
    enteCode: "milano",
    projectCode: INFORMAMI,
    volunteerPlaces: 1,
    name: "Assegnazione Alloggi ERP",
    street: "Piazzale Cimitero Monumentale, 14",
    postalCode: "20154",
    city: "Milano",
    phone: null,
    email: null,
    services: offers("ONLINE_SERVICES_HELP"),
    // The document gives the daily times (from 9:00, usually until about
    // 12:00); the weekdays are assumed to be Monday to Friday.
    openingHours: hours(MON_FRI, "09:00", "12:00"),
    openingHoursFromDocument: true,
    openingNotesIt:
      "Ingresso dalle 9:00 con registrazione; lo sportello resta aperto finché sono ricevuti tutti i registrati, di solito fino alle 12:00 circa.",
    openingNotesEn:
      "Entry from 9:00 with registration at the door; the desk stays open until everyone registered has been seen, usually until about 12:00.",
  },
  {
    scuCode: "91920",
    enteCode: "milano",
    projectCode: INFORMAMI,
    volunteerPlaces: 1,
    name: "Sportelli Casa One Stop Shop",
    street: "Via Larga, 12",
    postalCode: "20122",
    city: "Milano",
    phone: null,
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([3], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Ufficio di coordinamento degli sportelli Casa nei Municipi; il pubblico è ricevuto su appuntamento. Orari indicativi.",
    openingNotesEn:
      "Coordination office for the housing desks in the Municipi; visitors by appointment. Hours are indicative.",
  },
  {
    scuCode: "91058",
    enteCode: "milano",
    projectCode: INFORMAMI,
    volunteerPlaces: 1,
    name: "Ufficio Tutela",
    street: "Largo Treves, 1",
    postalCode: "20121",
    city: "Milano",
    phone: null,
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([4], "14:00", "16:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Riservato alle persone seguite dall'ufficio e ai loro familiari, di persona o per telefono. Orari indicativi.",
    openingNotesEn:
      "For people in the office's care and their families, in person or by phone. Hours are indicative.",
  },
  {
    scuCode: "91237",
    enteCode: "milano",
    projectCode: INFORMAMI,
    volunteerPlaces: 1,
    name: "WeMi – Il portale dei servizi domiciliari",
    street: "Via Palermo, 17",
    postalCode: "20121",
    city: "Milano",
    phone: null,
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:30", "12:30"),
      hours([3], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Redazione del portale WeMi: il supporto ai cittadini avviene soprattutto per telefono ed e-mail. Orari indicativi.",
    openingNotesEn:
      "WeMi portal editorial office: citizens are supported mainly by phone and e-mail. Hours are indicative.",
  },
  {
    scuCode: "91233",
    enteCode: "milano",
    projectCode: INFORMAMI,
    volunteerPlaces: 1,
    name: "Milano Città Mondo",
    street: "Piazza Duomo, 14",
    postalCode: "20122",
    city: "Milano",
    phone: null,
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:30", "13:00"),
      hours([2], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt: BACK_OFFICE_IT,
    openingNotesEn: BACK_OFFICE_EN,
  },
  {
    scuCode: "91934",
    enteCode: "milano",
    projectCode: INFORMAMI,
    volunteerPlaces: 3,
    name: "Promozione Servizi Civici e Anagrafici online",
    street: "Via Larga, 12",
    postalCode: "20122",
    city: "Milano",
    phone: null,
    email: null,
    services: offers("CERTIFICATES", "ONLINE_SERVICES_HELP"),
    openingHours: week(
      hours(MON_FRI, "08:30", "12:30"),
      hours([2, 4], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Postazioni informatiche assistite; per registrarsi ai servizi online serve una casella e-mail personale. Orari indicativi.",
    openingNotesEn:
      "Assisted computer stations; a personal e-mail address is needed to register for online services. Hours are indicative.",
  },
  {
    scuCode: "92005",
    enteCode: "milano",
    projectCode: INFORMAMI,
    volunteerPlaces: 1,
    name: "Te lo dico io!",
    street: "Largo Treves, 1",
    postalCode: "20121",
    city: "Milano",
    phone: null,
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "12:30"),
      hours([1, 3], "14:00", "16:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Infopoint sui servizi sociali: informazioni allo sportello, per telefono e per e-mail. Orari indicativi.",
    openingNotesEn:
      "Social-services infopoint: information at the desk, by phone and by e-mail. Hours are indicative.",
  },
  {
    scuCode: "91249",
    enteCode: "milano",
    projectCode: INFORMAMI,
    volunteerPlaces: 1,
    name: "A contrasto di ogni forma di discriminazione",
    street: "Via E. De Amicis, 10",
    postalCode: "20123",
    city: "Milano",
    phone: null,
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:00", "13:00"),
      hours([2, 4], "14:00", "17:00"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Presso la Casa dei Diritti; in questa sede i volontari lavorano in back office e non ricevono il pubblico. Orari indicativi.",
    openingNotesEn:
      "At the Casa dei Diritti; volunteers here work in the back office and do not receive the public. Hours are indicative.",
  },
  {
    scuCode: "92009",
    enteCode: "milano",
    projectCode: INFORMAMI,
    volunteerPlaces: 3,
    name: "Promozione del Volontariato",
    street: "Via Larga, 12",
    postalCode: "20122",
    city: "Milano",
    phone: null,
    email: null,
    services: offers(),
    openingHours: week(
      hours(MON_FRI, "09:30", "12:30"),
      hours([4], "14:00", "16:30"),
    ),
    openingHoursFromDocument: false,
    openingNotesIt:
      "Informazioni sulle Case delle Associazioni e del Volontariato dei Municipi. Orari indicativi: verificare prima della visita.",
    openingNotesEn:
      "Information about the Municipi's Houses of Associations and Volunteering. Hours are indicative: please check before visiting.",
  },
];
