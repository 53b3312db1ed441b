import type { SeedEnte } from "./types";

export const entes: SeedEnte[] = [
  {
    code: "cremona",
    name: "Comune di Cremona",
    province: "CR",
    patron: {
      nameIt: "Sant'Omobono",
      nameEn: "Saint Homobonus",
      month: 11,
      day: 13,
    },
  },
  {
    code: "milano",
    name: "Comune di Milano",
    province: "MI",
    patron: {
      nameIt: "Sant'Ambrogio",
      nameEn: "Saint Ambrose",
      month: 12,
      day: 7,
    },
  },
];
