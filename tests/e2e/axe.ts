import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { addStep, expect } from "./fixtures";

/** Fails with a readable list when the page breaks a WCAG 2.1 A/AA rule that axe can check. */
export async function expectAccessible(page: Page): Promise<void> {
  // A scan of a whole page is a step of its own (seconds of the browser's work on a busy machine).
  addStep();
  // Next streams a dynamic page's metadata after its body: the title may land a moment later.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const report = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(" ")} — ${node.failureSummary?.split("\n").join(" ")}`).join("\n"),
  );
  expect(report, `axe found WCAG 2.1 AA violations on ${page.url()}`).toEqual([]);
}
