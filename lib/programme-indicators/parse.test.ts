import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { parseProgrammeReport } from "./parse";

// The report's layouts, with figures of the real report and descriptions written for the test.
const T = "\t";
const HEADER = ["Indicatore di Impatto", "Target", "Consuntivo 2017", "Consuntivo 2018", "Consuntivo 2019", "Consuntivo 2020", "Consuntivo o 2021", "Note"].join(T);
const sample = [
  "Missione 1 - Servizi istituzionali, generali e di gestione",
  "",
  "Programma 1.02 - Segreteria generale",
  "",
  "Responsabile del Programma Di Girolamo Gabriella",
  "",
  "Obiettivo Operativo DUP**C03 - PROGETTO SPORTELLO POLIFUNZIONALE****Responsabile Politico**",
  "",
  HEADER,
  ["Percentuale dei procedimenti telematici", "98,00", "98,00", "98,00", "", "", "", "nota di prova"].join(T),
  "",
  HEADER,
  ["", "", "", "", "", "", "", "che continua"].join(T),
  "",
  HEADER,
  "Finalità testo di prova senza righe",
  "",
  "Missione",
  "",
  "1 - Servizi istituzionali, generali e di gestione",
  "",
  "Programma",
  "",
  "1.07 - Elezioni e consultazioni popolari - Anagrafe e stato civile",
  "",
  "Responsabile del Programma",
  "",
  "Di Girolamo Gabriella",
  "",
  "Obiettivo Operativo DUP",
  "",
  "C31 - REGISTRO TESTAMENTI BIOLOGICI",
  "",
  HEADER.replace("Consuntivo o 2021", "Consuntiv o 2021"),
  ["----", "----", "----", "----", "----", "----", "----", "----"].join(T),
  HEADER,
  ["Testamenti biologici presentati", "200,00", "213,00", "361,00", "n.d.", "", "", ""].join(T),
  "",
  `Missione${T}3 - Ordine pubblico e sicurezza`,
  `Programma${T}3.01 - Polizia locale e amministrativa`,
  HEADER,
  ["Controlli di prova", "10,00", "12,00", "", "", "", "", ""].join(T),
].join("\n");

describe("the programme report", () => {
  const report = parseProgrammeReport(sample);

  it("reads programmes in the three layouts and keeps only the citizen-service ones", () => {
    expect(report.allProgrammes).toEqual([
      { code: "1.02", title: "Segreteria generale", indicators: 1, imported: true },
      { code: "1.07", title: "Elezioni e consultazioni popolari - Anagrafe e stato civile", indicators: 1, imported: true },
      { code: "3.01", title: "Polizia locale e amministrativa", indicators: 1, imported: false },
    ]);
    expect(report.programmes.map((programme) => [programme.code, programme.mission, programme.head])).toEqual([
      ["1.02", "1 - Servizi istituzionali, generali e di gestione", "Di Girolamo Gabriella"],
      ["1.07", "1 - Servizi istituzionali, generali e di gestione", "Di Girolamo Gabriella"],
    ]);
    expect(report.programmes[0].lastLine).toBeLessThan(report.programmes[1].firstLine);
  });

  it("reads an indicator's target and actual values, its objective, and a note continued after a page break", () => {
    const [indicator] = report.programmes[0].indicators;
    expect(indicator).toMatchObject({ objective: "C03 - PROGETTO SPORTELLO POLIFUNZIONALE", name: "Percentuale dei procedimenti telematici", note: "nota di prova che continua", lines: [10, 13] });
    expect(indicator.cells.map((cell) => [cell.kind, cell.year, cell.raw, cell.value, cell.status])).toEqual([
      ["TARGET", null, "98,00", "98", "NUMBER"],
      ["ACTUAL", 2017, "98,00", "98", "NUMBER"],
      ["ACTUAL", 2018, "98,00", "98", "NUMBER"],
      ["ACTUAL", 2019, "", null, "EMPTY"],
      ["ACTUAL", 2020, "", null, "EMPTY"],
      ["ACTUAL", 2021, "", null, "EMPTY"],
    ]);
  });

  it("skips a dashed row and a header without a row; reads a misspelt actual column's year", () => {
    const [indicator] = report.programmes[1].indicators;
    expect(indicator).toMatchObject({ objective: "C31 - REGISTRO TESTAMENTI BIOLOGICI", name: "Testamenti biologici presentati" });
    expect(indicator.cells.find((cell) => cell.year === 2019)).toMatchObject({ raw: "n.d.", status: "NOT_AVAILABLE" });
    expect(report.unreadIndicatorLines).toEqual([]);
  });
});

const realFile = path.resolve(import.meta.dirname, "../..", process.env.PROGRAMME_REPORT_FILE || "../shared/seeds/003_8df21da1538a311c.txt");
const real = existsSync(realFile) ? parseProgrammeReport(readFileSync(realFile, "utf8")) : null;
if (!real) console.warn(`Programme indicators: ${realFile} is missing, so the tests on the real report are skipped.`);

describe.skipIf(!real)("the municipality's report", () => {
  const report = real!;

  it("has 40 programmes; the three citizen-service ones hold 18 indicators", () => {
    expect(report.allProgrammes).toHaveLength(40);
    expect(report.programmes.map((programme) => [programme.code, programme.indicators.length])).toEqual([
      ["1.02", 11],
      ["1.07", 1],
      ["1.08", 6],
    ]);
    expect(report.unreadIndicatorLines).toEqual([]);
  });

  it("hand-picked indicators", () => {
    const find = (code: string, name: string) => report.programmes.find((programme) => programme.code === code)!.indicators.find((indicator) => indicator.name.startsWith(name))!;
    const sportello = find("1.02", "Percentuale dei procedimenti telematici attivati con lo sportello polifunzionale");
    expect(sportello.objective).toBe("C03 - PROGETTO SPORTELLO POLIFUNZIONALE");
    expect(sportello.cells.filter((cell) => cell.status === "NUMBER").map((cell) => [cell.columnLabel, cell.value])).toEqual([
      ["Target", "98"],
      ["Consuntivo 2017", "98"],
      ["Consuntivo 2018", "98"],
    ]);
    const wills = find("1.07", "Testamenti biologici presentati");
    expect(wills.lines).toHaveLength(2);
    expect(wills.cells.find((cell) => cell.year === 2018)).toMatchObject({ raw: "361,00", value: "361" });
    expect(find("1.08", "Percentuale tempo di funzionamento").cells.find((cell) => cell.year === 2017)).toMatchObject({ value: "99.4" });
    const company = report.allProgrammes.find((programme) => programme.code === "1.03");
    expect(company).toMatchObject({ imported: false, indicators: 12 });
  });
});
