import { afterEach, describe, expect, it } from "vitest";

import { addDays, isNationalHoliday, isoWeekday } from "./rules-calendar";
import {
  checkRules,
  MAX_WEEKLY_PACE_MINUTES,
  summarizeWeeks,
  type DayEntry,
  type Enrolment,
  type Finding,
  type ProjectRules,
  type RulesInput,
  type WeekSummary,
} from "./rules";

// The two kinds of project in the documents: 1145 h, 25 h average, 20 h minimum, 5 days; and
// 1400 h, no average, 12 h minimum, here over 6 days.
const AVERAGE_25H: ProjectRules = { annualServiceMinutes: 1145 * 60, weeklyAverageMinutes: 25 * 60, weeklyMinimumMinutes: 20 * 60, serviceDaysPerWeek: 5 };
const ANNUAL_1400H: ProjectRules = { annualServiceMinutes: 1400 * 60, weeklyAverageMinutes: null, weeklyMinimumMinutes: 12 * 60, serviceDaysPerWeek: 6 };

// Wednesday 14 January 2026 to Wednesday 13 January 2027: partial first and last weeks, and (5-day
// weeks) 7 weekday holidays: 6 April, 1 May, 2 June, 8 December, 25 December, 1 and 6 January.
// That leaves 254 expected days over Monday–Friday, 303 over Monday–Saturday (25 April, 15 August
// and 26 December are Saturdays).
const YEAR: Enrolment = { startsOn: "2026-01-14", endsOn: "2027-01-13" };

const HOUR = 60;
const service = (day: string, minutes = 5 * HOUR, kind: "SERVICE" | "TRAINING" = "SERVICE"): DayEntry => ({
  day,
  kind,
  startMinute: 9 * HOUR,
  endMinute: 9 * HOUR + minutes,
  breakMinutes: 0,
});
const absence = (day: string, kind: "PERMIT" | "SICKNESS" | "UNPAID"): DayEntry => ({ day, kind });

/** One entry from `make` for each day from `from` to `to` that it wants (weekday: 1 Monday … 7 Sunday). */
function days(from: string, to: string, make: (day: string, weekday: number) => DayEntry | null): DayEntry[] {
  const entries: DayEntry[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const entry = make(day, isoWeekday(day));
    if (entry) entries.push(entry);
  }
  return entries;
}

/** `make` on the project's service weekdays that are not national holidays. */
const onServiceDays = (rules: ProjectRules, make: (day: string) => DayEntry) => (day: string, weekday: number) =>
  weekday <= rules.serviceDaysPerWeek && !isNationalHoliday(day) ? make(day) : null;

/** `count` service days of 5 h on the first expected days of the enrolment. */
const firstServiceDays = (rules: ProjectRules, count: number) =>
  days(YEAR.startsOn, YEAR.endsOn, onServiceDays(rules, (day) => service(day))).slice(0, count);

const check = (input: Partial<RulesInput> & Pick<RulesInput, "today">) =>
  checkRules({ entries: [], rules: AVERAGE_25H, enrolment: YEAR, ...input });
const ofRule = (findings: Finding[], rule: Finding["rule"]) => findings.filter((finding) => finding.rule === rule);
const inWeek = (findings: Finding[], weekStart: string) => findings.filter((finding) => "weekStart" in finding && finding.weekStart === weekStart);
const week = (weeks: WeekSummary[], weekStart: string) => weeks.find((summary) => summary.weekStart === weekStart);

