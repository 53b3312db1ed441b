import { describe, expect, it } from "vitest";

import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the first X-Forwarded-For entry, then X-Real-IP", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" }))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ "x-real-ip": " 198.51.100.2 " }))).toBe("198.51.100.2");
  });

  it("is null when the proxy says nothing usable", () => {
    expect(clientAddress(new Headers())).toBeNull();
    expect(clientAddress(new Headers({ "x-forwarded-for": "x".repeat(200) }))).toBeNull();
  });
});
