// Shapes of the seed data taken from the source documents in ../shared/seeds.
// Facts and figures only; descriptive prose is written anew, never copied.

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7; // ISO: 1 = Monday … 7 = Sunday

export interface SeedEnte {
  code: string; // stable slug, e.g. "cremona"
  name: string; // "Comune di Cremona"
  province: string; // "CR"
  /** Local patron saint's day: the municipality's offices close. */
  patron: { nameIt: string; nameEn: string; month: number; day: number };
}

export interface SeedActivity {
  code: string; // e.g. "D.1.1"
  title: string; // short Italian title, paraphrased
}

export interface SeedProject {
  code: string; // stable slug, e.g. "cremona-2021-…"
  enteCode: string;
  title: string; // the project's official title as in the document
  callYear: number; // year of the SCU call (bando)
  sourceDocument: "000" | "001" | "004";
  annualHours: number;
  weeklyAverageHours: number | null; // null where the document states none (004 gives only total and minimum)
  weeklyMinimumHours: number | null; // null where the document states none
  serviceDaysPerWeek: number;
  generalTrainingHours: number | null;
  specificTrainingHours: number | null;
  tutoringHours: number | null;
  /** Tutoring's split into collective and individual hours, where the document states it. */
  tutoringGroupHours?: number;
  tutoringIndividualHours?: number;
  activities: SeedActivity[];
}

export interface SeedOpeningInterval {
  weekday: Weekday;
  opens: string; // "09:00", Europe/Rome wall clock
  closes: string; // "12:30"
}

export interface SeedSede {
  scuCode: string; // SCU "codice sede", digits only, e.g. "138935"
  enteCode: string;
  projectCode: string;
  volunteerPlaces: number; // places for volunteers of that project at this desk (0 if not stated)
  name: string; // human name, normal capitalisation ("Spazio Comune")
  street: string; // "Piazza del Comune, 8"
  postalCode: string | null;
  city: string;
  phone: string | null; // as printed, e.g. "0372 407951"
  email: string | null;
  /** Service codes from SERVICE_CODES this desk offers (may be empty for back offices). */
  services: string[];
  openingHours: SeedOpeningInterval[];
  /** true when the hours are stated by a source document, false when they are a realistic assumption. */
  openingHoursFromDocument: boolean;
  openingNotesIt: string | null;
  openingNotesEn: string | null;
}

export const SERVICE_CODES = [
  "PIN_PUK",
  "SPID",
  "CIE",
  "CERTIFICATES",
  "ONLINE_SERVICES_HELP",
] as const;
export type ServiceCode = (typeof SERVICE_CODES)[number];