describe("summarizeWeeks", () => {
  it("covers the enrolment in ISO weeks, scaling the partial first and last weeks (5 days)", () => {
    const weeks = summarizeWeeks([], AVERAGE_25H, YEAR);
    expect(weeks).toHaveLength(53);
    // Wednesday to Sunday: 3 of 5 service days, 20 h × 3/5; 5 of 7 calendar days, at most ceil(5 × 5/7) = 4 served.
    expect(weeks[0]).toEqual({
      weekStart: "2026-01-12",
      minutes: 0,
      serviceDays: 0,
      enrolledDays: 5,
      expectedDays: 3,
      expectedMinimum: 12 * HOUR,
      maxDays: 4,
      partial: true,
      holidays: [],
    });
    expect(weeks[1]).toMatchObject({ weekStart: "2026-01-19", enrolledDays: 7, expectedDays: 5, expectedMinimum: 20 * HOUR, maxDays: 5, partial: false });
    expect(weeks[52]).toMatchObject({ weekStart: "2027-01-11", enrolledDays: 3, expectedDays: 3, expectedMinimum: 12 * HOUR, maxDays: 3, partial: true });
    expect(weeks.reduce((sum, summary) => sum + summary.expectedDays, 0)).toBe(254);
  });

  it("scales them over 6 days for the 1400 h project", () => {
    const weeks = summarizeWeeks([], ANNUAL_1400H, YEAR);
    // Wednesday to Saturday: 4 of 6 service days, 12 h × 4/6 = 8 h; at most ceil(6 × 5/7) = 5 days.
    expect(weeks[0]).toMatchObject({ enrolledDays: 5, expectedDays: 4, expectedMinimum: 8 * HOUR, maxDays: 5, partial: true });
    expect(weeks[1]).toMatchObject({ expectedDays: 6, expectedMinimum: 12 * HOUR, maxDays: 6, partial: false });
    expect(weeks[52]).toMatchObject({ enrolledDays: 3, expectedDays: 3, expectedMinimum: 6 * HOUR, maxDays: 3 });
    expect(weeks.reduce((sum, summary) => sum + summary.expectedDays, 0)).toBe(303);
  });

  it("takes national holidays on service weekdays off the expected days, not off the days limit", () => {
    const five = summarizeWeeks([], AVERAGE_25H, YEAR);
    const six = summarizeWeeks([], ANNUAL_1400H, YEAR);
    // 2 June 2026 is a Tuesday.
    expect(week(five, "2026-06-01")).toMatchObject({ expectedDays: 4, expectedMinimum: 16 * HOUR, maxDays: 5, holidays: ["2026-06-02"] });
    expect(week(six, "2026-06-01")).toMatchObject({ expectedDays: 5, expectedMinimum: 10 * HOUR, maxDays: 6, holidays: ["2026-06-02"] });
    // Christmas on Friday, Santo Stefano on Saturday: only a 6-day week loses both.
    expect(week(five, "2026-12-21")).toMatchObject({ expectedDays: 4, holidays: ["2026-12-25"] });
    expect(week(six, "2026-12-21")).toMatchObject({ expectedDays: 4, expectedMinimum: 8 * HOUR, holidays: ["2026-12-25", "2026-12-26"] });
    // 25 April on a Saturday; 4 October, new from 2026, on a Sunday.
    expect(week(five, "2026-04-20")).toMatchObject({ expectedDays: 5, holidays: [] });
    expect(week(six, "2026-04-20")).toMatchObject({ expectedDays: 5, holidays: ["2026-04-25"] });
    expect(week(six, "2026-09-28")).toMatchObject({ expectedDays: 6, holidays: [] });
  });

  it("adds up credited minutes and service days; unpaid leave is neither", () => {
    const entries = [
      service("2026-05-11", 6 * HOUR, "TRAINING"),
      absence("2026-05-12", "PERMIT"),
      absence("2026-05-13", "SICKNESS"),
      absence("2026-05-14", "UNPAID"),
      { ...service("2026-05-15"), breakMinutes: 30 },
      service("2027-01-14"), // after the enrolment: left out
    ];
    expect(week(summarizeWeeks(entries, AVERAGE_25H, YEAR), "2026-05-11")).toMatchObject({ minutes: 360 + 300 + 300 + 0 + 270, serviceDays: 4 });
    expect(week(summarizeWeeks(entries, ANNUAL_1400H, YEAR), "2026-05-11")).toMatchObject({ minutes: 360 + 269 + 269 + 0 + 270, serviceDays: 4 });
    expect(summarizeWeeks(entries, AVERAGE_25H, YEAR).at(-1)).toMatchObject({ minutes: 0, serviceDays: 0 });
  });

  it("refuses rules and enrolments that make no sense", () => {
    expect(() => summarizeWeeks([], { ...AVERAGE_25H, serviceDaysPerWeek: 0 }, YEAR)).toThrow(RangeError);
    expect(() => summarizeWeeks([], { ...AVERAGE_25H, weeklyMinimumMinutes: -1 }, YEAR)).toThrow(RangeError);
    expect(() => summarizeWeeks([], AVERAGE_25H, { startsOn: "2026-05-01", endsOn: "2026-04-30" })).toThrow(RangeError);
    expect(() => check({ today: "2026-13-01" })).toThrow(RangeError);
  });
});

