// Keyboard-only helpers: reach an element with Tab (never by clicking), then act with keys.
import { expect, type Locator, type Page } from '@playwright/test';

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until the element has focus (fails when it is not reachable). */
export async function tabTo(page: Page, target: Locator, maxPresses = 150) {
  for (let press = 0; press < maxPresses; press++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, 'reachable with the Tab key').toBeFocused();
}

export async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** A radio button: Tab into its group (first option), then arrow keys to the one wanted. */
export async function chooseRadio(page: Page, firstOfGroup: Locator, target: Locator, maxPresses = 12) {
  await tabTo(page, firstOfGroup);
  for (let press = 0; press < maxPresses && !(await isFocused(target)); press++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(target).toBeChecked();
}

export async function tick(page: Page, checkbox: Locator) {
  await tabTo(page, checkbox);
  await page.keyboard.press('Space');
  await expect(checkbox).toBeChecked();
}

export async function press(page: Page, button: Locator) {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}
