import { describe, expect, it } from "vitest";

import { CAMERA_PATHS, contentSecurityPolicy, createNonce, securityHeaders } from "./headers";

describe("contentSecurityPolicy", () => {
  it("allows only nonce-bearing scripts and no eval in production", () => {
    const policy = contentSecurityPolicy("abc123", { development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("form-action 'self'");
  });

  it("lets development tooling evaluate code and open its socket", () => {
    const policy = contentSecurityPolicy("abc123", { development: true });
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' ws:");
  });
});

describe("createNonce", () => {
  it("is fresh and long enough each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0], "base64")).toHaveLength(16);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS in production only", () => {
    expect(securityHeaders({ production: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
    expect(securityHeaders({ production: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ production: false })).toMatchObject({ "X-Frame-Options": "DENY", "Referrer-Policy": "strict-origin-when-cross-origin" });
  });
});

describe("camera permission", () => {
  it("is granted to this origin on a desk's day page only", () => {
    expect(securityHeaders({ production: true })["Permissions-Policy"]).toContain("camera=()");
    expect(securityHeaders({ production: true, camera: true })["Permissions-Policy"]).toContain("camera=(self)");
    expect(CAMERA_PATHS.test("/sportello/138935")).toBe(true);
    expect(CAMERA_PATHS.test("/sportello")).toBe(false);
    expect(CAMERA_PATHS.test("/sportello/138935/contatto/x")).toBe(false);
    expect(CAMERA_PATHS.test("/prenota")).toBe(false);
  });
});
