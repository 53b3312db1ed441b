import { formatMinuteOfDay } from "@/lib/calendar/time";
import { hoursText } from "@/lib/timesheets/month-sheet";

import type { ProgressLine, TrainingKind } from "./progress";
import type { TrainingRegister } from "./register";

// The register as rows of text, in the reader's language: what the print page, the CSV and the PDF
// show alike. Pure, so that tests compare it with the database directly.

export interface RegisterLabels {
  title: string;
  /** "Progetto …", "Ente …", and for one volunteer "Volontario …". */
  subtitle: (register: TrainingRegister) => string[];
  columns: { day: string; time: string; kind: string; module: string; trainer: string; sessionHours: string; volunteer: string; attendedHours: string };
  totalsTitle: string;
  totalsColumns: { volunteer: string; line: string; attended: string; target: string; percent: string; remaining: string };
  kinds: Record<TrainingKind, string>;
  lines: Record<ProgressLine, string>;
  noAttendees: string;
  noTarget: string;
  /** "12/11/2026": the register's way of writing a day. */
  day: (day: string) => string;
}

export interface RegisterSheet {
  title: string;
  subtitle: string[];
  header: string[];
  /** One row per attendance; a session nobody (visible) attended has one row with empty attendee cells. */
  rows: { sessionId: string; first: boolean; cells: string[] }[];
  totalsTitle: string;
  totalsHeader: string[];
  totalsRows: string[][];
}

const LINES_PRINTED: readonly ProgressLine[] = ["GENERAL", "SPECIFIC", "TUTORING", "TUTORING_GROUP", "TUTORING_INDIVIDUAL"];

export function registerSheet(register: TrainingRegister, labels: RegisterLabels): RegisterSheet {
  const c = labels.columns;
  const rows: RegisterSheet["rows"] = [];
  for (const session of register.sessions) {
    const sessionCells = [
      labels.day(session.day),
      `${formatMinuteOfDay(session.startMinute)}–${formatMinuteOfDay(session.startMinute + session.minutes)}`,
      labels.kinds[session.kind],
      session.title,
      session.trainer ?? "",
      hoursText(session.minutes),
    ];
    if (session.attendees.length === 0) rows.push({ sessionId: session.id, first: true, cells: [...sessionCells, labels.noAttendees, ""] });
    session.attendees.forEach((attendee, index) => rows.push({ sessionId: session.id, first: index === 0, cells: [...sessionCells, attendee.name, hoursText(attendee.minutes)] }));
  }
  const t = labels.totalsColumns;
  const totalsRows = register.volunteers.flatMap((volunteer) =>
    LINES_PRINTED.flatMap((line) => {
      const row = volunteer.rows.find((item) => item.line === line);
      if (!row) return [];
      return [
        [
          volunteer.name,
          labels.lines[line],
          hoursText(row.attendedMinutes),
          row.targetMinutes === null ? labels.noTarget : hoursText(row.targetMinutes),
          row.percent === null ? "" : `${row.percent}%`,
          row.remainingMinutes === null ? "" : hoursText(row.remainingMinutes),
        ],
      ];
    }),
  );
  return {
    title: labels.title,
    subtitle: labels.subtitle(register),
    header: [c.day, c.time, c.kind, c.module, c.trainer, c.sessionHours, c.volunteer, c.attendedHours],
    rows,
    totalsTitle: labels.totalsTitle,
    totalsHeader: [t.volunteer, t.line, t.attended, t.target, t.percent, t.remaining],
    totalsRows,
  };
}
