import { describe, expect, it } from "vitest";

import { PROGRAMME_CSV_HEADER, programmesCsv, programmesFilename, programmesJson } from "./export";
import type { ProgrammeView } from "./read";

const programmes: ProgrammeView[] = [
  {
    code: "1.07",
    mission: "1 - Servizi istituzionali",
    title: "Anagrafe, stato civile",
    head: "Rossi Anna",
    importedAt: "2026-11-28T09:00:00.000Z",
    indicators: [
      {
        position: 0,
        objective: "C31 - REGISTRO",
        name: 'Richieste "in linea"',
        note: "una nota",
        lines: [12],
        cells: [
          { column: 0, columnLabel: "Target", kind: "TARGET", year: null, raw: "200,00", value: 200, unit: "COUNT", status: "NUMBER", footnoteMarker: null },
          { column: 1, columnLabel: "Consuntivo o 2021", kind: "ACTUAL", year: 2021, raw: "n.d.", value: null, unit: null, status: "NOT_AVAILABLE", footnoteMarker: null },
          { column: 2, columnLabel: "Consuntivo 2022", kind: "ACTUAL", year: 2022, raw: "99,70", value: 99.7, unit: "COUNT", status: "NUMBER", footnoteMarker: null },
        ],
      },
      { position: 1, objective: null, name: "=SOMMA", note: null, lines: [14], cells: [] },
    ],
  },
];

describe("programmesCsv", () => {
  it("writes one line per cell, quoting text with commas or quotes, a dot for decimals, formulas defused", () => {
    const csv = programmesCsv(programmes);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n").slice(0, -1)).toEqual([
      PROGRAMME_CSV_HEADER.join(","),
      '1.07,"Anagrafe, stato civile",0,"Richieste ""in linea""",C31 - REGISTRO,Target,TARGET,,"200,00",200,NUMBER,COUNT',
      '1.07,"Anagrafe, stato civile",0,"Richieste ""in linea""",C31 - REGISTRO,Consuntivo o 2021,ACTUAL,2021,n.d.,,NOT_AVAILABLE,',
      '1.07,"Anagrafe, stato civile",0,"Richieste ""in linea""",C31 - REGISTRO,Consuntivo 2022,ACTUAL,2022,"99,70",99.7,NUMBER,COUNT',
      "1.07,\"Anagrafe, stato civile\",1,'=SOMMA,,,,,,,,",
    ]);
  });

  it("is the header alone when nothing is imported", () => {
    expect(programmesCsv([])).toBe(`\uFEFF${PROGRAMME_CSV_HEADER.join(",")}\r\n`);
  });
});

describe("programmesJson", () => {
  it("keeps every field and the text untouched", () => {
    expect(JSON.parse(programmesJson(programmes))).toEqual({ programmes });
  });

  it("names the files", () => {
    expect([programmesFilename("csv"), programmesFilename("json")]).toEqual(["programmi-indicatori.csv", "programmi-indicatori.json"]);
  });
});
