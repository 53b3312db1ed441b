// The public page's read of the programme indicators (issue 8, stretch), on PostgreSQL after a real
// import of the sample: what is read equals what is stored, gaps stay statuses, the downloads hold the
// same cells, and the revision the cache is keyed on moves only when the stored programmes change.
import { readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { programmesCsv } from "@/lib/programme-indicators/export";
import { applyProgrammeIndicators } from "@/lib/programme-indicators/import";
import { parseProgrammeReport } from "@/lib/programme-indicators/parse";
import { programmesRevision, readProgrammes } from "@/lib/programme-indicators/read";

import { freshDatabase, type FreshDatabase } from "./fresh-database";

const sample = readFileSync("tests/fixtures/programme-indicators-sample.txt", "utf8");
let fresh: FreshDatabase;

beforeAll(async () => {
  fresh = await freshDatabase();
});

afterAll(async () => {
  await fresh.db.$disconnect();
});

describe("programme indicators' read", () => {
  let emptyRevision: string;

  it("reads nothing before an import", async () => {
    expect(await readProgrammes(fresh.db)).toEqual([]);
    emptyRevision = await programmesRevision(fresh.db);
  });

  it("reads after the sample's import exactly what the database holds", async () => {
    await applyProgrammeIndicators(fresh.db, parseProgrammeReport(sample));
    const read = await readProgrammes(fresh.db);
    expect(read.map((programme) => programme.code)).toEqual(["1.02", "1.07", "1.08"]);

    // The same rows straight from SQL, in the page's order.
    const rows = await fresh.db.$queryRaw<
      { code: string; mission: string; title: string; head: string | null; position: number; objective: string | null; name: string; note: string | null; column: number; label: string; kind: string; year: number | null; raw: string; value: string | null; unit: string | null; status: string }[]
    >`SELECT p.code, p.mission, p.title, p.head, i.position, i.objective, i.name, i.note, c."column", c."columnLabel" AS label, c.kind::text, c.year, c.raw, c.value::text, c.unit::text, c.status::text
      FROM "Programme" p JOIN "ProgrammeIndicator" i ON i."programmeId" = p.id JOIN "ProgrammeIndicatorCell" c ON c."indicatorId" = i.id
      ORDER BY p.code, i.position, c."column"`;
    const flattened = read.flatMap((programme) =>
      programme.indicators.flatMap((indicator) =>
        indicator.cells.map((cell) => ({
          code: programme.code,
          mission: programme.mission,
          title: programme.title,
          head: programme.head,
          position: indicator.position,
          objective: indicator.objective,
          name: indicator.name,
          note: indicator.note,
          column: cell.column,
          label: cell.columnLabel,
          kind: cell.kind,
          year: cell.year,
          raw: cell.raw,
          value: cell.value === null ? null : Number(cell.value),
          unit: cell.unit,
          status: cell.status,
        })),
      ),
    );
    expect(flattened).toEqual(rows.map((row) => ({ ...row, value: row.value === null ? null : Number(row.value) })));
    expect(flattened).toHaveLength(30);

    // Figures as numbers, gaps as statuses with no value.
    const registry = read.find((programme) => programme.code === "1.07")!.indicators[0];
    expect(registry.cells.map((cell) => [cell.year, cell.value, cell.status])).toEqual([
      [null, 200, "NUMBER"],
      [2017, 213, "NUMBER"],
      [2018, 361, "NUMBER"],
      [2019, null, "NOT_AVAILABLE"],
      [2020, null, "EMPTY"],
      [2021, null, "EMPTY"],
    ]);
    expect(registry.note).toBe('Prima parte, "iscritti" a fine anno seconda parte dopo il salto pagina');
    expect(read.find((programme) => programme.code === "1.08")!.indicators[1].cells.map((cell) => cell.value)).toEqual([99, 99.4, 99.7, null, null, null]);

    // The CSV: a header, then one line per stored cell.
    expect(programmesCsv(read).trimEnd().split("\r\n")).toHaveLength(1 + rows.length);
  });

  it("keeps its revision on the same report and moves it on a change", async () => {
    const imported = await programmesRevision(fresh.db);
    expect(imported).not.toBe(emptyRevision);
    await applyProgrammeIndicators(fresh.db, parseProgrammeReport(sample));
    expect(await programmesRevision(fresh.db)).toBe(imported);
    await applyProgrammeIndicators(fresh.db, parseProgrammeReport(sample.replace("243,00", "244,00")));
    expect(await programmesRevision(fresh.db)).not.toBe(imported);
    expect((await readProgrammes(fresh.db)).find((programme) => programme.code === "1.08")!.indicators[0].cells[2]).toMatchObject({ raw: "244,00", value: 244 });
  });
});
