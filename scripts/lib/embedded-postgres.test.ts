import { describe, expect, it } from "vitest";

import { loadEmbeddedPostgres } from "./embedded-postgres";

describe("loadEmbeddedPostgres", () => {
  it("leaves no beforeExit handler that would turn a failed test run's exit code into 0", async () => {
    const before = [process.listeners("beforeExit").length, process.listeners("exit").length];
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe("function");
    expect([process.listeners("beforeExit").length, process.listeners("exit").length]).toEqual(before);
  });
});
