import { audit } from "@/lib/audit/audit";
import type { Db } from "@/lib/db";

import type { DeskDetails } from "./schema";

/** The desk's details as the form shows them. */
export async function loadDeskDetails(db: Db, sedeId: string): Promise<Record<keyof DeskDetails, string>> {
  const desk = await db.sede.findUniqueOrThrow({ where: { id: sedeId } });
  return {
    name: desk.name,
    street: desk.street,
    postalCode: desk.postalCode ?? "",
    city: desk.city,
    phone: desk.phone ?? "",
    email: desk.email ?? "",
    openingNotesIt: desk.openingNotesIt ?? "",
    openingNotesEn: desk.openingNotesEn ?? "",
  };
}

/** Saves the desk's public details; the public desk page and later mails show them at once. */
export async function saveDeskDetails(db: Db, input: DeskDetails & { sedeId: string; actorId: string }): Promise<void> {
  await db.sede.update({
    where: { id: input.sedeId },
    data: {
      name: input.name,
      street: input.street,
      postalCode: input.postalCode ?? null,
      city: input.city,
      phone: input.phone ?? null,
      email: input.email ?? null,
      openingNotesIt: input.openingNotesIt ?? null,
      openingNotesEn: input.openingNotesEn ?? null,
    },
  });
  await audit(db, { actorId: input.actorId, action: "desk.update_details", entityType: "Sede", entityId: input.sedeId });
}
