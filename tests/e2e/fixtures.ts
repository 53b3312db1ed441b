// The journeys' `test`: Playwright's, with a time budget that grows with the work a journey does.
//
// A fixed timeout per test is a guess: a long journey on a busy machine passes it, a short one that
// hangs waits it out. Here each test starts with a small budget and every step it takes adds one
// step's worth: a page load, a client navigation or a form submission (the requests that make the
// server render), and an accessibility scan. A journey that does more gets more time; a step that
// takes far longer than a step should, or a wait for something that never comes, still fails.
import { test as base, expect, type Browser, type BrowserContext, type Request, type TestInfo } from "@playwright/test";

/**
 * One step's budget, and the longest wait for what one step shows. Measured on this project's 2-core
 * machine with the other core held by a busy loop: 0.1–0.7 s per step on average over a journey
 * (docs/e2e.md). Ten seconds is over ten times that: a step slower than this is broken, not slow.
 */
export const STEP_MS = 10_000;
/** Before the first step: opening the browser context, the test's own database set-up. */
export const START_MS = 30_000;
/** However many steps: a journey this long is stuck in a loop, not slow. */
const MAX_MS = 10 * 60_000;

const watched = new WeakSet<BrowserContext>();

/**
 * Whether `request` is a step: a document, a client navigation or refresh (an RSC request), or a POST
 * (a form or server action). Link prefetches are the router's guesses, not the journey's work.
 */
function isStep(request: Request): boolean {
  if (request.method() === "POST") return true;
  if (request.isNavigationRequest()) return true;
  const headers = request.headers();
  return request.resourceType() === "fetch" && headers["rsc"] === "1" && !("next-router-prefetch" in headers);
}

const stepCounts = new WeakMap<TestInfo, number>();

/** Adds one step to the current test's budget. */
export function addStep(testInfo: TestInfo = base.info()): void {
  stepCounts.set(testInfo, (stepCounts.get(testInfo) ?? 0) + 1);
  testInfo.setTimeout(Math.min(testInfo.timeout + STEP_MS, MAX_MS));
}

/** Counts the steps of every page of `context` (the test's own context is counted already). */
export function countSteps(context: BrowserContext, testInfo: TestInfo = base.info()): BrowserContext {
  if (!watched.has(context)) {
    watched.add(context);
    context.on("request", (request) => {
      if (isStep(request)) addStep(testInfo);
    });
  }
  return context;
}

export const test = base.extend<{ stepBudget: void }>({
  stepBudget: [
    async ({ browser, context }, runTest, testInfo) => {
      testInfo.setTimeout(START_MS);
      countSteps(context, testInfo);
      // Contexts a journey opens for a second person (browser.newPage goes through newContext too).
      const newContext = browser.newContext.bind(browser);
      (browser as Browser).newContext = async (options) => countSteps(await newContext(options), testInfo);
      try {
        await runTest();
      } finally {
        browser.newContext = newContext;
        // In the JSON report: what docs/e2e.md's step times are measured from.
        testInfo.annotations.push({ type: "steps", description: String(stepCounts.get(testInfo) ?? 0) });
      }
    },
    { auto: true },
  ],
});

export { expect };
