import { describe, expect, it } from "vitest";

import { parseCatalogueQuery, scuCodeSchema } from "./schema";

describe("scuCodeSchema", () => {
  it("accepts SCU site codes and nothing else", () => {
    expect(scuCodeSchema.safeParse("138935").success).toBe(true);
    expect(scuCodeSchema.safeParse("91058").success).toBe(true);
    for (const bad of ["", "12", "138935a", "../etc", "1389351234", " 138935"]) {
      expect(scuCodeSchema.safeParse(bad).success).toBe(false);
    }
  });
});

describe("parseCatalogueQuery", () => {
  it("trims the text and drops an empty one", () => {
    expect(parseCatalogueQuery({ q: "  spid  " })).toEqual({ success: true, data: { q: "spid" } });
    expect(parseCatalogueQuery({ q: "   " })).toEqual({ success: true, data: {} });
    expect(parseCatalogueQuery({})).toEqual({ success: true, data: {} });
  });

  it("accepts a service code, and reads the form's empty \"all services\" as no filter", () => {
    expect(parseCatalogueQuery({ servizio: "PIN_PUK" })).toEqual({ success: true, data: { servizio: "PIN_PUK" } });
    expect(parseCatalogueQuery({ q: "", servizio: "" })).toEqual({ success: true, data: {} });
  });

  it("ignores parameters it does not know", () => {
    expect(parseCatalogueQuery({ q: "spid", utm_source: "newsletter" })).toEqual({ success: true, data: { q: "spid" } });
  });

  it("refuses malformed input with a message key, never throwing", () => {
    expect(parseCatalogueQuery({ q: "x".repeat(101) })).toEqual({ success: false, error: "errors.queryTooLong" });
    expect(parseCatalogueQuery({ servizio: "spid" })).toEqual({ success: false, error: "errors.invalidServiceCode" });
    expect(parseCatalogueQuery({ q: ["a", "b"] })).toEqual({ success: false, error: "errors.repeatedParameter" });
    expect(parseCatalogueQuery({ servizio: "SPID\u0000" })).toEqual({ success: false, error: "errors.invalidServiceCode" });
  });
});
