import { describe, expect, it } from "vitest";

import { filterMapIndex, foldForSearch, parseMapIndexQuery } from "./index-query";
import type { MapIndex } from "./read";

const index: MapIndex = {
  maps: [
    { slug: "polizia-prossimita", title: "POLIZIA PROSSIMITA'", position: 0, office: { slug: "iubini-luca", head: "IUBINI LUCA" }, indicators: ["n. servizi di prossimità"], years: { from: 2019, to: 2024 } },
    { slug: "anagrafe", title: "ANAGRAFE", position: 1, office: { slug: "viani-paolo", head: "VIANI PAOLO" }, indicators: ["n. carte d'identità rilasciate o prorogate"], years: { from: 2019, to: 2024 } },
    { slug: "comunicazione-esterna", title: "COMUNICAZIONE ESTERNA", position: 2, office: { slug: "di-girolamo-gabriella", head: "DI GIROLAMO GABRIELLA" }, indicators: ["n. di spid rilasciati"], years: null },
    { slug: "senza-titolo-x", title: null, position: 3, office: null, indicators: [], years: null },
  ],
  offices: [],
};
const slugs = (query: Parameters<typeof filterMapIndex>[1]) => filterMapIndex(index, query).map((map) => map.slug);

describe("filterMapIndex", () => {
  it("finds by title or indicator, without regard to case, accents or apostrophes", () => {
    expect(slugs({ q: "prossimita" })).toEqual(["polizia-prossimita"]);
    expect(slugs({ q: "PROSSIMITÀ" })).toEqual(["polizia-prossimita"]);
    expect(slugs({ q: "identita" })).toEqual(["anagrafe"]);
    expect(slugs({ q: "SPID rilasciati" })).toEqual(["comunicazione-esterna"]);
  });

  it("wants every word, and filters by office", () => {
    expect(slugs({ q: "spid anagrafe" })).toEqual([]);
    expect(slugs({ ufficio: "viani-paolo" })).toEqual(["anagrafe"]);
    expect(slugs({ q: "rilasciate", ufficio: "iubini-luca" })).toEqual([]);
    expect(slugs({ ufficio: "nobody" })).toEqual([]);
    expect(slugs({})).toHaveLength(4);
  });
});

describe("parseMapIndexQuery", () => {
  it("takes blank fields as absent and trims the text", () => {
    expect(parseMapIndexQuery({ q: "  spid ", ufficio: "" })).toEqual({ success: true, data: { q: "spid" } });
  });

  it("refuses a long text, a malformed office and repeated parameters", () => {
    expect(parseMapIndexQuery({ q: "x".repeat(101) })).toEqual({ success: false, error: "q" });
    expect(parseMapIndexQuery({ ufficio: "Viani Paolo" })).toEqual({ success: false, error: "office" });
    expect(parseMapIndexQuery({ q: ["a", "b"] })).toEqual({ success: false, error: "repeated" });
  });
});

describe("foldForSearch", () => {
  it("drops accents and punctuation", () => {
    expect(foldForSearch("POLIZIA PROSSIMITA'")).toBe("polizia prossimita");
    expect(foldForSearch("Città, n° 5")).toBe("citta n 5");
  });
});
