import { audit } from "@/lib/audit/audit";
import type { Db, DbClient } from "@/lib/db";
import { violates } from "@/lib/db-errors";

import type { NewDesk } from "./schema";

export interface DeskCreationChoices {
  entes: { id: string; name: string }[];
  /** Every project, with its ente: the form offers those of the chosen ente. */
  projects: { id: string; title: string; enteId: string }[];
  /** Active OLPs who can supervise the new desk from the start. */
  olps: { id: string; name: string }[];
}

/** What the new-desk form offers to choose from. */
export async function deskCreationChoices(db: DbClient): Promise<DeskCreationChoices> {
  const [entes, projects, olps] = await Promise.all([
    db.ente.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.project.findMany({ orderBy: [{ callYear: "desc" }, { title: "asc" }], select: { id: true, title: true, enteId: true } }),
    db.user.findMany({ where: { role: "OLP", active: true }, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true } }),
  ]);
  return { entes, projects, olps };
}

export type CreateDeskResult =
  | { ok: true; id: string; scuCode: string }
  | { ok: false; reason: "scu_code_taken" | "ente_not_found" | "project_other_ente" | "olp_invalid" | "project_repeated" };

/**
 * Creates a desk with its projects and, if chosen, its OLP, in one transaction, audited. The desk
 * starts with no opening hours, services or workstations: the desk administration page adds them, and
 * until then the public page says it offers nothing and booking shows no free times. PostgreSQL has
 * the last word on the SCU code (unique) and on the projects (of the desk's ente, trigger
 * `ProjectSede_same_ente`): a racing creation with the same code is answered "scu_code_taken".
 */
export async function createDesk(db: Db, input: NewDesk & { actorId: string }): Promise<CreateDeskResult> {
  const projectIds = input.projects.map((project) => project.projectId);
  if (new Set(projectIds).size !== projectIds.length) return { ok: false, reason: "project_repeated" };
  try {
    return await db.$transaction(async (tx) => {
      const ente = await tx.ente.findUnique({ where: { id: input.enteId }, select: { id: true } });
      if (!ente) return { ok: false, reason: "ente_not_found" } as const;
      const ofEnte = await tx.project.count({ where: { id: { in: projectIds }, enteId: input.enteId } });
      if (ofEnte !== projectIds.length) return { ok: false, reason: "project_other_ente" } as const;
      if (input.olpId && (await tx.user.count({ where: { id: input.olpId, role: "OLP", active: true } })) === 0) {
        return { ok: false, reason: "olp_invalid" } as const;
      }
      const desk = await tx.sede.create({
        data: {
          scuCode: input.scuCode,
          enteId: input.enteId,
          name: input.name,
          street: input.street,
          postalCode: input.postalCode ?? null,
          city: input.city,
          phone: input.phone ?? null,
          email: input.email ?? null,
          openingNotesIt: input.openingNotesIt ?? null,
          openingNotesEn: input.openingNotesEn ?? null,
          projects: { create: input.projects.map((project) => ({ projectId: project.projectId, volunteerPlaces: project.volunteerPlaces })) },
          users: input.olpId ? { create: { userId: input.olpId } } : undefined,
        },
        select: { id: true, scuCode: true },
      });
      await audit(tx, {
        actorId: input.actorId,
        action: "desk.create",
        entityType: "Sede",
        entityId: desk.id,
        metadata: { enteId: input.enteId, projects: projectIds.length, olpId: input.olpId ?? null },
      });
      return { ok: true, id: desk.id, scuCode: desk.scuCode } as const;
    });
  } catch (error) {
    if (violates(error, "Sede_scuCode_key")) return { ok: false, reason: "scu_code_taken" };
    if (violates(error, "ProjectSede_same_ente")) return { ok: false, reason: "project_other_ente" };
    throw error;
  }
}
