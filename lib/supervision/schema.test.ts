import { describe, expect, it } from "vitest";

import { isCalendarDay, parsePeriodQuery, periodInstants, queryString } from "./schema";

// Saturday 28 November 2026, 00:30 in Rome (still the 27th in UTC).
const now = new Date("2026-11-27T23:30:00Z");

describe("parsePeriodQuery", () => {
  it("defaults to the current Rome month", () => {
    expect(parsePeriodQuery({}, now)).toEqual({ success: true, period: { kind: "month", from: "2026-11-01", to: "2026-11-30", query: { mese: "2026-11" } } });
    expect(parsePeriodQuery({ mese: "", dal: "", al: "" }, new Date("2026-12-31T23:30:00Z"))).toMatchObject({ success: true, period: { from: "2027-01-01" } });
  });

  it("takes a month, leap years included, or a range of days", () => {
    expect(parsePeriodQuery({ mese: "2028-02" }, now)).toMatchObject({ success: true, period: { from: "2028-02-01", to: "2028-02-29" } });
    expect(parsePeriodQuery({ dal: "2026-03-15", al: "2026-04-02" }, now)).toEqual({
      success: true,
      period: { kind: "range", from: "2026-03-15", to: "2026-04-02", query: { dal: "2026-03-15", al: "2026-04-02" } },
    });
    expect(parsePeriodQuery({ dal: "2026-01-01", al: "2027-01-01" }, now)).toMatchObject({ success: true });
  });

  it.each([
    [{ mese: ["2026-01", "2026-02"] }, "repeated"],
    [{ mese: "2026-13" }, "month"],
    [{ mese: "marzo" }, "month"],
    [{ mese: "1999-12" }, "month"],
    [{ dal: "2026-02-30", al: "2026-03-01" }, "from"],
    [{ dal: "2026-02-01", al: "31/03/2026" }, "to"],
    [{ dal: "2026-02-01" }, "incomplete"],
    [{ mese: "2026-02", dal: "2026-02-01", al: "2026-02-02" }, "both"],
    [{ dal: "2026-03-02", al: "2026-03-01" }, "order"],
    [{ dal: "2026-01-01", al: "2027-01-02" }, "tooLong"],
  ] as const)("refuses %j as %s", (query, error) => {
    expect(parsePeriodQuery(query as Record<string, string | string[]>, now)).toEqual({ success: false, error });
  });
});

describe("periodInstants", () => {
  it("spans Rome days, across the change to summer time", () => {
    expect(periodInstants({ from: "2026-03-01", to: "2026-03-31" })).toEqual({
      start: new Date("2026-02-28T23:00:00Z"),
      end: new Date("2026-03-31T22:00:00Z"),
    });
    expect(periodInstants({ from: "2026-12-31", to: "2026-12-31" }).end).toEqual(new Date("2026-12-31T23:00:00Z"));
  });
});

describe("helpers", () => {
  it("knows calendar days and writes query strings", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(queryString({ mese: "2026-03" })).toBe("?mese=2026-03");
    expect(queryString({})).toBe("");
  });
});
