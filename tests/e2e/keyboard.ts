import type { Locator, Page } from "@playwright/test";

import { expect } from "./fixtures";

// Keyboard-only helpers: the journeys that use them never touch the mouse.

/** Presses Tab (or Shift+Tab) until `target` has the focus. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  await expect(target, `Tab never reached ${target}`).toBeFocused();
}

/** Tabs into a radio group, then moves with the arrow keys until `option` is checked. */
export async function chooseRadio(page: Page, group: Locator, option: Locator, max = 40): Promise<void> {
  await tabTo(page, group.getByRole("radio", { checked: true }));
  for (let i = 0; i < max && !(await option.isChecked()); i++) await page.keyboard.press("ArrowDown");
  await expect(option).toBeChecked();
  await expect(option).toBeFocused();
}

/** Tabs to a button or link and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press("Enter");
}
