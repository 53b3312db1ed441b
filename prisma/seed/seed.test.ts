import { describe, expect, it } from "vitest";

import { entes } from "./data/entes";
import { projects } from "./data/projects";
import { sedi } from "./data/sedi";
import { services } from "./data/services";
import { SERVICE_CODES } from "./data/types";
import { minutesOfDay } from "./seed";

// Object.groupBy needs Node 21+.
function groupBy<T, K extends PropertyKey>(items: T[], key: (item: T) => K): Record<K, T[]> {
  const groups = {} as Record<K, T[]>;
  for (const item of items) (groups[key(item)] ??= []).push(item);
  return groups;
}

describe("minutesOfDay", () => {
  it("reads a 24-hour clock", () => {
    expect(minutesOfDay("00:00")).toBe(0);
    expect(minutesOfDay("09:30")).toBe(570);
    expect(minutesOfDay("23:59")).toBe(1439);
  });

  it("refuses anything else", () => {
    for (const bad of ["9:30", "24:00", "12:60", "noon"]) expect(() => minutesOfDay(bad)).toThrow(/Invalid clock/);
  });
});

describe("seed data", () => {
  it("has the 12 + 5 + 9 desks of the three documents, each SCU code once", () => {
    const perProject = groupBy(sedi, (sede) => sede.projectCode);
    expect(Object.fromEntries(Object.entries(perProject).map(([code, list]) => [code, list.length]))).toEqual({
      "cremona-2021-connessioni-accessibili": 12,
      "milano-2021-digitiamo": 5,
      "milano-2019-informa-mi": 9,
    });
    expect(new Set(sedi.map((s) => s.scuCode)).size).toBe(sedi.length);
  });

  it("refers only to municipalities, projects and services that exist", () => {
    const enteCodes = new Set(entes.map((e) => e.code));
    const projectCodes = new Set(projects.map((p) => p.code));
    for (const sede of sedi) {
      expect(enteCodes).toContain(sede.enteCode);
      expect(projectCodes).toContain(sede.projectCode);
      for (const code of sede.services) expect(SERVICE_CODES).toContain(code);
    }
    expect(services.map((s) => s.code).sort()).toEqual([...SERVICE_CODES].sort());
  });

  it("gives every desk a week with no overlapping intervals", () => {
    for (const sede of sedi) {
      const byDay = groupBy(sede.openingHours, (interval) => interval.weekday);
      for (const intervals of Object.values(byDay)) {
        const sorted = [...intervals].sort((a, b) => a.opens.localeCompare(b.opens));
        sorted.forEach((interval, i) => {
          expect(minutesOfDay(interval.closes)).toBeGreaterThan(minutesOfDay(interval.opens));
          if (i > 0) expect(interval.opens >= sorted[i - 1].closes, `${sede.scuCode} day ${interval.weekday}`).toBe(true);
        });
      }
    }
  });
});
