import { describe, expect, it } from "vitest";

import { fiscalCodeCheckCharacter, parseFiscalCode } from "./fiscal-code";

describe("parseFiscalCode", () => {
  it("accepts valid codes in any case and with spaces", () => {
    // The Agenzia delle Entrate's own example, and a woman's code (day + 40).
    expect(parseFiscalCode("RSSMRA85T10A562S")).toEqual({ ok: true, value: "RSSMRA85T10A562S" });
    expect(parseFiscalCode(" rssmra80a41d150n ")).toEqual({ ok: true, value: "RSSMRA80A41D150N" });
    expect(parseFiscalCode("RSS MRA 85T10 A562S")).toEqual({ ok: true, value: "RSSMRA85T10A562S" });
  });

  it("accepts a code with omocodia (digits replaced by letters)", () => {
    const first15 = "RSSMRA85T10A56N";
    expect(parseFiscalCode(first15 + fiscalCodeCheckCharacter(first15)).ok).toBe(true);
  });

  it("refuses a wrong check character, as a typo in any position gives", () => {
    expect(parseFiscalCode("RSSMRA85T10A562T")).toEqual({ ok: false, problem: "check" });
    expect(parseFiscalCode("RSSMRA85T10A563S")).toEqual({ ok: false, problem: "check" });
  });

  it("refuses anything that is not shaped like a codice fiscale", () => {
    for (const input of ["", "RSSMRA85T10A562", "RSSMRA85T10A562SS", "12345678901", "RSSMRA85Z10A562S", "RSSMRA85T10A5620"]) {
      expect(parseFiscalCode(input)).toEqual({ ok: false, problem: "shape" });
    }
  });
});