describe("checkRules: a volunteer on track", () => {
  it("finds nothing at a comfortable pace (25 h a week, holidays off)", () => {
    const entries = days(YEAR.startsOn, "2026-07-10", onServiceDays(AVERAGE_25H, (day) => service(day)));
    const report = check({ entries, today: "2026-07-13" });
    expect(report.findings).toEqual([]);
    // Holiday weeks of 4 × 5 h weigh as full weeks of 25 h.
    expect(report.totals.averageWeekly).toBe(25 * HOUR);
    expect(report.totals.requiredWeeklyPace).toBeLessThan(25 * HOUR);
  });

  it("finds nothing at a comfortable pace in the 1400 h project (30 h over 6 days)", () => {
    const entries = days(YEAR.startsOn, "2026-07-11", onServiceDays(ANNUAL_1400H, (day) => service(day)));
    const report = check({ entries, rules: ANNUAL_1400H, today: "2026-07-13" });
    expect(report.findings).toEqual([]);
    expect(report.totals.averageWeekly).toBe(30 * HOUR);
  });

  it("finds nothing once the year is served in full", () => {
    const entries = days(YEAR.startsOn, YEAR.endsOn, onServiceDays(AVERAGE_25H, (day) => service(day)));
    const report = check({ entries, today: "2027-02-01" });
    expect(report.findings).toEqual([]);
    expect(report.totals).toMatchObject({ minutes: 254 * 300, remainingMinutes: 0, requiredWeeklyPace: 0 });
  });

  it("starts from the plain pace before the first day", () => {
    const report = check({ today: "2026-01-13" });
    expect(report.findings).toEqual([]);
    // 68 700 min over 254 days, 5 a week.
    expect(report.totals).toMatchObject({ minutes: 0, remainingServiceDays: 254, requiredWeeklyPace: 1353, averageWeekly: null });
  });
});

