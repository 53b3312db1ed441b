import { describe, expect, it } from "vitest";

import { BEFORE_CHANGE_MS, fakeClockEnv, nextClockChange, shiftedClocks } from "./shifted-clocks";

describe("shifted clocks", () => {
  it("finds Europe/Rome's next change of clocks, forward in spring and back in autumn", () => {
    expect(nextClockChange(new Date("2026-12-04T22:59:00Z")).toISOString()).toBe("2027-03-28T01:00:00.000Z");
    expect(nextClockChange(new Date("2027-04-01T00:00:00Z")).toISOString()).toBe("2027-10-31T01:00:00.000Z");
    // From an instant with seconds: still the change's own minute.
    expect(nextClockChange(new Date("2026-12-04T23:11:32.395Z")).toISOString()).toBe("2027-03-28T01:00:00.000Z");
    // One minute before a change, and on it: the change itself, then the next one.
    expect(nextClockChange(new Date("2027-03-28T00:59:00Z")).toISOString()).toBe("2027-03-28T01:00:00.000Z");
    expect(nextClockChange(new Date("2027-03-28T01:00:00Z")).toISOString()).toBe("2027-10-31T01:00:00.000Z");
  });

  it("runs 400 days ahead and just before the next change, so that the change happens during the run", () => {
    const [ahead, change] = shiftedClocks(new Date("2026-12-04T22:59:00Z"));
    expect(ahead.start.toISOString()).toBe("2028-01-08T22:59:00.000Z");
    expect(change.start.getTime()).toBe(new Date("2027-03-28T01:00:00Z").getTime() - BEFORE_CHANGE_MS);
  });

  it("starts a running fake clock at the given instant, leaving the monotonic clock alone", () => {
    expect(fakeClockEnv("/lib/libfaketime.so.1", new Date("2028-01-08T22:59:00.900Z"))).toEqual({
      LD_PRELOAD: "/lib/libfaketime.so.1",
      FAKETIME: "@1830985140",
      FAKETIME_FMT: "%s",
      FAKETIME_DONT_FAKE_MONOTONIC: "1",
    });
  });
});
