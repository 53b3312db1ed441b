// The public-action limiter on Redis: shared by app instances, and still limiting when Redis is down.
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";

import { createLimiter } from "@/lib/rate-limit/limiter";
import { freePort } from "@/scripts/lib/embedded-postgres";

const clients: Redis[] = [];
const connect = (url: string) => {
  const client = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
  client.on("error", () => {}); // a refused connection is what one test is about
  clients.push(client);
  return client;
};

afterAll(() => {
  for (const client of clients) client.disconnect();
});

// `npm test` sets TEST_REDIS_URL when a Redis answers (REDIS_URL, or 127.0.0.1:6379); a machine
// without Redis still runs the fallback test below.
const redisUrl = process.env.TEST_REDIS_URL;

describe.runIf(redisUrl)("with Redis", () => {
  it("shares one count between two app instances", async () => {
    const rule = { name: `test-shared-${Date.now()}`, points: 4, windowSeconds: 60 };
    const [redisA, redisB] = [connect(redisUrl!), connect(redisUrl!)];
    // Before "ready" the limiter would count in memory (its fallback), as a fresh instance does.
    await Promise.all([redisA, redisB].map((client) => new Promise((resolve) => client.once("ready", resolve))));
    const instanceA = createLimiter(rule, { redis: redisA });
    const instanceB = createLimiter(rule, { redis: redisB });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? instanceA : instanceB).consume("203.0.113.7")),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(4);
  });
});

describe("when Redis does not answer", () => {
  it("falls back to counting in memory instead of failing or letting everyone through", async () => {
    const downUrl = `redis://127.0.0.1:${await freePort()}`;
    const limiter = createLimiter({ name: "test-down", points: 2, windowSeconds: 60 }, { redis: connect(downUrl) });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await limiter.consume("203.0.113.8"));
    expect(results.map((r) => r.allowed)).toEqual([true, true, false]);
  });
});