describe("checkRules: weekly minimum", () => {
  const earlier = days(YEAR.startsOn, "2026-05-08", onServiceDays(AVERAGE_25H, (day) => service(day)));
  const eightHours = [...earlier, service("2026-05-11", 4 * HOUR), service("2026-05-12", 4 * HOUR)];

  it("warns on Thursday of a week with 8 h of a 20 h minimum, before the week fails", () => {
    const thursday = check({ entries: eightHours, today: "2026-05-14" });
    // Thursday and Friday at 5 h would bring 18 h.
    expect(ofRule(thursday.findings, "weekly_minimum")).toEqual([
      {
        rule: "weekly_minimum",
        code: "minimum_at_risk",
        level: "warning",
        weekStart: "2026-05-11",
        values: { minutes: 480, minimumMinutes: 1200, remainingServiceDays: 2, reachableMinutes: 1080 },
      },
    ]);
    const nextMonday = check({ entries: eightHours, today: "2026-05-18" });
    expect(ofRule(nextMonday.findings, "weekly_minimum")).toEqual([
      { rule: "weekly_minimum", code: "under_minimum", level: "violation", weekStart: "2026-05-11", values: { minutes: 480, minimumMinutes: 1200 } },
    ]);
  });

  it("keeps quiet while the week can still reach its minimum", () => {
    expect(ofRule(check({ entries: eightHours, today: "2026-05-13" }).findings, "weekly_minimum")).toEqual([]); // 8 + 3 × 5 h
    const fifteenHours = [...earlier, service("2026-05-11"), service("2026-05-12"), service("2026-05-13")];
    expect(ofRule(check({ entries: fifteenHours, today: "2026-05-14" }).findings, "weekly_minimum")).toEqual([]);
  });

  it("counts today as open until its entry is recorded", () => {
    const withThursday = [...eightHours, service("2026-05-14", 2 * HOUR)];
    const [finding] = ofRule(check({ entries: withThursday, today: "2026-05-14" }).findings, "weekly_minimum");
    expect(finding.values).toEqual({ minutes: 600, minimumMinutes: 1200, remainingServiceDays: 1, reachableMinutes: 900 });
  });

  it("warns for the 1400 h project with its 12 h minimum and 6 days", () => {
    const entries = [...days(YEAR.startsOn, "2026-05-09", onServiceDays(ANNUAL_1400H, (day) => service(day))), service("2026-05-11", 2 * HOUR)];
    // Thursday: 2 h + Thursday, Friday, Saturday at 4 h 29 = 15 h 27, enough.
    expect(ofRule(check({ entries, rules: ANNUAL_1400H, today: "2026-05-14" }).findings, "weekly_minimum")).toEqual([]);
    const saturday = ofRule(check({ entries, rules: ANNUAL_1400H, today: "2026-05-16" }).findings, "weekly_minimum");
    expect(saturday).toMatchObject([{ code: "minimum_at_risk", values: { minutes: 120, minimumMinutes: 720, remainingServiceDays: 1, reachableMinutes: 389 } }]);
    const after = ofRule(check({ entries, rules: ANNUAL_1400H, today: "2026-05-18" }).findings, "weekly_minimum");
    expect(after).toMatchObject([{ code: "under_minimum", weekStart: "2026-05-11", values: { minutes: 120, minimumMinutes: 720 } }]);
  });

  it("expects less of a week with a holiday and of the partial first and last weeks", () => {
    // 4 × 4 h in the week of 2 June: 16 h, its scaled minimum; the same in a plain week fails.
    const holidayWeek = ["2026-06-01", "2026-06-03", "2026-06-04", "2026-06-05"].map((day) => service(day, 4 * HOUR));
    const plainWeek = ["2026-06-08", "2026-06-09", "2026-06-10", "2026-06-11"].map((day) => service(day, 4 * HOUR));
    const findings = check({ entries: [...holidayWeek, ...plainWeek], today: "2026-06-15" }).findings;
    expect(inWeek(ofRule(findings, "weekly_minimum"), "2026-06-01")).toEqual([]);
    expect(inWeek(ofRule(findings, "weekly_minimum"), "2026-06-08")).toMatchObject([{ code: "under_minimum", values: { minutes: 960, minimumMinutes: 1200 } }]);

    // Wednesday–Friday of the first week at 4 h: 12 h, its scaled minimum; same for the last week.
    const first = ["2026-01-14", "2026-01-15", "2026-01-16"].map((day) => service(day, 4 * HOUR));
    const last = ["2027-01-11", "2027-01-12", "2027-01-13"].map((day) => service(day, 4 * HOUR));
    const end = check({ entries: [...first, ...last], today: "2027-01-14" }).findings;
    expect(inWeek(ofRule(end, "weekly_minimum"), "2026-01-12")).toEqual([]);
    expect(inWeek(ofRule(end, "weekly_minimum"), "2027-01-11")).toEqual([]);
    const short = check({ entries: first.slice(0, 2), today: "2026-01-19" }).findings;
    expect(ofRule(short, "weekly_minimum")).toMatchObject([{ weekStart: "2026-01-12", values: { minutes: 480, minimumMinutes: 720 } }]);
  });

  it("accepts a whole week of permits or sick days, and not a week of unpaid leave", () => {
    const weekOf = (monday: string, last: number, make: (day: string) => DayEntry) => days(monday, addDays(monday, last - 1), (day) => make(day));
    const entries = [
      ...weekOf("2026-05-11", 5, (day) => absence(day, "PERMIT")),
      ...weekOf("2026-05-18", 5, (day) => absence(day, "SICKNESS")),
      ...weekOf("2026-05-25", 5, (day) => absence(day, "UNPAID")),
    ];
    const report = check({ entries, today: "2026-06-01" });
    expect(week(report.weeks, "2026-05-11")).toMatchObject({ minutes: 1500, serviceDays: 5 });
    expect(inWeek(report.findings, "2026-05-11")).toEqual([]);
    expect(inWeek(report.findings, "2026-05-18")).toEqual([]);
    expect(inWeek(report.findings, "2026-05-25")).toMatchObject([{ code: "under_minimum", values: { minutes: 0, minimumMinutes: 1200 } }]);

    const sixPermits = weekOf("2026-05-11", 6, (day) => absence(day, "PERMIT"));
    const sixDays = check({ entries: sixPermits, rules: ANNUAL_1400H, today: "2026-05-18" });
    expect(week(sixDays.weeks, "2026-05-11")).toMatchObject({ minutes: 6 * 269, serviceDays: 6 });
    expect(inWeek(sixDays.findings, "2026-05-11")).toEqual([]);
  });
});

