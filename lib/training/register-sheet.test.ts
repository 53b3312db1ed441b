import { describe, expect, it } from "vitest";

import { registerCsv } from "./register-csv";
import type { TrainingRegister } from "./register";
import { registerSheet, type RegisterLabels } from "./register-sheet";

const labels: RegisterLabels = {
  title: "Registro",
  subtitle: (register) => [`Progetto: ${register.project.title}`],
  columns: { day: "Data", time: "Orario", kind: "Tipo", module: "Modulo", trainer: "Formatore", sessionHours: "Ore", volunteer: "Volontario", attendedHours: "Presente" },
  totalsTitle: "Totali",
  totalsColumns: { volunteer: "Volontario", line: "Tipo", attended: "Svolte", target: "Obiettivo", percent: "%", remaining: "Mancano" },
  kinds: { GENERAL: "generale", SPECIFIC: "specifica", TUTORING_GROUP: "collettivo", TUTORING_INDIVIDUAL: "individuale" },
  lines: { GENERAL: "generale", SPECIFIC: "specifica", TUTORING: "tutoraggio", TUTORING_GROUP: "di cui collettivo", TUTORING_INDIVIDUAL: "di cui individuale" },
  noAttendees: "nessuno",
  noTarget: "nessun obiettivo",
  day: (day) => day.split("-").reverse().join("/"),
};

const row = (line: "GENERAL" | "SPECIFIC" | "TUTORING", attendedMinutes: number, targetMinutes: number | null) => ({
  line,
  attendedMinutes,
  targetMinutes,
  percent: targetMinutes ? Math.floor((attendedMinutes * 100) / targetMinutes) : null,
  remainingMinutes: targetMinutes ? Math.max(0, targetMinutes - attendedMinutes) : null,
  deadline: null,
});

const register: TrainingRegister = {
  project: { id: "p", code: "cremona", title: "Connessioni", enteName: "Comune di Cremona", targets: { generalMinutes: 2640, specificMinutes: 5460, tutoringMinutes: null, tutoringGroupMinutes: null, tutoringIndividualMinutes: null } },
  volunteer: null,
  sessions: [
    {
      id: "s1",
      day: "2026-11-23",
      startMinute: 540,
      minutes: 240,
      kind: "GENERAL",
      title: "=Modulo 1",
      trainer: "Anna",
      place: null,
      attendees: [
        { userId: "g", name: "Giulia", minutes: 240 },
        { userId: "m", name: "Marco", minutes: 90 },
      ],
    },
    { id: "s2", day: "2026-11-24", startMinute: 870, minutes: 45, kind: "SPECIFIC", title: "Modulo 2", trainer: null, place: null, attendees: [] },
  ],
  volunteers: [{ userId: "g", name: "Giulia", startsOn: "2026-06-01", endsOn: "2027-05-31", rows: [row("GENERAL", 240, 2640), row("SPECIFIC", 0, 5460), row("TUTORING", 0, null)] }],
};

describe("registerSheet", () => {
  it("writes a row per attendance, one for a session nobody attended, and the totals against the targets", () => {
    const sheet = registerSheet(register, labels);
    expect(sheet.rows).toEqual([
      { sessionId: "s1", first: true, cells: ["23/11/2026", "09:00–13:00", "generale", "=Modulo 1", "Anna", "4:00", "Giulia", "4:00"] },
      { sessionId: "s1", first: false, cells: ["23/11/2026", "09:00–13:00", "generale", "=Modulo 1", "Anna", "4:00", "Marco", "1:30"] },
      { sessionId: "s2", first: true, cells: ["24/11/2026", "14:30–15:15", "specifica", "Modulo 2", "", "0:45", "nessuno", ""] },
    ]);
    expect(sheet.totalsRows).toEqual([
      ["Giulia", "generale", "4:00", "44:00", "9%", "40:00"],
      ["Giulia", "specifica", "0:00", "91:00", "0%", "91:00"],
      ["Giulia", "tutoraggio", "0:00", "nessun obiettivo", "", ""],
    ]);
  });

  it("neutralises a cell a spreadsheet would run as a formula", () => {
    expect(registerCsv(registerSheet(register, labels))).toContain(";'=Modulo 1;");
  });
});
