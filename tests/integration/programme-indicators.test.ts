// The programme report's citizen-service indicators on a real database: imported once, the same report
// again writes nothing, a changed figure rewrites its programme in place, PostgreSQL keeps the cell rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { applyProgrammeIndicators, previewProgrammeIndicators } from "@/lib/programme-indicators/import";
import { parseProgrammeReport } from "@/lib/programme-indicators/parse";

import { freshDatabase, type FreshDatabase } from "./fresh-database";
import { refusal } from "./refusal";

const T = "\t";
const HEADER = ["Indicatore di Impatto", "Target", "Consuntivo 2017", "Consuntivo 2018", "Note"].join(T);
const report = (actual2018: string) =>
  [
    "Missione 1 - Servizi istituzionali, generali e di gestione",
    "Programma 1.07 - Elezioni e consultazioni popolari - Anagrafe e stato civile",
    "Responsabile del Programma Di Girolamo Gabriella",
    "Obiettivo Operativo DUP C31 - REGISTRO",
    HEADER,
    ["Testamenti biologici presentati", "200,00", "213,00", actual2018, "nota"].join(T),
    "Programma 3.01 - Polizia locale e amministrativa",
    HEADER,
    ["Controlli di prova", "10,00", "12,00", "", ""].join(T),
  ].join("\n");

let fresh: FreshDatabase;
beforeAll(async () => {
  fresh = await freshDatabase();
});
afterAll(async () => {
  await fresh.db.$disconnect();
});

const state = async () => ({
  programmes: await fresh.db.programme.findMany({ select: { id: true, code: true, updatedAt: true }, orderBy: { code: "asc" } }),
  indicators: await fresh.db.programmeIndicator.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
  cells: await fresh.db.programmeIndicatorCell.count(),
});

describe("programme indicators", () => {
  it("imports the citizen-service programmes only, then finds no change", async () => {
    expect(await applyProgrammeIndicators(fresh.db, parseProgrammeReport(report("361,00")))).toMatchObject({ changed: true, added: ["1.07"] });
    const cell = await fresh.db.programmeIndicatorCell.findFirstOrThrow({ where: { year: 2018 } });
    expect([cell.kind, cell.raw, cell.value?.toString(), cell.status]).toEqual(["ACTUAL", "361,00", "361", "NUMBER"]);
    expect(await fresh.db.programme.count({ where: { code: "3.01" } })).toBe(0);
    const before = await state();
    expect(await applyProgrammeIndicators(fresh.db, parseProgrammeReport(report("361,00")))).toMatchObject({ changed: false, unchanged: 1 });
    expect(await state()).toEqual(before);
  });

  it("previews and applies a changed figure in place", async () => {
    const before = await state();
    const changed = parseProgrammeReport(report("n.d."));
    expect(await previewProgrammeIndicators(fresh.db, changed)).toMatchObject({ changed: true, updated: ["1.07"] });
    expect(await state()).toEqual(before);
    await applyProgrammeIndicators(fresh.db, changed);
    const after = await state();
    expect(after.programmes[0].id).toBe(before.programmes[0].id);
    expect(await fresh.db.programmeIndicatorCell.findFirstOrThrow({ where: { year: 2018 } })).toMatchObject({ raw: "n.d.", status: "NOT_AVAILABLE", value: null });
  });

  it("an actual value has a year, a target none; a number has a value", async () => {
    const indicator = await fresh.db.programmeIndicator.findFirstOrThrow();
    const cell = (data: object) =>
      fresh.db.programmeIndicatorCell.create({ data: { indicatorId: indicator.id, column: 30, columnLabel: "Consuntivo 2019", kind: "ACTUAL", year: 2019, raw: "5", value: "5", unit: "COUNT", status: "NUMBER", ...data } });
    expect((await refusal(() => cell({ year: null }))).constraint).toBe("ProgrammeIndicatorCell_year");
    expect((await refusal(() => cell({ kind: "TARGET" }))).constraint).toBe("ProgrammeIndicatorCell_year");
    expect((await refusal(() => cell({ value: null }))).constraint).toBe("ProgrammeIndicatorCell_number_has_value");
  });
});