describe("checkRules: service days per week", () => {
  const weekdays = (monday: string, count: number) => Array.from({ length: count }, (_, i) => service(addDays(monday, i)));

  it("is a violation to serve more days than the project's", () => {
    const findings = check({ entries: weekdays("2026-05-11", 6), today: "2026-05-18" }).findings;
    expect(ofRule(findings, "days_per_week")).toEqual([
      { rule: "days_per_week", code: "too_many_days", level: "violation", weekStart: "2026-05-11", values: { serviceDays: 6, maxDays: 5 } },
    ]);
    // Six days are the rule of the 6-day project.
    expect(ofRule(check({ entries: weekdays("2026-05-11", 6), rules: ANNUAL_1400H, today: "2026-05-18" }).findings, "days_per_week")).toEqual([]);
    // Permits and sick days fill service days too.
    const withAbsences = [...weekdays("2026-05-11", 4), absence("2026-05-15", "PERMIT"), absence("2026-05-16", "SICKNESS")];
    expect(ofRule(check({ entries: withAbsences, today: "2026-05-18" }).findings, "days_per_week")).toMatchObject([{ values: { serviceDays: 6 } }]);
  });

  it("warns once the week has its days and days remain in it", () => {
    const friday = check({ entries: weekdays("2026-05-11", 5), today: "2026-05-15" }).findings;
    expect(ofRule(friday, "days_per_week")).toEqual([
      { rule: "days_per_week", code: "limit_reached", level: "warning", weekStart: "2026-05-11", values: { serviceDays: 5, maxDays: 5, remainingDays: 2 } },
    ]);
    const saturday = check({ entries: weekdays("2026-05-11", 6), rules: ANNUAL_1400H, today: "2026-05-16" }).findings;
    expect(ofRule(saturday, "days_per_week")).toMatchObject([{ code: "limit_reached", values: { serviceDays: 6, maxDays: 6, remainingDays: 1 } }]);
    expect(ofRule(check({ entries: weekdays("2026-05-11", 4), today: "2026-05-14" }).findings, "days_per_week")).toEqual([]);
    // Once the week is over, five days are just a week served.
    expect(ofRule(check({ entries: weekdays("2026-05-11", 5), today: "2026-05-18" }).findings, "days_per_week")).toEqual([]);
  });

  it("allows fewer days in a partial week: 4 from Wednesday to Sunday", () => {
    const wednesdayToSaturday = ["2026-01-14", "2026-01-15", "2026-01-16", "2026-01-17"].map((day) => service(day));
    expect(ofRule(check({ entries: wednesdayToSaturday, today: "2026-01-19" }).findings, "days_per_week")).toEqual([]);
    const andSunday = [...wednesdayToSaturday, service("2026-01-18")];
    expect(ofRule(check({ entries: andSunday, today: "2026-01-19" }).findings, "days_per_week")).toMatchObject([
      { code: "too_many_days", weekStart: "2026-01-12", values: { serviceDays: 5, maxDays: 4 } },
    ]);
  });
});

describe("checkRules: permits and sick days", () => {
  // On Mondays that are not holidays, one a week.
  const mondays = (kind: "PERMIT" | "SICKNESS", count: number) =>
    days(YEAR.startsOn, YEAR.endsOn, (day, weekday) => (weekday === 1 && !isNationalHoliday(day) ? absence(day, kind) : null)).slice(0, count);
  const allowance = (kind: "PERMIT" | "SICKNESS", count: number, extra: Partial<RulesInput> = {}) => {
    const report = check({ entries: mondays(kind, count), today: "2026-01-13", ...extra });
    return { totals: report.totals, findings: ofRule(report.findings, kind === "PERMIT" ? "permits" : "sickness") };
  };

  it("counts them as service at the standard day", () => {
    const report = check({ entries: [absence("2026-05-11", "PERMIT"), absence("2026-05-12", "SICKNESS"), absence("2026-05-13", "UNPAID")], today: "2026-05-14" });
    expect(report.totals).toMatchObject({ minutes: 600, permitDays: 1, sicknessDays: 1 });
    const other = check({ entries: [absence("2026-05-11", "PERMIT")], rules: ANNUAL_1400H, today: "2026-05-14" });
    expect(other.totals).toMatchObject({ minutes: 269, permitDays: 1 });
  });

  it("warns with 2 permit days left and flags the 21st", () => {
    expect(allowance("PERMIT", 17).findings).toEqual([]);
    expect(allowance("PERMIT", 18).findings).toEqual([
      { rule: "permits", code: "allowance_nearly_used", level: "warning", values: { usedDays: 18, allowedDays: 20, leftDays: 2 } },
    ]);
    expect(allowance("PERMIT", 20).findings).toMatchObject([{ code: "allowance_nearly_used", values: { leftDays: 0 } }]);
    expect(allowance("PERMIT", 21).findings).toEqual([
      { rule: "permits", code: "allowance_exceeded", level: "violation", values: { usedDays: 21, allowedDays: 20, excessDays: 1 } },
    ]);
    expect(allowance("PERMIT", 21).totals.permitDays).toBe(21);
  });

  it("warns with 2 sick days left and flags the 16th", () => {
    expect(allowance("SICKNESS", 12).findings).toEqual([]);
    expect(allowance("SICKNESS", 13).findings).toMatchObject([{ rule: "sickness", code: "allowance_nearly_used", values: { usedDays: 13, allowedDays: 15, leftDays: 2 } }]);
    expect(allowance("SICKNESS", 16).findings).toMatchObject([{ rule: "sickness", code: "allowance_exceeded", values: { excessDays: 1 } }]);
  });

  it("counts permits booked ahead, and takes a shorter project's allowances", () => {
    expect(allowance("PERMIT", 18, { today: "2026-01-13" }).totals.permitDays).toBe(18);
    const shorter = allowance("PERMIT", 14, { allowances: { permitDays: 14, sicknessDays: 10 } });
    expect(shorter.findings).toMatchObject([{ code: "allowance_nearly_used", values: { usedDays: 14, allowedDays: 14, leftDays: 0 } }]);
  });
});

