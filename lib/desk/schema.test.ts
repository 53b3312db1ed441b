import { describe, expect, it } from "vitest";

import { isDocumentNumber } from "./document-number";
import { checkInSchema, looksPersonal, outcomeSchema, walkInSchema } from "./schema";

const visitId = "6f1c2a4e-8b7d-4c3e-9a1f-2b3c4d5e6f70";

describe("checkInSchema", () => {
  it("takes the code as typed, as read from the QR code, or at the end of a link", () => {
    for (const input of ["7kq2m9xd4tnbz3hc", " 7KQ2-M9XD-4TNB-Z3HC ", "https://sportello.example/prenotazione?codice=7KQ2-M9XD-4TNB-Z3HC"]) {
      expect(checkInSchema.parse({ code: input })).toEqual({ code: "7KQ2-M9XD-4TNB-Z3HC" });
    }
  });
  it("refuses what is not a code, with a message key", () => {
    const result = checkInSchema.safeParse({ code: "1234" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("deskWork.errors.codeInvalid");
  });
});

describe("walkInSchema", () => {
  it("tidies the name and refuses an empty or too long one", () => {
    expect(walkInSchema.parse({ serviceCode: "PIN_PUK", name: "  Dario   Verdi " })).toEqual({ serviceCode: "PIN_PUK", name: "Dario Verdi" });
    expect(walkInSchema.safeParse({ serviceCode: "PIN_PUK", name: " " }).error?.issues[0].message).toBe("deskWork.errors.nameRequired");
    expect(walkInSchema.safeParse({ serviceCode: "PIN_PUK", name: "A".repeat(121) }).error?.issues[0].message).toBe("deskWork.errors.nameTooLong");
    expect(walkInSchema.safeParse({ serviceCode: "", name: "Dario" }).error?.issues[0].message).toBe("deskWork.errors.serviceRequired");
  });
});

describe("outcomeSchema", () => {
  it("asks for a reason when not possible and for autonomy when served, and drops what does not apply", () => {
    expect(outcomeSchema.safeParse({ visitId, outcome: "NOT_POSSIBLE" }).error?.issues[0].path).toEqual(["reason"]);
    expect(outcomeSchema.safeParse({ visitId, outcome: "PARTIAL", reason: "" }).error?.issues[0].path).toEqual(["autonomy"]);
    expect(outcomeSchema.parse({ visitId, outcome: "NO_SHOW", autonomy: "ALONE", reason: "OTHER", notes: "" })).toEqual({
      visitId,
      outcome: "NO_SHOW",
      reason: undefined,
      autonomy: undefined,
      notes: undefined,
    });
    expect(outcomeSchema.safeParse({ visitId, outcome: "COMPLETED", autonomy: "ALONE", notes: "x".repeat(501) }).error?.issues[0].message).toBe(
      "deskWork.errors.notesTooLong",
    );
  });
});

describe("looksPersonal", () => {
  it("catches e-mails, codici fiscali, phone and document numbers in notes, not ordinary words or times", () => {
    for (const text of ["scrivere a mario.rossi@example.org", "CF RSSMRA85T10A562S", "tel. 333 123 4567", "CIE CA12345AB", "num 0372407951"]) {
      expect(looksPersonal(text), text).toBe(true);
    }
    for (const text of ["Mancava la tessera sanitaria, torna giovedì alle 10:30", "SPID con PosteID, primo accesso riuscito", "ha fatto 3 tentativi su 5"]) {
      expect(looksPersonal(text), text).toBe(false);
    }
  });
  it("refuses such notes in the outcome form", () => {
    expect(outcomeSchema.safeParse({ visitId, outcome: "COMPLETED", autonomy: "ALONE", notes: "tel 3331234567" }).error?.issues[0].message).toBe(
      "deskWork.errors.notesPersonalData",
    );
  });
});

describe("isDocumentNumber", () => {
  it("knows the shapes of Italian identity documents, ignoring case and spaces", () => {
    expect(isDocumentNumber("CIE", "ca 12345 ab")).toBe(true);
    expect(isDocumentNumber("CIE", "CA1234AB")).toBe(false);
    expect(isDocumentNumber("PAPER_ID", "AY1234567")).toBe(true);
    expect(isDocumentNumber("PASSPORT", "YA123456")).toBe(false);
    expect(isDocumentNumber("DRIVING_LICENCE", "U11234567X")).toBe(true);
    expect(isDocumentNumber("UNKNOWN", "AY1234567")).toBe(false);
  });
});
