import { describe, expect, it } from "vitest";

import { mapTitleForDisplay, personForDisplay } from "./display-names";

describe("mapTitleForDisplay", () => {
  it("writes a title in capitals in sentence case, and leaves a mixed-case one alone", () => {
    expect(mapTitleForDisplay("POLIZIA PROSSIMITA'")).toBe("Polizia prossimita'");
    expect(mapTitleForDisplay("ATTIVITA' SPORTIVE")).toBe("Attivita' sportive");
    expect(mapTitleForDisplay("Servizi per l'Infanzia")).toBe("Servizi per l'Infanzia");
  });
});

describe("personForDisplay", () => {
  it("capitalizes each part of a name", () => {
    expect(personForDisplay("DI GIROLAMO GABRIELLA")).toBe("Di Girolamo Gabriella");
    expect(personForDisplay("D'ANGELO MARIA-LUISA")).toBe("D'Angelo Maria-Luisa");
    expect(personForDisplay("Mario Rossi")).toBe("Mario Rossi");
  });
});