describe("checkRules: national holidays", () => {
  it("warns of service on a holiday, and still counts it", () => {
    const report = check({ entries: [service("2026-06-02", 4 * HOUR, "TRAINING"), absence("2026-06-03", "PERMIT")], today: "2026-06-03" });
    expect(ofRule(report.findings, "holiday_service")).toEqual([
      { rule: "holiday_service", code: "service_on_holiday", level: "warning", day: "2026-06-02", weekStart: "2026-06-01", values: { minutes: 240 } },
    ]);
    expect(report.totals.minutes).toBe(540);
  });
});

describe("checkRules: weekly average", () => {
  // Monday to Thursday: 4 days a week, meeting the 20 h minimum with 5 h days.
  const fourDays = (minutes: number) => days(YEAR.startsOn, YEAR.endsOn, (day, weekday) => (weekday <= 4 ? service(day, minutes) : null));

  it("warns when the finished weeks average more than 10% under 25 h, once 4 are finished", () => {
    const entries = fourDays(5 * HOUR).filter((entry) => entry.day < "2026-02-16");
    // Weeks finished by Monday 16 February: the first (Wed, Thu of its 3 expected days) and 4 full ones:
    // 5400 min over 23 expected days = 1174 min a 5-day week.
    const findings = ofRule(check({ entries, today: "2026-02-16" }).findings, "weekly_average");
    expect(findings).toEqual([
      {
        rule: "weekly_average",
        code: "below_average",
        level: "warning",
        values: { averageMinutes: 1174, weeklyAverageMinutes: 1500, thresholdMinutes: 1350, weeks: 5 },
      },
    ]);
    expect(ofRule(check({ entries, today: "2026-02-02" }).findings, "weekly_average")).toEqual([]); // 3 weeks: too early
    const sixHourDays = fourDays(6 * HOUR).filter((entry) => entry.day < "2026-02-16");
    expect(ofRule(check({ entries: sixHourDays, today: "2026-02-16" }).findings, "weekly_average")).toEqual([]); // 1409 min
  });

  it("has no such rule without a weekly average, but still reports the average", () => {
    const entries = fourDays(2 * HOUR).filter((entry) => entry.day < "2026-03-02");
    const report = check({ entries, rules: ANNUAL_1400H, today: "2026-03-02" });
    expect(ofRule(report.findings, "weekly_average")).toEqual([]);
    // 2 + 6 × 4 days of 2 h = 3120 min over 4 + 6 × 6 expected days, per 6-day week.
    expect(report.totals.averageWeekly).toBe(468);
  });
});

