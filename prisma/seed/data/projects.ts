import type { SeedProject } from "./types";

// Figures come from the source documents in /work/shared/seeds; the activity
// titles are short paraphrases, not quotations.

export const projects: SeedProject[] = [
  {
    // 000: SCU project of the Comune di Cremona (programme "Il Triangolo").
    // The call year is not printed in the document: the project was offered
    // in the SCU call published in December 2021 (applications until early 2022).
    code: "cremona-2021-connessioni-accessibili",
    enteCode: "cremona",
    title: "Connessioni accessibili: la Pubblica Amministrazione in un click!",
    callYear: 2021,
    sourceDocument: "000",
    annualHours: 1145,
    weeklyAverageHours: 25,
    weeklyMinimumHours: 20,
    serviceDaysPerWeek: 5,
    generalTrainingHours: 44,
    specificTrainingHours: 91,
    tutoringHours: 21,
    // "21 di cui 16 collettive e 5 individuali", in the last three months of service.
    tutoringGroupHours: 16,
    tutoringIndividualHours: 5,
    activities: [
      // A) IAT
      { code: "A.1.1", title: "Back office dell'Infopoint turistico" },
      { code: "A.3.1", title: "Front office dell'Infopoint turistico" },
      { code: "A.3.2", title: "Infopoint temporanei alle fiere" },
      { code: "A.3.3", title: "Aggiornamento del portale turistico" },
      { code: "A.3.4", title: "Social network del servizio turistico" },
      { code: "A.3.5", title: "Progetti turistici su bandi" },
      { code: "A.3.6", title: "Materiale promozionale turistico" },
      { code: "A.4.1", title: "Customer care e questionari" },
      // B) Servizi Demografici
      { code: "B.1.1", title: "Servizi demografici da remoto" },
      { code: "B.1.2", title: "Prenotazione online dei servizi allo sportello" },
      { code: "B.1.3", title: "Rilascio della CIE come identità digitale" },
      { code: "B.2.1", title: "Servizi demografici a domicilio" },
      { code: "B.3.1", title: "Smistamento di telefonate ed e-mail" },
      { code: "B.4.1", title: "Questionario di gradimento" },
      // C) Servizio Formazione
      { code: "C.1.1", title: "Monitoraggio digitale della certificazione ISO 9001" },
      { code: "C.1.2", title: "Calendario delle visite ispettive" },
      { code: "C.1.3", title: "Banca dati dei servizi comunali" },
      { code: "C.1.4", title: "Formazione del personale a distanza" },
      { code: "C.3.1", title: "Sistema qualità in Intranet" },
      { code: "C.4.1", title: "Aggiornamento della Carta dei Servizi" },
      // D) Spazio Comune
      { code: "D.1.1", title: "Agenda appuntamenti PIN/PUK e SPID" },
      { code: "D.1.2", title: "Sportelli tematici gratuiti" },
      { code: "D.2.1", title: "Consegna PIN/PUK e riconoscimento SPID" },
      { code: "D.3.1", title: "Promozione dello Sportello Telematico" },
      { code: "D.3.2", title: "Campagne in linguaggio chiaro" },
      { code: "D.4.1", title: "Informazioni per telefono ed e-mail" },
      { code: "D.4.2", title: "Reclami, segnalazioni e suggerimenti" },
      // E) Sportello Tirocini-Stage-Rapporti di lavoro
      { code: "E.1.1", title: "Fascicoli personali dei dipendenti" },
      { code: "E.1.2", title: "Gestione digitale del personale" },
      { code: "E.4.1", title: "Progettazione dei tirocini" },
      { code: "E.4.2", title: "Pratiche INPS su malattie e pensioni" },
      // F) Ufficio Orientamento e supporto ai pubblici servizi
      { code: "F.1.1", title: "Aggiornamento delle banche dati tributarie" },
      { code: "F.3.1", title: "Promozione dello Sportello Telematico" },
      { code: "F.4.1", title: "Informazioni su IMU e TARI" },
      // G) Ufficio Stampa
      { code: "G.1.1", title: "Aggiornamento della Intranet" },
      { code: "G.1.2", title: "Dossier della rassegna stampa" },
      { code: "G.1.3", title: "Riordino dell'archivio fotografico" },
      { code: "G.2.1", title: "Linguaggio meno tecnico nelle pubblicazioni" },
      { code: "G.3.1", title: "Conferenze e comunicati stampa" },
      { code: "G.3.2", title: "Promozione dei servizi pubblici" },
      { code: "G.3.3", title: "Promozione degli eventi patrocinati" },
      { code: "G.3.4", title: "Comunicazione esterna su piattaforme condivise" },
      { code: "G.3.5", title: "Rassegna stampa in Intranet" },
      // H) Ufficio Tempi e Orari
      { code: "H.1.1", title: "Progetti su piattaforme di finanziamento" },
      { code: "H.1.2", title: "Strumenti digitali per il Distretto del Commercio" },
      { code: "H.2.1", title: "Accesso ai diritti di cittadinanza digitale" },
      { code: "H.4.1", title: "Piano territoriale degli orari" },
      { code: "H.4.2", title: "Orari di commercio e mercati" },
      // I) Ufficio Bilancio Sociale Partecipato
      { code: "I.1.1", title: "Estrazione dei dati contabili" },
      { code: "I.2.1", title: "Lettura facilitata dei dati di bilancio" },
      { code: "I.3.1", title: "Verifica dei dati estratti" },
      { code: "I.3.2", title: "Grafici dei risultati contabili" },
      // K) Sportello Unico Attività Produttive
      { code: "K.1.1", title: "Pratiche e fascicolo d'impresa" },
      { code: "K.2.1", title: "Aggiornamento del portale informativo" },
      { code: "K.2.2", title: "Assistenza ai servizi telematici" },
      { code: "K.3.1", title: "Supporto alla ricerca normativa" },
      { code: "K.4.1", title: "Front office per le imprese" },
      // L) CCIAA Cremona
      { code: "L.1.1", title: "Assistenza al Punto Impresa Digitale" },
      { code: "L.1.2", title: "Webinar per le imprese" },
      { code: "L.3.1", title: "Ricerche e proposte promozionali" },
      { code: "L.3.2", title: "Postazioni promozionali fuori sede" },
      { code: "L.4.1", title: "Customer care e questionari" },
      { code: "L.4.2", title: "Back office promozionale" },
      // M) Ufficio Manutenzione e Valorizzazione Patrimonio Storico Comunale
      { code: "M.1.1", title: "Banca dati delle segnalazioni di guasto" },
      { code: "M.3.1", title: "Fascicolo del fabbricato" },
      { code: "M.4.1", title: "Progetti di costruzione e restauro" },
    ],
  },
  {
    // 001: Comune di Milano, "Bando 2021", programme "Domani è già qui!".
    // No training or tutoring hours and no weekly minimum are given.
    code: "milano-2021-digitiamo",
    enteCode: "milano",
    title: "Digitiamo, istituzioni più vicine",
    callYear: 2021,
    sourceDocument: "001",
    annualHours: 1145,
    weeklyAverageHours: 25,
    weeklyMinimumHours: null,
    serviceDaysPerWeek: 5,
    generalTrainingHours: null,
    specificTrainingHours: null,
    tutoringHours: null,
    activities: [],
  },
  {
    // 004: Comune di Milano, "SC 2019". Only the yearly total and the
    // weekly minimum are stated; no weekly average, training or tutoring.
    code: "milano-2019-informa-mi",
    enteCode: "milano",
    title: "Informa...MI",
    callYear: 2019,
    sourceDocument: "004",
    annualHours: 1400,
    weeklyAverageHours: null,
    weeklyMinimumHours: 12,
    serviceDaysPerWeek: 5,
    generalTrainingHours: null,
    specificTrainingHours: null,
    tutoringHours: null,
    activities: [],
  },
];
