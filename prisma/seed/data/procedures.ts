import type { ServiceCode } from "./types";

// The guided procedure of each service at the desk, after the desk workflow of document 001
// (reception, e-mail check, workstation, PIN release after the identity check and the codice
// fiscale, portal registration, the chosen online service, teaching autonomy). Stored as data:
// the OLP can change a procedure, or add one for a new service, without a deploy.

export interface SeedOption {
  value: string;
  labelIt: string;
  labelEn: string;
}

export interface SeedProcedureStep {
  key: string;
  kind: "CHECK" | "CHOICE" | "ID_DOCUMENT" | "FISCAL_CODE";
  labelIt: string;
  labelEn: string;
  hintIt?: string;
  hintEn?: string;
  options?: SeedOption[];
  required?: boolean;
}

const ID_DOCUMENTS: SeedOption[] = [
  { value: "CIE", labelIt: "Carta d'identità elettronica", labelEn: "Electronic identity card" },
  { value: "PAPER_ID", labelIt: "Carta d'identità cartacea", labelEn: "Paper identity card" },
  { value: "PASSPORT", labelIt: "Passaporto", labelEn: "Passport" },
  { value: "DRIVING_LICENCE", labelIt: "Patente di guida", labelEn: "Driving licence" },
];

const identity: SeedProcedureStep = {
  key: "id_document",
  kind: "ID_DOCUMENT",
  labelIt: "Documento d'identità verificato",
  labelEn: "Identity document checked",
  hintIt: "Confronta foto e dati con la persona e controlla la scadenza. Il numero serve solo al controllo: non viene salvato.",
  hintEn: "Compare the photo and details with the person and check the expiry date. The number is only checked, never saved.",
  options: ID_DOCUMENTS,
};

const fiscalCode: SeedProcedureStep = {
  key: "fiscal_code",
  kind: "FISCAL_CODE",
  labelIt: "Codice fiscale validato",
  labelEn: "Codice fiscale validated",
  hintIt: "Leggilo dalla tessera sanitaria: il controllo verifica il carattere finale. Non viene salvato.",
  hintEn: "Read it from the health card: the check verifies its last character. It is not saved.",
};

const teach: SeedProcedureStep = {
  key: "taught_autonomy",
  kind: "CHECK",
  labelIt: "Spiegati i passaggi per fare da soli la prossima volta",
  labelEn: "Steps explained so the citizen can do it alone next time",
  hintIt: "Lascia che sia la persona a usare tastiera e telefono: guida, senza sostituirti.",
  hintEn: "Let the citizen use the keyboard and phone: guide, do not take over.",
};

export const procedures: Record<ServiceCode, SeedProcedureStep[]> = {
  PIN_PUK: [
    identity,
    fiscalCode,
    { key: "card_present", kind: "CHECK", labelIt: "Tessera sanitaria presente e valida", labelEn: "Health card present and valid" },
    {
      key: "pin_released",
      kind: "CHECK",
      labelIt: "PIN e PUK rilasciati",
      labelEn: "PIN and PUK released",
      hintIt: "Consegna la prima metà dei codici stampata; la seconda arriva per e-mail o SMS.",
      hintEn: "Hand over the printed first half of the codes; the second half arrives by e-mail or text.",
    },
    teach,
  ],
  SPID: [
    { key: "email_owned", kind: "CHECK", labelIt: "E-mail e cellulare personali verificati", labelEn: "Personal e-mail and mobile phone verified", hintIt: "La persona riceve e legge un messaggio di prova sul proprio telefono.", hintEn: "The citizen receives and reads a test message on their own phone." },
    identity,
    fiscalCode,
    {
      key: "provider",
      kind: "CHOICE",
      labelIt: "Gestore SPID scelto",
      labelEn: "SPID provider chosen",
      options: [
        { value: "POSTE", labelIt: "PosteID", labelEn: "PosteID" },
        { value: "ARUBA", labelIt: "ArubaID", labelEn: "ArubaID" },
        { value: "INFOCERT", labelIt: "InfoCert ID", labelEn: "InfoCert ID" },
        { value: "LEPIDA", labelIt: "Lepida ID", labelEn: "Lepida ID" },
        { value: "NAMIRIAL", labelIt: "Namirial ID", labelEn: "Namirial ID" },
        { value: "OTHER", labelIt: "Altro gestore", labelEn: "Another provider" },
      ],
    },
    { key: "recognition_done", kind: "CHECK", labelIt: "Riconoscimento dell'identità completato", labelEn: "Identity recognition completed" },
    { key: "first_login", kind: "CHECK", labelIt: "Primo accesso di prova riuscito", labelEn: "First test login succeeded", required: false },
    teach,
  ],
  CIE: [
    identity,
    fiscalCode,
    { key: "documents_ready", kind: "CHECK", labelIt: "Fototessera e ricevuta del pagamento presenti", labelEn: "Photo and payment receipt present" },
    { key: "request_prepared", kind: "CHECK", labelIt: "Richiesta preparata sul portale del Ministero", labelEn: "Request prepared on the Ministry's portal" },
    { key: "registry_appointment", kind: "CHECK", labelIt: "Appuntamento all'anagrafe fissato", labelEn: "Registry office appointment set" },
    teach,
  ],
  CERTIFICATES: [
    identity,
    {
      key: "certificate_kind",
      kind: "CHOICE",
      labelIt: "Certificato richiesto",
      labelEn: "Certificate requested",
      options: [
        { value: "RESIDENCE", labelIt: "Residenza", labelEn: "Residence" },
        { value: "FAMILY", labelIt: "Stato di famiglia", labelEn: "Family status" },
        { value: "BIRTH", labelIt: "Nascita", labelEn: "Birth" },
        { value: "OTHER", labelIt: "Altro", labelEn: "Other" },
      ],
    },
    { key: "certificate_issued", kind: "CHECK", labelIt: "Certificato scaricato dall'ANPR e consegnato", labelEn: "Certificate downloaded from ANPR and handed over" },
    teach,
  ],
  ONLINE_SERVICES_HELP: [
    { key: "email_owned", kind: "CHECK", labelIt: "E-mail personale verificata", labelEn: "Personal e-mail verified" },
    {
      key: "online_service",
      kind: "CHOICE",
      labelIt: "Servizio online",
      labelEn: "Online service",
      options: [
        { value: "HEALTH_RECORD", labelIt: "Fascicolo sanitario", labelEn: "Health record" },
        { value: "INPS", labelIt: "INPS", labelEn: "INPS (social security)" },
        { value: "TAX", labelIt: "Agenzia delle Entrate", labelEn: "Revenue agency" },
        { value: "SCHOOL", labelIt: "Iscrizioni scolastiche", labelEn: "School enrolment" },
        { value: "MUNICIPAL", labelIt: "Servizi online del Comune", labelEn: "Municipal online services" },
        { value: "OTHER", labelIt: "Altro", labelEn: "Other" },
      ],
    },
    { key: "service_done", kind: "CHECK", labelIt: "Pratica online completata", labelEn: "Online procedure completed" },
    teach,
  ],
};
