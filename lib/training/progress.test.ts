import { describe, expect, it } from "vitest";

import { trainingProgress, tutoringWindow, type AttendedSession, type TrainingTargets } from "./progress";

const cremona: TrainingTargets = {
  generalMinutes: 44 * 60,
  specificMinutes: 91 * 60,
  tutoringMinutes: 21 * 60,
  tutoringGroupMinutes: 16 * 60,
  tutoringIndividualMinutes: 5 * 60,
};
const enrolment = { startsOn: "2026-06-01", endsOn: "2027-05-31" };

const progress = (attended: AttendedSession[], today: string, targets = cremona) => trainingProgress({ enrolment, targets, attended, today });

describe("training progress", () => {
  it("adds attended minutes per kind against the targets, with percent and what remains", () => {
    const result = progress(
      [
        { kind: "GENERAL", day: "2026-06-03", minutes: 240 },
        { kind: "GENERAL", day: "2026-06-10", minutes: 180 },
        { kind: "SPECIFIC", day: "2026-06-11", minutes: 91 * 60 + 30 },
        { kind: "TUTORING_GROUP", day: "2027-03-10", minutes: 240 },
        { kind: "TUTORING_INDIVIDUAL", day: "2027-03-12", minutes: 120 },
      ],
      "2026-06-15",
    );
    expect(result.rows).toEqual([
      { line: "GENERAL", attendedMinutes: 420, targetMinutes: 2640, percent: 15, remainingMinutes: 2220, deadline: "2026-11-27" },
      { line: "SPECIFIC", attendedMinutes: 5490, targetMinutes: 5460, percent: 100, remainingMinutes: 0, deadline: "2026-08-29" },
      { line: "TUTORING", attendedMinutes: 360, targetMinutes: 1260, percent: 28, remainingMinutes: 900, deadline: "2027-05-31" },
      { line: "TUTORING_GROUP", attendedMinutes: 240, targetMinutes: 960, percent: 25, remainingMinutes: 720, deadline: "2027-05-31" },
      { line: "TUTORING_INDIVIDUAL", attendedMinutes: 120, targetMinutes: 300, percent: 40, remainingMinutes: 180, deadline: "2027-05-31" },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("states no target, percent or warning where the project states none", () => {
    const none = { generalMinutes: null, specificMinutes: null, tutoringMinutes: null, tutoringGroupMinutes: null, tutoringIndividualMinutes: null };
    const result = progress([{ kind: "GENERAL", day: "2026-06-03", minutes: 60 }], "2027-05-30", none);
    expect(result.rows.map((row) => [row.line, row.attendedMinutes, row.targetMinutes, row.percent, row.remainingMinutes])).toEqual([
      ["GENERAL", 60, null, null, null],
      ["SPECIFIC", 0, null, null, null],
      ["TUTORING", 0, null, null, null],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("warns as a deadline comes close with time missing, then when it has passed", () => {
    // Specific training: the 90th day of service is 29 August.
    expect(progress([], "2026-08-07").warnings).toEqual([]);
    expect(progress([], "2026-08-08").warnings).toEqual([
      { code: "deadline_near", line: "SPECIFIC", deadline: "2026-08-29", daysLeft: 21, remainingMinutes: 5460 },
    ]);
    expect(progress([{ kind: "SPECIFIC", day: "2026-06-11", minutes: 5460 }], "2026-08-20").warnings).toEqual([]);
    expect(progress([{ kind: "SPECIFIC", day: "2026-06-11", minutes: 5400 }], "2026-08-30").warnings).toEqual([
      { code: "deadline_passed", line: "SPECIFIC", deadline: "2026-08-29", remainingMinutes: 60 },
    ]);
    // Nothing before the service begins.
    expect(progress([], "2026-05-20").warnings).toEqual([]);
  });

  it("puts tutoring in the last three months and warns for sessions outside them", () => {
    expect(tutoringWindow(enrolment)).toEqual({ from: "2027-03-01", to: "2027-05-31" });
    expect(tutoringWindow({ startsOn: "2026-01-15", endsOn: "2027-01-14" })).toEqual({ from: "2026-10-15", to: "2027-01-14" });
    const result = progress(
      [
        { kind: "TUTORING_GROUP", day: "2027-02-28", minutes: 240 },
        { kind: "TUTORING_GROUP", day: "2027-03-01", minutes: 240 },
        { kind: "GENERAL", day: "2027-03-02", minutes: 2640 },
      ],
      "2027-03-02",
    );
    expect(result.warnings).toEqual([
      { code: "deadline_passed", line: "SPECIFIC", deadline: "2026-08-29", remainingMinutes: 5460 },
      { code: "tutoring_outside_window", day: "2027-02-28", from: "2027-03-01", to: "2027-05-31" },
    ]);
    // Tutoring done outside the window still counts: the warning asks the OLP to look at it.
    expect(result.rows.find((row) => row.line === "TUTORING")?.attendedMinutes).toBe(480);
    expect(progress([], "2027-05-20").warnings).toContainEqual({ code: "deadline_near", line: "TUTORING", deadline: "2027-05-31", daysLeft: 11, remainingMinutes: 1260 });
  });
});