describe("checkRules: annual total", () => {
  // From Monday 14 December 2026 to the end, 20 days remain open over Monday–Friday (25 December,
  // 1 and 6 January off), 23 over Monday–Saturday (25, 26 December, 1 and 6 January off).
  const today = "2026-12-14";

  it("finds nothing while the pace needed is at most the 25 h average", () => {
    // 209 days of 5 h (to 5 November): 6000 min left, × 5 / 20 days = 1500.
    const report = check({ entries: firstServiceDays(AVERAGE_25H, 209), today });
    expect(report.totals).toMatchObject({ minutes: 62700, remainingMinutes: 6000, remainingServiceDays: 20, requiredWeeklyPace: 1500 });
    expect(ofRule(report.findings, "annual")).toEqual([]);
  });

  it("warns when the pace needed exceeds the weekly average, before it becomes unreachable", () => {
    const behind = check({ entries: firstServiceDays(AVERAGE_25H, 207), today });
    expect(ofRule(behind.findings, "annual")).toEqual([
      {
        rule: "annual",
        code: "pace_above_target",
        level: "warning",
        values: { creditedMinutes: 62100, annualMinutes: 68700, remainingMinutes: 6600, remainingServiceDays: 20, requiredWeeklyPace: 1650, targetWeeklyPace: 1500 },
      },
    ]);
  });

  it("flags a pace above 36 h a week as unreachable, and exactly 36 h as a warning", () => {
    // 200 days (to 23 October) and an hour: 8640 min over 20 days is 2160 a week, the limit.
    const atLimit = check({ entries: [...firstServiceDays(AVERAGE_25H, 200), service("2026-11-30", 60)], today });
    expect(atLimit.totals.minutes).toBe(60060);
    expect(atLimit.totals.requiredWeeklyPace).toBe(MAX_WEEKLY_PACE_MINUTES);
    expect(ofRule(atLimit.findings, "annual")).toMatchObject([{ code: "pace_above_target", level: "warning" }]);

    const tooFar = check({ entries: firstServiceDays(AVERAGE_25H, 199), today });
    expect(ofRule(tooFar.findings, "annual")).toEqual([
      {
        rule: "annual",
        code: "pace_unreachable",
        level: "violation",
        values: { creditedMinutes: 59700, annualMinutes: 68700, remainingMinutes: 9000, remainingServiceDays: 20, requiredWeeklyPace: 2250, maxWeeklyPace: 2160 },
      },
    ]);
  });

  it("counts today as open until it is recorded", () => {
    const recorded = check({ entries: [...firstServiceDays(AVERAGE_25H, 207), service(today)], today });
    // 6300 min over the 19 days after today.
    expect(recorded.totals).toMatchObject({ remainingMinutes: 6300, remainingServiceDays: 19, requiredWeeklyPace: 1658 });
  });

  it("is a violation once the enrolment is over short of the hours", () => {
    const report = check({ entries: firstServiceDays(AVERAGE_25H, 207), today: "2027-01-20" });
    expect(ofRule(report.findings, "annual")).toEqual([
      { rule: "annual", code: "hours_missing", level: "violation", values: { creditedMinutes: 62100, annualMinutes: 68700, remainingMinutes: 6600 } },
    ]);
    expect(report.totals).toMatchObject({ remainingServiceDays: 0, requiredWeeklyPace: null });
  });

  it("without a weekly average, warns above the plain pace plus 10%", () => {
    // Plain pace: 84 000 × 6 / 303 = 1664 min; target 1830. 256 days of 5 h and one of 70 min more.
    const entries = firstServiceDays(ANNUAL_1400H, 256);
    entries[0] = service(entries[0].day, 5 * HOUR + 70);
    const behind = check({ entries, rules: ANNUAL_1400H, today });
    // 7130 × 6 / 23 = 1860.
    expect(ofRule(behind.findings, "annual")).toMatchObject([
      { code: "pace_above_target", values: { remainingMinutes: 7130, remainingServiceDays: 23, requiredWeeklyPace: 1860, targetWeeklyPace: 1830 } },
    ]);
    entries[1] = service(entries[1].day, 5 * HOUR + 115);
    const onTarget = check({ entries, rules: ANNUAL_1400H, today });
    expect(onTarget.totals.requiredWeeklyPace).toBe(1830); // 7015 × 6 / 23
    expect(ofRule(onTarget.findings, "annual")).toEqual([]);
  });
});

describe("checkRules: entries", () => {
  it("reports malformed, duplicate and out-of-enrolment entries, counting none of them", () => {
    const entries: DayEntry[] = [
      { day: "2026-05-11", kind: "SERVICE", startMinute: 14 * HOUR, endMinute: 9 * HOUR },
      service("2026-05-12"),
      service("2026-05-12", 8 * HOUR),
      service("2026-01-13"),
      { day: "2026-02-30", kind: "PERMIT" },
      service("2026-05-13", 11 * HOUR),
    ];
    const report = check({ entries, today: "2026-05-14" });
    expect(ofRule(report.findings, "entry")).toEqual([
      { rule: "entry", code: "outside_enrolment", level: "violation", day: "2026-01-13", values: {} },
      { rule: "entry", code: "invalid_day", level: "violation", day: "2026-02-30", values: {} },
      { rule: "entry", code: "end_before_start", level: "violation", day: "2026-05-11", values: { startMinute: 840, endMinute: 540 } },
      { rule: "entry", code: "duplicate_day", level: "violation", day: "2026-05-12", values: {} },
      { rule: "entry", code: "too_long", level: "violation", day: "2026-05-13", values: { minutes: 660, limit: 600 } },
    ]);
    expect(report.totals.minutes).toBe(300 + 660);
  });

  it("gives values that a message can take as they are", () => {
    const findings = check({ entries: firstServiceDays(AVERAGE_25H, 199), today: "2026-12-14" }).findings;
    for (const finding of findings) {
      const values: Record<string, number> = finding.values;
      expect(Object.values(values).every(Number.isInteger)).toBe(true);
    }
  });
});

