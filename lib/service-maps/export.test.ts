import { describe, expect, it } from "vitest";

import { exportFilename, mapCsv, mapJson } from "./export";
import type { ServiceMapView } from "./read";

const map: ServiceMapView = {
  slug: "impegni",
  title: "IMPEGNI",
  position: 3,
  office: { slug: "monteverdi-federica", head: "MONTEVERDI FEDERICA" },
  headRaw: "MONTEVERDI FEDERICA",
  managementForms: ["DIRECT", "MIXED"],
  managementNote: "Mista: supporto consulenziale",
  staff: { raw: "1,5", value: 1.5, status: "NUMBER" },
  importedAt: "2026-11-28T09:00:00.000Z",
  tables: [
    {
      kind: "OUTPUTS",
      position: 2,
      title: "Tipologia",
      columns: ["31/12/2022", "31/12/2023"],
      years: [2022, 2023],
      footnotes: [{ marker: "*", text: "nota" }],
      rows: [
        {
          key: "2-0",
          label: "valore impegni, verificati",
          labelRaw: "valore impegni, verificati",
          footnoteMarker: null,
          cells: [
            { column: 0, columnLabel: "31/12/2022", year: 2022, raw: "€ 847.968,50", value: 847968.5, unit: "EURO", status: "NUMBER", footnoteMarker: null },
            { column: 1, columnLabel: "31/12/2023", year: 2023, raw: "N.D.", value: null, unit: null, status: "NOT_AVAILABLE", footnoteMarker: null },
          ],
        },
        {
          key: "2-1",
          label: "quota",
          labelRaw: "quota",
          footnoteMarker: null,
          cells: [
            { column: 0, columnLabel: "31/12/2022", year: 2022, raw: "876*", value: 876, unit: "COUNT", status: "NUMBER", footnoteMarker: "*" },
            { column: 1, columnLabel: "31/12/2023", year: 2023, raw: "", value: null, unit: null, status: "EMPTY", footnoteMarker: null },
          ],
        },
      ],
    },
    {
      kind: "SEGMENTATION_CRITERIA",
      position: 3,
      title: "Criteri",
      columns: [],
      years: [],
      footnotes: [],
      rows: [{ key: "3-0", label: '=HYPERLINK("x") "detto"', labelRaw: '=HYPERLINK("x") "detto"', footnoteMarker: null, cells: [] }],
    },
  ],
};

describe("mapCsv", () => {
  const csv = mapCsv(map);
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n");

  it("starts with a BOM and a header of codes, and ends every line with CRLF", () => {
    expect(csv.startsWith("\uFEFFmap,table,table_position,row,column,year,raw,value,status,unit\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes one line per cell: raw text, the value with a dot, status and unit; quotes commas", () => {
    expect(lines[1]).toBe('impegni,OUTPUTS,2,"valore impegni, verificati",31/12/2022,2022,"€ 847.968,50",847968.5,NUMBER,EURO');
    expect(lines[2]).toBe('impegni,OUTPUTS,2,"valore impegni, verificati",31/12/2023,2023,N.D.,,NOT_AVAILABLE,');
    expect(lines[3]).toBe("impegni,OUTPUTS,2,quota,31/12/2022,2022,876*,876,NUMBER,COUNT");
    expect(lines[4]).toBe("impegni,OUTPUTS,2,quota,31/12/2023,2023,,,EMPTY,");
  });

  it("gives a row without value columns one line, and defuses text that a spreadsheet would run", () => {
    expect(lines[5]).toBe(`impegni,SEGMENTATION_CRITERIA,3,"'=HYPERLINK(""x"") ""detto""",,,,,,`);
  });

  it("adds the staff figure when no STAFF table holds it", () => {
    expect(lines[6]).toBe("impegni,STAFF,,Personale,,,\"1,5\",1.5,NUMBER,COUNT");
    expect(lines).toHaveLength(8);
  });
});

describe("mapJson", () => {
  it("keeps the text as written and the values as numbers", () => {
    const json = JSON.parse(mapJson(map));
    expect(json.tables[1].rows[0].label).toBe('=HYPERLINK("x") "detto"');
    expect(json.tables[0].rows[0].cells[0]).toMatchObject({ raw: "€ 847.968,50", value: 847968.5, unit: "EURO" });
    expect(json.staff).toEqual({ raw: "1,5", value: 1.5, status: "NUMBER" });
  });
});

describe("exportFilename", () => {
  it("names the file after the map", () => {
    expect(exportFilename(map, "csv")).toBe("mappa-impegni.csv");
  });
});
