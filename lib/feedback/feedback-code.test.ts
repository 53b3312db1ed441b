import { describe, expect, it } from "vitest";

import { hashFeedbackCode, newFeedbackCode, normalizeFeedbackCode, questionnaireUrl } from "./feedback-code";

describe("questionnaire codes", () => {
  it("are 12 Crockford characters in three groups, different each time", () => {
    const codes = new Set(Array.from({ length: 200 }, newFeedbackCode));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it("read back as typed: any case, spaces, O for 0, I and L for 1, or the QR code's link", () => {
    expect(normalizeFeedbackCode(" 7kq2 m9xd 4tnb ")).toBe("7KQ2-M9XD-4TNB");
    expect(normalizeFeedbackCode("o1l2-i3o4-5678")).toBe("0112-1304-5678");
    expect(normalizeFeedbackCode("https://sportello.example.it/valuta?codice=7KQ2-M9XD-4TNB")).toBe("7KQ2-M9XD-4TNB");
    expect(normalizeFeedbackCode("7KQ2-M9XD-4TN")).toBeNull();
    expect(normalizeFeedbackCode("7KQ2-M9XD-4TNU")).toBeNull();
    expect(normalizeFeedbackCode("")).toBeNull();
  });

  it("are stored as SHA-256 hex, and linked to the public page", () => {
    expect(hashFeedbackCode("7KQ2-M9XD-4TNB")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFeedbackCode("7KQ2-M9XD-4TNB")).not.toBe(hashFeedbackCode("7KQ2-M9XD-4TNC"));
    expect(questionnaireUrl("https://sportello.example.it", "7KQ2-M9XD-4TNB")).toBe("https://sportello.example.it/valuta?codice=7KQ2-M9XD-4TNB");
  });
});
