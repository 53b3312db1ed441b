import { describe, expect, it } from "vitest";

import { configuredBaseUrl, linkBaseUrl } from "./link-base-url";

describe("linkBaseUrl", () => {
  it("prefers PUBLIC_URL", () => {
    expect(linkBaseUrl(new Headers({ host: "evil.example" }), "https://sportello.example.org")).toBe("https://sportello.example.org");
  });

  it("uses the forwarded protocol and host otherwise", () => {
    expect(linkBaseUrl(new Headers({ host: "sportello.example.org", "x-forwarded-proto": "https" }), undefined)).toBe(
      "https://sportello.example.org",
    );
    expect(linkBaseUrl(new Headers({ host: "localhost:3400" }), undefined)).toBe("http://localhost:3400");
    expect(linkBaseUrl(new Headers({ host: "[::1]:3000", "x-forwarded-proto": "ftp" }), undefined)).toBe("http://[::1]:3000");
  });

  it("never builds a link from a malformed host", () => {
    for (const host of ["evil.example/path", "user@evil.example", "evil.example:80:80", "a b", ""]) {
      expect(linkBaseUrl(new Headers(host ? { host } : {}), undefined), host).toBe("http://localhost");
    }
  });
});

describe("configuredBaseUrl", () => {
  it("is PUBLIC_URL, else the development server's port on localhost", () => {
    expect(configuredBaseUrl({ PUBLIC_URL: "https://sportello.example.org", PORT: "4000" })).toBe("https://sportello.example.org");
    expect(configuredBaseUrl({ PORT: "4000" })).toBe("http://localhost:4000");
    expect(configuredBaseUrl({})).toBe("http://localhost:3000");
  });
});