describe("checkRules across daylight saving time", () => {
  const originalTimeZone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTimeZone;
  });

  // Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026: wall-clock minutes
  // make those weeks like any other.
  const dstWeeks = [
    ...days("2026-03-23", "2026-03-27", (day) => service(day)),
    { day: "2026-03-29", kind: "SERVICE" as const, startMinute: 1 * HOUR, endMinute: 4 * HOUR, breakMinutes: 0 }, // 02:00–03:00 does not exist
    ...days("2026-10-19", "2026-10-23", (day) => service(day)),
    { day: "2026-10-25", kind: "SERVICE" as const, startMinute: 1 * HOUR, endMinute: 4 * HOUR, breakMinutes: 0 }, // 02:00–03:00 happens twice
  ];
  const dstCheck = (today: string) => check({ entries: dstWeeks, rules: ANNUAL_1400H, today });

  it("puts the Sunday of the change in its week and counts wall-clock minutes", () => {
    const report = dstCheck("2026-11-02");
    expect(week(report.weeks, "2026-03-23")).toMatchObject({ minutes: 5 * 300 + 180, serviceDays: 6, enrolledDays: 7, expectedDays: 6 });
    expect(week(report.weeks, "2026-03-30")).toMatchObject({ minutes: 0, enrolledDays: 7, expectedDays: 6 });
    expect(week(report.weeks, "2026-10-19")).toMatchObject({ minutes: 5 * 300 + 180, serviceDays: 6 });
    expect(week(report.weeks, "2026-10-26")).toMatchObject({ minutes: 0 });
    expect(inWeek(report.findings, "2026-03-23")).toEqual([]);
    expect(inWeek(report.findings, "2026-10-19")).toEqual([]);
  });

  it("warns about the DST week as about any other", () => {
    const thursday = check({ entries: [service("2026-03-23", 4 * HOUR), service("2026-03-24", 4 * HOUR)], today: "2026-03-26" });
    expect(inWeek(thursday.findings, "2026-03-23")).toMatchObject([{ code: "minimum_at_risk", values: { minutes: 480, remainingServiceDays: 2 } }]);
    const sunday = check({ entries: days("2026-10-19", "2026-10-23", (day) => service(day)), today: "2026-10-25" });
    // Five days served: the minimum is met, and the rest day is still to be kept.
    expect(inWeek(sunday.findings, "2026-10-19")).toMatchObject([{ code: "limit_reached", values: { serviceDays: 5, remainingDays: 1 } }]);
    expect(sunday.weeks.map((summary) => summary.weekStart)).toContain("2026-10-26");
  });

  it("gives the same weeks whatever the server's time zone", () => {
    const inZone = (zone: string, i: number) => {
      process.env.TZ = zone;
      // A different last day in each zone, so that no calendar is reused from another zone.
      const report = checkRules({ entries: dstWeeks, rules: ANNUAL_1400H, enrolment: { startsOn: "2026-03-18", endsOn: `2026-11-1${i}` }, today: "2026-10-25" });
      const dst = ["2026-03-23", "2026-03-30", "2026-10-19", "2026-10-26"];
      return {
        offset: new Date(2026, 0, 1).getTimezoneOffset(),
        weeks: report.weeks.filter((summary) => dst.includes(summary.weekStart)),
        findings: dst.flatMap((weekStart) => inWeek(report.findings, weekStart)),
      };
    };
    const reference = inZone("Europe/Rome", 0);
    expect(reference.weeks.map((summary) => summary.minutes)).toEqual([1680, 0, 1680, 0]);
    for (const [i, zone] of ["UTC", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"].entries()) {
      const other = inZone(zone, i + 1);
      expect(other.offset).not.toBe(reference.offset); // the zone did change
      expect({ weeks: other.weeks, findings: other.findings }).toEqual({ weeks: reference.weeks, findings: reference.findings });
    }
  });
});
