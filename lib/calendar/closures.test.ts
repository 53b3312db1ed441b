import { describe, expect, it } from "vitest";

import { nationalHolidays, upcomingClosures, type PatronSaint } from "./closures";

const ambrogio: PatronSaint = { month: 12, day: 7, nameIt: "Sant'Ambrogio", nameEn: "Saint Ambrose" };

describe("nationalHolidays", () => {
  it("lists Italy's public holidays as whole Rome days, with Easter Monday and 4 October from 2026", () => {
    const holidays = nationalHolidays(2026, "it");
    const days = holidays.map((h) => h.startsAt.toISOString().slice(0, 10));
    expect(holidays).toHaveLength(13);
    // Rome midnight is 23:00 or 22:00 UTC of the day before.
    expect(days).toContain("2025-12-31"); // Capodanno
    expect(days).toContain("2026-04-05"); // Lunedì dell'Angelo (6 April)
    expect(days).toContain("2026-10-03"); // San Francesco (4 October)
    expect(holidays.every((h) => h.endsAt.getTime() - h.startsAt.getTime() === 24 * 3600_000)).toBe(true);
    expect(holidays.map((h) => h.label)).not.toContain("Festa della mamma");
  });

  it("speaks English", () => {
    expect(nationalHolidays(2026, "en")[0].label).toBe("New Year's Day");
  });
});

describe("upcomingClosures", () => {
  const stored = [
    {
      kind: "EXCEPTIONAL" as const,
      startsAt: new Date("2026-12-03T13:00:00Z"),
      endsAt: new Date("2026-12-03T17:00:00Z"),
      reasonIt: "Assemblea sindacale",
      reasonEn: "Staff meeting",
    },
  ];

  it("merges holidays, the patron saint and stored closures in time order within the window", () => {
    const closures = upcomingClosures({ from: new Date("2026-12-01T08:00:00Z"), days: 10, stored, patron: ambrogio, locale: "it" });
    expect(closures.map((c) => [c.source, c.label])).toEqual([
      ["EXCEPTIONAL", "Assemblea sindacale"],
      ["PATRON_SAINT", "Sant'Ambrogio"],
      ["NATIONAL_HOLIDAY", "Immacolata Concezione"],
    ]);
  });

  it("uses the English reason when there is one, and the Italian one otherwise", () => {
    const english = upcomingClosures({ from: new Date("2026-12-01T08:00:00Z"), days: 3, stored, patron: ambrogio, locale: "en" });
    expect(english.map((c) => c.label)).toEqual(["Staff meeting"]);
    const untranslated = upcomingClosures({
      from: new Date("2026-12-01T08:00:00Z"),
      days: 3,
      stored: [{ ...stored[0], reasonEn: null }],
      patron: ambrogio,
      locale: "en",
    });
    expect(untranslated.map((c) => c.label)).toEqual(["Assemblea sindacale"]);
  });

  it("keeps a closure that is under way and drops one that is over", () => {
    const during = upcomingClosures({ from: new Date("2026-12-03T15:00:00Z"), days: 1, stored, patron: ambrogio, locale: "it" });
    expect(during.map((c) => c.label)).toEqual(["Assemblea sindacale"]);
    const after = upcomingClosures({ from: new Date("2026-12-03T18:00:00Z"), days: 1, stored, patron: ambrogio, locale: "it" });
    expect(after).toEqual([]);
  });

  it("crosses the new year", () => {
    const closures = upcomingClosures({ from: new Date("2026-12-30T10:00:00Z"), days: 10, stored: [], patron: ambrogio, locale: "it" });
    expect(closures.map((c) => c.label)).toEqual(["Capodanno", "Epifania"]);
  });
});
