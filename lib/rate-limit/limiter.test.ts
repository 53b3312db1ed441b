import { describe, expect, it } from "vitest";

import { createLimiter } from "./limiter";

describe("createLimiter (in-process)", () => {
  it("lets a key act `points` times per window, then says when to retry", async () => {
    const limiter = createLimiter({ name: "test-memory", points: 3, windowSeconds: 60 });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.consume("203.0.113.7"));
    expect(results.slice(0, 3)).toEqual([
      { allowed: true, remaining: 2 },
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
    ]);
    expect(results[3]).toMatchObject({ allowed: false });
    expect((results[3] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(55);
  });

  it("counts each key on its own", async () => {
    const limiter = createLimiter({ name: "test-keys", points: 1, windowSeconds: 60 });
    expect((await limiter.consume("a")).allowed).toBe(true);
    expect((await limiter.consume("a")).allowed).toBe(false);
    expect((await limiter.consume("b")).allowed).toBe(true);
  });

  it("is exact under concurrency", async () => {
    const limiter = createLimiter({ name: "test-race", points: 5, windowSeconds: 60 });
    const results = await Promise.all(Array.from({ length: 50 }, () => limiter.consume("same")));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});
