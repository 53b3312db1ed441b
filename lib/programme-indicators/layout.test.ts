import { describe, expect, it } from "vitest";

import { programmeSectionId, programmeTable } from "./layout";
import { compareProgrammeCodes, type ProgrammeCell, type ProgrammeIndicatorView } from "./read";

const cell = (column: number, kind: "TARGET" | "ACTUAL", year: number | null, raw: string, value: number | null): ProgrammeCell => ({
  column,
  columnLabel: kind === "TARGET" ? "Target" : `Consuntivo ${year}`,
  kind,
  year,
  raw,
  value,
  unit: value === null ? null : "COUNT",
  status: value === null ? (raw ? "NOT_AVAILABLE" : "EMPTY") : "NUMBER",
  footnoteMarker: null,
});

const indicator = (position: number, note: string | null, cells: ProgrammeCell[]): ProgrammeIndicatorView => ({ position, objective: "C01 - PROVA", name: `indicatore ${position}`, note, lines: [position + 10], cells });

describe("programmeTable", () => {
  it("puts each indicator's values under the union of the years, a missing year apart from an empty cell", () => {
    const first = indicator(0, "prima nota", [cell(0, "TARGET", null, "50,00", 50), cell(1, "ACTUAL", 2017, "59,00", 59), cell(2, "ACTUAL", 2018, "", null)]);
    const second = indicator(1, null, [cell(0, "TARGET", null, "10,00", 10), cell(1, "ACTUAL", 2018, "n.d.", null), cell(2, "ACTUAL", 2022, "7,00", 7)]);
    const third = indicator(2, "terza nota", []);
    const layout = programmeTable({ indicators: [first, second, third] });
    expect(layout.years).toEqual([2017, 2018, 2022]);
    expect(layout.rows.map((row) => row.target?.raw ?? null)).toEqual(["50,00", "10,00", null]);
    expect(layout.rows.map((row) => row.actuals.map((actual) => actual?.raw ?? null))).toEqual([
      ["59,00", "", null],
      [null, "n.d.", "7,00"],
      [null, null, null],
    ]);
    // Only indicators with a note get a number, counted without gaps.
    expect(layout.rows.map((row) => row.note)).toEqual([1, null, 2]);
    expect(layout.notes).toEqual([
      { number: 1, text: "prima nota" },
      { number: 2, text: "terza nota" },
    ]);
  });

  it("has no years and no rows for a programme without indicators", () => {
    expect(programmeTable({ indicators: [] })).toEqual({ years: [], rows: [], notes: [] });
  });
});

describe("compareProgrammeCodes", () => {
  it("orders by mission and programme as numbers", () => {
    expect(["10.01", "1.10", "1.08", "2.01", "1.02"].sort(compareProgrammeCodes)).toEqual(["1.02", "1.08", "1.10", "2.01", "10.01"]);
  });
});

describe("programmeSectionId", () => {
  it("is a valid id, the same for the page and its links", () => {
    expect(programmeSectionId("1.07")).toBe("programme-1-07");
    expect(programmeSectionId("10.01")).toBe("programme-10-01");
  });
});
