import type { Db } from "@/lib/db";

/** The five kinds of visitor every staff action and page is tried as. */
export const ACTORS = ["anonymous", "otherDeskVolunteer", "volunteer", "olp", "admin"] as const;
export type Actor = (typeof ACTORS)[number];

export type Outcome = "allowed" | "sign-in" | "forbidden";

export interface MatrixContext {
  db: Db;
  /** Desk 138935 "Spazio Comune": the volunteer's desk, supervised by the OLP. */
  deskId: string;
  /** Creates a volunteer at desk 138935 to act on (a fresh one per call, so calls do not interfere). */
  newVolunteer(): Promise<string>;
}

/** The e-mail of the seeded user each actor signs in as (the other-desk volunteer is added by the test). */
export const ACTOR_EMAILS: Record<Exclude<Actor, "anonymous">, string> = {
  otherDeskVolunteer: "altra.sede@sportello.demo",
  volunteer: "volontaria@sportello.demo",
  olp: "olp@sportello.demo",
  admin: "admin@sportello.demo",
};
