import { randomUUID } from "node:crypto";

import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentHash } from "@/lib/service-maps/plan";

import type { ParsedProgramme, ParsedReport } from "./parse";

export interface ProgrammeImportResult {
  changed: boolean;
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
}

/** What importing the report would change, by programme code. Writes nothing. */
export async function previewProgrammeIndicators(db: Pick<Db, "programme">, report: ParsedReport): Promise<ProgrammeImportResult> {
  const stored = await db.programme.findMany({ select: { id: true, code: true, contentHash: true } });
  return classify(report.programmes, stored);
}

function classify(parsed: ParsedProgramme[], stored: { code: string; contentHash: string }[]): ProgrammeImportResult {
  const byCode = new Map(stored.map((programme) => [programme.code, programme]));
  const codes = new Set(parsed.map((programme) => programme.code));
  const added: string[] = [];
  const updated: string[] = [];
  let unchanged = 0;
  for (const programme of parsed) {
    const existing = byCode.get(programme.code);
    if (!existing) added.push(programme.code);
    else if (existing.contentHash !== contentHash(programme)) updated.push(programme.code);
    else unchanged++;
  }
  const removed = stored.filter((programme) => !codes.has(programme.code)).map((programme) => programme.code);
  return { changed: added.length + updated.length + removed.length > 0, added, updated, removed, unchanged };
}

/**
 * Applies the report's citizen-service programmes in one transaction, matched by code: the same report
 * again writes nothing; a changed programme keeps its id and gets its indicators anew.
 */
export async function applyProgrammeIndicators(db: Db, report: ParsedReport): Promise<ProgrammeImportResult> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('programme-indicators-import'))`;
      const stored = await tx.programme.findMany({ select: { id: true, code: true, contentHash: true } });
      const result = classify(report.programmes, stored);
      if (!result.changed) return result;
      const idByCode = new Map(stored.map((programme) => [programme.code, programme.id]));
      if (result.removed.length > 0) await tx.programme.deleteMany({ where: { code: { in: result.removed } } });
      const write = new Set([...result.added, ...result.updated]);
      const indicators: Prisma.ProgrammeIndicatorCreateManyInput[] = [];
      const cells: Prisma.ProgrammeIndicatorCellCreateManyInput[] = [];
      for (const programme of report.programmes.filter((item) => write.has(item.code))) {
        const data = {
          mission: programme.mission,
          title: programme.title,
          head: programme.head,
          firstLine: programme.firstLine,
          lastLine: programme.lastLine,
          contentHash: contentHash(programme),
        };
        let id = idByCode.get(programme.code);
        if (id) {
          await tx.programme.update({ where: { id }, data });
          await tx.programmeIndicator.deleteMany({ where: { programmeId: id } });
        } else {
          id = randomUUID();
          await tx.programme.create({ data: { id, code: programme.code, ...data } });
        }
        for (const indicator of programme.indicators) {
          const indicatorId = randomUUID();
          indicators.push({ id: indicatorId, programmeId: id, position: indicator.position, objective: indicator.objective, name: indicator.name, note: indicator.note, lines: indicator.lines });
          for (const cell of indicator.cells) cells.push({ indicatorId, ...cell });
        }
      }
      if (indicators.length > 0) await tx.programmeIndicator.createMany({ data: indicators });
      if (cells.length > 0) await tx.programmeIndicatorCell.createMany({ data: cells });
      return result;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
