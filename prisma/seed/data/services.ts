import type { ServiceCode } from "./types";

/** One entry of the desk-service catalogue shown to citizens. */
export interface SeedService {
  code: ServiceCode;
  nameIt: string;
  nameEn: string;
  descriptionIt: string;
  descriptionEn: string;
  /** Default length of one appointment slot, in minutes. */
  defaultDurationMinutes: number;
  /** Whether the booking form asks for the citizen's codice fiscale. */
  requiresFiscalCode: boolean;
  /** What the citizen should bring to the desk. */
  documentsIt: string[];
  documentsEn: string[];
  sortOrder: number;
}

export const services: SeedService[] = [
  {
    code: "PIN_PUK",
    nameIt: "PIN e PUK della tessera sanitaria",
    nameEn: "Health card PIN and PUK",
    descriptionIt:
      "Ritiro dei codici PIN e PUK che abilitano la tessera sanitaria come Carta Nazionale dei Servizi (CNS), utile per entrare nei siti della pubblica amministrazione.",
    descriptionEn:
      "Collect the PIN and PUK codes that turn your health card into a National Services Card (CNS), which you can use to log in to public-administration websites.",
    defaultDurationMinutes: 20,
    requiresFiscalCode: true,
    documentsIt: [
      "Documento d'identità valido",
      "Tessera sanitaria / CNS",
    ],
    documentsEn: [
      "Valid identity document",
      "Health card (tessera sanitaria / CNS)",
    ],
    sortOrder: 1,
  },
  {
    code: "SPID",
    nameIt: "Attivazione SPID",
    nameEn: "SPID digital identity",
    descriptionIt:
      "Verifichiamo la tua identità e ti accompagniamo nella richiesta delle credenziali SPID, così potrai usarle da solo sui servizi online.",
    descriptionEn:
      "We check your identity and guide you through requesting your SPID credentials, so you can then use them on your own for online services.",
    defaultDurationMinutes: 30,
    requiresFiscalCode: true,
    documentsIt: [
      "Documento d'identità valido",
      "Tessera sanitaria",
      "Indirizzo e-mail personale",
      "Telefono cellulare personale",
    ],
    documentsEn: [
      "Valid identity document",
      "Health card (tessera sanitaria)",
      "Personal e-mail address",
      "Personal mobile phone",
    ],
    sortOrder: 2,
  },
  {
    code: "CIE",
    nameIt: "Carta d'identità elettronica (CIE)",
    nameEn: "Electronic identity card (CIE)",
    descriptionIt:
      "Richiesta o rinnovo della carta d'identità elettronica, che vale anche come chiave di accesso ai servizi digitali.",
    descriptionEn:
      "Apply for or renew the electronic identity card, which also works as a login key for digital public services.",
    defaultDurationMinutes: 30,
    requiresFiscalCode: true,
    documentsIt: [
      "Carta d'identità precedente oppure denuncia di smarrimento o furto",
      "Una fototessera recente",
      "Tessera sanitaria",
      "Ricevuta del pagamento",
    ],
    documentsEn: [
      "Previous identity card, or a police report of its loss or theft",
      "One recent passport-style photo",
      "Health card (tessera sanitaria)",
      "Payment receipt",
    ],
    sortOrder: 3,
  },
  {
    code: "CERTIFICATES",
    nameIt: "Certificati anagrafici",
    nameEn: "Registry certificates",
    descriptionIt:
      "Rilascio di certificati anagrafici e di stato civile; su richiesta ti mostriamo anche come scaricarli da casa.",
    descriptionEn:
      "Issue of civil-registry and residence certificates; on request we also show you how to download them from home.",
    defaultDurationMinutes: 15,
    requiresFiscalCode: true,
    documentsIt: ["Documento d'identità valido"],
    documentsEn: ["Valid identity document"],
    sortOrder: 4,
  },
  {
    code: "ONLINE_SERVICES_HELP",
    nameIt: "Aiuto con i servizi online",
    nameEn: "Help with online services",
    descriptionIt:
      "Un volontario ti affianca nell'uso dei portali del Comune e della pubblica amministrazione: registrazione, prenotazioni e invio di pratiche.",
    descriptionEn:
      "A volunteer sits with you while you use the municipal and public-administration portals: signing up, booking appointments and submitting requests.",
    defaultDurationMinutes: 30,
    requiresFiscalCode: false,
    documentsIt: [
      "Documento d'identità valido",
      "Il proprio smartphone",
      "Credenziali di accesso già in possesso (SPID, CIE con PIN, ecc.)",
    ],
    documentsEn: [
      "Valid identity document",
      "Your own smartphone",
      "Any login credentials you already have (SPID, CIE with PIN, etc.)",
    ],
    sortOrder: 5,
  },
];
