import { describe, expect, it } from "vitest";

import { constraintViolation, violates } from "./db-errors";

const adapterError = (cause: object) => Object.assign(new Error("failed"), { meta: { driverAdapterError: { cause } } });

describe("constraintViolation", () => {
  it("reads a unique violation with the index the adapter names", () => {
    const error = adapterError({ originalCode: "23505", kind: "UniqueConstraintViolation", constraint: { index: "Sede_scuCode_key" } });
    expect(constraintViolation(error)).toEqual({ kind: "unique", constraint: "Sede_scuCode_key" });
    expect(violates(error, "Sede_scuCode_key")).toBe(true);
  });

  it("reads a check violation's constraint from PostgreSQL's message", () => {
    const error = adapterError({
      originalCode: "23514",
      originalMessage: 'new row for relation "Sede" violates check constraint "Sede_scuCode_format"',
    });
    expect(constraintViolation(error)).toEqual({ kind: "check", constraint: "Sede_scuCode_format" });
  });

  it("knows exclusion and foreign-key violations", () => {
    expect(constraintViolation(adapterError({ code: "23P01", originalMessage: 'violates exclusion constraint "X"' }))?.kind).toBe("exclusion");
    expect(constraintViolation(adapterError({ originalCode: "23503" }))).toEqual({ kind: "foreign_key", constraint: null });
  });

  it("ignores errors that are not integrity violations", () => {
    expect(constraintViolation(new Error("boom"))).toBeNull();
    expect(constraintViolation(adapterError({ originalCode: "40001" }))).toBeNull();
    expect(constraintViolation(null)).toBeNull();
    expect(violates("text", "X")).toBe(false);
  });
});
