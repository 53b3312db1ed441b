import { describe, expect, it } from "vitest";

import { complaintAnswerSchema, complaintLookupSchema, complaintReferenceSchema, complaintSchema, questionnaireSchema } from "./schema";

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));

describe("questionnaireSchema", () => {
  const valid = { code: "7kq2 m9xd 4tnb", overall: "5", clarity: "4", waiting: "skip", courtesy: "", manageAlone: "NOT_SURE", comment: "  Molto gentili  " };

  it("reads ratings as numbers, leaves out skipped items and trims the comment", () => {
    expect(questionnaireSchema.parse(valid)).toEqual({
      code: "7KQ2-M9XD-4TNB",
      overall: 5,
      clarity: 4,
      waiting: undefined,
      courtesy: undefined,
      manageAlone: "NOT_SURE",
      comment: "Molto gentili",
    });
  });

  it("says what is missing or wrong, field by field", () => {
    expect(errorsOf(questionnaireSchema.safeParse({ ...valid, code: "", overall: undefined, manageAlone: "MAYBE", clarity: "6" }))).toEqual({
      code: "feedback.errors.codeRequired",
      overall: "feedback.errors.overallRequired",
      manageAlone: "feedback.errors.manageAloneRequired",
      clarity: "feedback.errors.ratingInvalid",
    });
    expect(errorsOf(questionnaireSchema.safeParse({ ...valid, code: "ABC" }))).toEqual({ code: "feedback.errors.codeInvalid" });
  });

  it("refuses a comment that has the shape of personal data, or is too long", () => {
    for (const comment of ["scrivetemi a mario.rossi@example.org", "il mio numero è 333 123 4567", "RSSMRA80A01D150X"]) {
      expect(errorsOf(questionnaireSchema.safeParse({ ...valid, comment }))).toEqual({ comment: "feedback.errors.commentPersonalData" });
    }
    expect(errorsOf(questionnaireSchema.safeParse({ ...valid, comment: "a".repeat(1001) }))).toEqual({ comment: "feedback.errors.commentTooLong" });
  });
});

describe("complaintSchema", () => {
  const valid = { kind: "COMPLAINT", scuCode: "138935", serviceCode: "", text: "Ho atteso un'ora senza informazioni.", email: " Anna@Example.ORG ", consent: "on" };

  it("keeps the e-mail lower-case and drops blank choices", () => {
    expect(complaintSchema.parse(valid)).toEqual({ kind: "COMPLAINT", scuCode: "138935", serviceCode: undefined, text: valid.text, email: "anna@example.org", consent: true });
    expect(complaintSchema.parse({ ...valid, email: "", consent: undefined })).toMatchObject({ email: undefined, consent: false });
  });

  it("asks for the privacy notice with an e-mail, and for a real text", () => {
    expect(errorsOf(complaintSchema.safeParse({ ...valid, consent: undefined }))).toEqual({ consent: "feedback.errors.consentRequired" });
    expect(errorsOf(complaintSchema.safeParse({ ...valid, text: " breve ", kind: "OTHER", email: "no" }))).toEqual({
      kind: "feedback.errors.kindRequired",
      text: "feedback.errors.textTooShort",
      email: "feedback.errors.emailInvalid",
    });
  });
});

describe("complaint references and handling", () => {
  it("reads a reference as typed", () => {
    expect(complaintReferenceSchema.parse("r-2026-42")).toBe("R-2026-000042");
    expect(complaintReferenceSchema.parse(" R 2026 000042 ")).toBe("R-2026-000042");
    expect(complaintReferenceSchema.safeParse("2026").success).toBe(false);
    expect(complaintLookupSchema.parse({ reference: "R-2026-000042", email: "A@B.it" })).toEqual({ reference: "R-2026-000042", email: "a@b.it" });
  });

  it("wants an answer of some substance", () => {
    expect(errorsOf(complaintAnswerSchema.safeParse({ complaintId: "00000000-0000-4000-8000-000000000000", answer: "ok" }))).toEqual({ answer: "feedback.errors.answerTooShort" });
  });
});
