import { describe, expect, it } from "vitest";

import { MANAGE_SECONDS, manageToken, readManageToken } from "./manage-session";

const id = "0b8f5f0e-6a43-4c36-9d7e-2b7c2d3f8a11";
const secret = "a-test-secret-that-is-long-enough-000000";

describe("manage token", () => {
  it("names the appointment until it expires", () => {
    const now = new Date("2026-11-25T10:00:00Z");
    const token = manageToken(id, secret, now);
    expect(readManageToken(token, secret, now)).toBe(id);
    expect(readManageToken(token, secret, new Date(now.getTime() + (MANAGE_SECONDS - 1) * 1000))).toBe(id);
    expect(readManageToken(token, secret, new Date(now.getTime() + MANAGE_SECONDS * 1000))).toBeNull();
  });

  it("refuses a forged, altered or malformed token", () => {
    const token = manageToken(id, secret);
    expect(readManageToken(token, "another-secret-that-is-long-enough-0000")).toBeNull();
    expect(readManageToken(token.replace(id, "1b8f5f0e-6a43-4c36-9d7e-2b7c2d3f8a11"), secret)).toBeNull();
    const [a, , c] = token.split(".");
    expect(readManageToken(`${a}.9999999999.${c}`, secret)).toBeNull();
    for (const bad of [undefined, "", "x", "a.b", "a.b.c.d", "x".repeat(500)]) expect(readManageToken(bad, secret)).toBeNull();
  });
});
