import { describe, expect, it } from "vitest";

import { parseCell, parseItalianNumber } from "./parse-number";
import { parseStaff } from "./staff";

describe("Italian numbers", () => {
  it.each([
    ["7.783", "7783"],
    ["2.295.892", "2295892"],
    ["215,12", "215.12"],
    ["225,00", "225"],
    ["0,5", "0.5"],
    ["54641", "54641"],
    ["-3,25", "-3.25"],
    ["+12", "12"],
    ["-0", "0"],
    ["007", "7"],
  ])("%s is %s", (text, value) => {
    expect(parseItalianNumber(text)).toBe(value);
  });

  it.each(["1.5", "12.34.567", "7,783.5", "abc", "", "1 2", "1.2345"])("%s is not one", (text) => {
    expect(parseItalianNumber(text)).toBeNull();
  });
});

describe("cells", () => {
  it("reads counts, percentages and euro amounts", () => {
    expect(parseCell("10.431")).toMatchObject({ status: "NUMBER", value: "10431", unit: "COUNT" });
    expect(parseCell("81%")).toMatchObject({ status: "NUMBER", value: "81", unit: "PERCENT" });
    expect(parseCell("100,00%")).toMatchObject({ status: "NUMBER", value: "100", unit: "PERCENT" });
    expect(parseCell("€ 3.644.607")).toMatchObject({ status: "NUMBER", value: "3644607", unit: "EURO" });
    expect(parseCell("88.473,68 €")).toMatchObject({ status: "NUMBER", value: "88473.68", unit: "EURO" });
    expect(parseCell("-12,5 %")).toMatchObject({ status: "NUMBER", value: "-12.5", unit: "PERCENT" });
  });

  it("keeps the raw text, trimmed, and the footnote marker apart from the value", () => {
    expect(parseCell(" 876* ")).toEqual({ raw: "876*", status: "NUMBER", value: "876", unit: "COUNT", footnoteMarker: "*" });
    expect(parseCell("10.390**")).toMatchObject({ value: "10390", footnoteMarker: "**" });
    expect(parseCell("9.027****")).toMatchObject({ value: "9027", footnoteMarker: "****" });
    expect(parseCell("n.d.*")).toMatchObject({ status: "NOT_AVAILABLE", footnoteMarker: "*" });
  });

  it.each(["n.d.", "nd", "N.D.", "n.d", "ND", "n/d"])("%s is not available", (text) => {
    expect(parseCell(text)).toMatchObject({ raw: text, status: "NOT_AVAILABLE", value: null, unit: null });
  });

  it.each(["/", "//"])("%s is not applicable", (text) => {
    expect(parseCell(text)).toMatchObject({ status: "NOT_APPLICABLE", value: null, unit: null });
  });

  it("leaves words and mixed figures as text, and blanks as empty", () => {
    expect(parseCell("non realizzate")).toMatchObject({ status: "TEXT", value: null, unit: null });
    expect(parseCell("75.833 (9.735 RBC 65.298 RBBC)")).toMatchObject({ status: "TEXT", value: null });
    expect(parseCell("gg ritardo -12,38")).toMatchObject({ status: "TEXT" });
    expect(parseCell("X")).toMatchObject({ status: "TEXT" });
    expect(parseCell("*")).toMatchObject({ status: "TEXT", footnoteMarker: null });
    expect(parseCell("   ")).toEqual({ raw: "", status: "EMPTY", value: null, unit: null, footnoteMarker: null });
  });
});

describe("staff", () => {
  it("reads a figure, a decimal, a figure with a note in brackets and a sum", () => {
    expect(parseStaff("29")).toEqual({ value: "29", status: "NUMBER" });
    expect(parseStaff("0,5")).toEqual({ value: "0.5", status: "NUMBER" });
    expect(parseStaff("2,4")).toEqual({ value: "2.4", status: "NUMBER" });
    expect(parseStaff("157 (di cui 30 ditta esterna)")).toEqual({ value: "157", status: "NUMBER" });
    expect(parseStaff("1 + 2 esterni")).toEqual({ value: "3", status: "NUMBER" });
    expect(parseStaff("1,5 + 0,25")).toEqual({ value: "1.75", status: "NUMBER" });
  });

  it("leaves sentences as text", () => {
    expect(parseStaff("4 unità interne + 49 della ditta. Altro personale per la mensa.")).toEqual({ value: null, status: "TEXT" });
    expect(parseStaff("n.d.")).toEqual({ value: null, status: "NOT_AVAILABLE" });
  });
});
