import { describe, expect, it } from "vitest";

import { linkedDesks, matchIndicators } from "./live-outputs";

// Labels as the municipality's maps print them (file 002, COMUNICAZIONE ESTERNA and ANAGRAFE).
const communication = [
  { key: "o1", label: "n. campagne di comunicazione realizzate" },
  { key: "o9", label: "n. di PIN/PUK della CNS rilasciati" },
  { key: "o10", label: "n. di spid rilasciati" },
  { key: "u7", label: "n. utenti che hanno preso appuntamento utilizzando agende digitali" },
];

describe("linkedDesks", () => {
  it("links SpazioComune's map to desk 138935 and the registry office's to 138928, whatever the case and spacing", () => {
    expect(linkedDesks("COMUNICAZIONE ESTERNA")).toEqual(["138935"]);
    expect(linkedDesks(" Comunicazione  esterna ")).toEqual(["138935"]);
    expect(linkedDesks("ANAGRAFE")).toEqual(["138928"]);
  });

  it("links no other map, not even one whose name contains a linked one", () => {
    expect(linkedDesks("POLIZIA STRADALE E INFORTUNISTICA")).toEqual([]);
    expect(linkedDesks("COMUNICAZIONE ESTERNA E INTERNA")).toEqual([]);
  });
});

describe("matchIndicators", () => {
  it("sets PIN/PUK, SPID and the digital agenda's users beside the portal's figures, and nothing else", () => {
    expect(matchIndicators("COMUNICAZIONE ESTERNA", communication)).toEqual([
      { key: "o9", label: "n. di PIN/PUK della CNS rilasciati", metric: "PIN_PUK_RELEASED" },
      { key: "o10", label: "n. di spid rilasciati", metric: "SPID_RELEASED" },
      { key: "u7", label: "n. utenti che hanno preso appuntamento utilizzando agende digitali", metric: "DIGITAL_AGENDA_USERS" },
    ]);
  });

  it("matches identity cards, certificates and weekly opening hours on a linked map", () => {
    const rows = [
      { key: "a", label: "n. certificati emessi ai privati" },
      { key: "b", label: "n. carte d'identità rilasciate o prorogate" },
      { key: "c", label: "N. ore settimanali apertura al pubblico" },
      { key: "d", label: "n. pratiche di variazioni anagrafiche" },
    ];
    expect(matchIndicators("ANAGRAFE", rows).map((match) => [match.key, match.metric])).toEqual([
      ["a", "CERTIFICATES_ISSUED"],
      ["b", "CIE_RELEASED"],
      ["c", "WEEKLY_OPEN_HOURS"],
    ]);
  });

  it("matches nothing on a map without a desk of the portal, even with the same wording", () => {
    expect(matchIndicators("CORRISPONDENZA E PROTOCOLLO INFORMATICO", [{ key: "x", label: "N. ore settimanali apertura al pubblico" }])).toEqual([]);
    expect(matchIndicators("SISTEMA INFORMATIVO TERRITORIALE", [{ key: "y", label: "n° SPID rilasciati" }])).toEqual([]);
  });

  it("gives each metric to the first matching row only", () => {
    const rows = [
      { key: "first", label: "n. di spid rilasciati" },
      { key: "second", label: "n. spid rilasciati a domicilio" },
    ];
    expect(matchIndicators("COMUNICAZIONE ESTERNA", rows)).toEqual([{ key: "first", label: "n. di spid rilasciati", metric: "SPID_RELEASED" }]);
  });

  it("does not take a row that only mentions SPID without releasing it", () => {
    expect(matchIndicators("COMUNICAZIONE ESTERNA", [{ key: "z", label: "n. richieste di informazioni su SPID" }])).toEqual([]);
  });
});
