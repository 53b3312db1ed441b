import { describe, expect, it } from "vitest";

import { complaintDueAt, isOverdue } from "./complaints";
import { composeAnswerMail, composeInvitationMail, composeReceiptMail } from "./mails";

const BASE = "https://sportello.example.it";

describe("feedback mails", () => {
  it("invite in the citizen's language, with the link, the code and the last day", () => {
    const mail = composeInvitationMail({
      to: "anna@example.org",
      name: "Anna <Bianchi>",
      locale: "en",
      serviceName: "SPID",
      deskName: "Spazio Comune",
      code: "7KQ2-M9XD-4TNB",
      expiresAt: new Date("2026-12-28T09:00:00Z"),
      baseUrl: BASE,
    });
    expect(mail.subject).toBe("How did it go at the desk? SPID");
    expect(mail.text).toContain("Dear Anna <Bianchi>,");
    expect(mail.text).toContain("https://sportello.example.it/valuta?codice=7KQ2-M9XD-4TNB");
    expect(mail.text).toContain("until 28 December 2026");
    // Every value is escaped in the HTML.
    expect(mail.html).toContain("Dear Anna &lt;Bianchi&gt;,");
    expect(mail.html).not.toContain("<Bianchi>");
    expect(mail.html).toContain('<html lang="en">');
  });

  it("acknowledge a complaint with its reference and deadline, and answer it quoting the citizen", () => {
    const complaint = { reference: "R-2026-000042", kind: "COMPLAINT" as const, email: "a@example.org", locale: "it", dueAt: new Date("2026-12-25T09:00:00Z"), text: "Attesa <lunga>." };
    const receipt = composeReceiptMail(complaint, BASE);
    expect(receipt.subject).toBe("Abbiamo ricevuto la tua segnalazione R-2026-000042");
    expect(receipt.text).toContain("entro il 25 dicembre 2026");
    expect(receipt.text).toContain("https://sportello.example.it/reclami/stato");
    expect(receipt.html).toContain("Attesa &lt;lunga&gt;.");
    const answer = composeAnswerMail({ ...complaint, locale: "xx", answer: "Ci scusiamo." });
    // An unknown language falls back to Italian.
    expect(answer.subject).toBe("Risposta alla tua segnalazione R-2026-000042");
    expect(answer.text.indexOf("Ci scusiamo.")).toBeLessThan(answer.text.indexOf("Attesa <lunga>."));
  });
});

describe("the answer's deadline", () => {
  it("is 30 Rome calendar days later at the same wall-clock time, across the change of time", () => {
    // 10 March 10:00 (UTC+1) → 9 April 10:00 (UTC+2).
    expect(complaintDueAt(new Date("2026-03-10T09:00:00Z"))).toEqual(new Date("2026-04-09T08:00:00Z"));
  });

  it("is overdue only while unanswered", () => {
    const dueAt = new Date("2026-04-09T08:00:00Z");
    const after = new Date("2026-04-09T08:00:01Z");
    expect(isOverdue({ status: "RECEIVED", dueAt }, after)).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueAt }, after)).toBe(true);
    expect(isOverdue({ status: "ANSWERED", dueAt }, after)).toBe(false);
    expect(isOverdue({ status: "RECEIVED", dueAt }, dueAt)).toBe(false);
  });
});
