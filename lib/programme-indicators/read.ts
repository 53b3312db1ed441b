import { createHash } from "node:crypto";

import type { DbClient } from "@/lib/db";
import type { MapCellStatus, MapCellUnit } from "@/lib/service-maps/read";

// The public page's read of the imported programmes. Everything returned is plain JSON (numbers,
// strings, ISO dates), so that it can sit in Next's data cache as it is (./cached.ts).

export interface ProgrammeCell {
  column: number;
  /** The file's own header of the column ("Consuntivo o 2021"). */
  columnLabel: string;
  kind: "TARGET" | "ACTUAL";
  /** The year of an actual value; null for the target. */
  year: number | null;
  raw: string;
  value: number | null;
  unit: MapCellUnit | null;
  status: MapCellStatus;
  footnoteMarker: string | null;
}

export interface ProgrammeIndicatorView {
  position: number;
  objective: string | null;
  name: string;
  note: string | null;
  /** 1-based lines of the report file. */
  lines: number[];
  cells: ProgrammeCell[];
}

export interface ProgrammeView {
  code: string;
  mission: string;
  title: string;
  head: string | null;
  /** ISO instant of the import that last changed the programme. */
  importedAt: string;
  indicators: ProgrammeIndicatorView[];
}

/** "1.08" before "1.10" before "10.01": by mission, then programme, as numbers. */
export function compareProgrammeCodes(a: string, b: string): number {
  const [aMission, aProgramme] = a.split(".").map(Number);
  const [bMission, bProgramme] = b.split(".").map(Number);
  return aMission - bMission || aProgramme - bProgramme || a.localeCompare(b);
}

/**
 * What the stored programmes are now, in one short read: each programme's code, content hash and last
 * write, hashed. Any import that changes, adds or removes a programme changes it; a second database
 * with the same report gets another one (its rows were written at other instants).
 */
export async function programmesRevision(db: DbClient): Promise<string> {
  const programmes = await db.programme.findMany({ select: { code: true, contentHash: true, updatedAt: true }, orderBy: { code: "asc" } });
  const text = programmes.map((programme) => `${programme.code}:${programme.contentHash}:${programme.updatedAt.toISOString()}`).join("|");
  return createHash("sha256").update(text).digest("hex");
}

/** Every imported programme with its indicators (in report order) and their cells (in column order). */
export async function readProgrammes(db: DbClient): Promise<ProgrammeView[]> {
  const programmes = await db.programme.findMany({
    select: {
      code: true,
      mission: true,
      title: true,
      head: true,
      updatedAt: true,
      indicators: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          objective: true,
          name: true,
          note: true,
          lines: true,
          cells: { orderBy: { column: "asc" }, select: { column: true, columnLabel: true, kind: true, year: true, raw: true, value: true, unit: true, status: true, footnoteMarker: true } },
        },
      },
    },
  });
  return programmes
    .sort((a, b) => compareProgrammeCodes(a.code, b.code))
    .map((programme) => ({
      code: programme.code,
      mission: programme.mission,
      title: programme.title,
      head: programme.head,
      importedAt: programme.updatedAt.toISOString(),
      indicators: programme.indicators.map((indicator) => ({
        ...indicator,
        cells: indicator.cells.map((cell) => ({ ...cell, value: cell.value === null ? null : cell.value.toNumber() })),
      })),
    }));
}
