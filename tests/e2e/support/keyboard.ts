/** Keyboard-only navigation helpers: move focus with Tab, as a reader without a mouse does. */
import type { Page } from 'playwright-core';

/**
 * tabTo(page, 'nav[aria-label="Regions"] a') → presses Tab until the focused element matches
 * the selector, and returns its text; throws if it is never reached (a keyboard trap or a
 * link that is not focusable).
 */
export async function tabTo(page: Page, selector: string, maxPresses = 400): Promise<string> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate((s) => {
      const active = document.activeElement;
      return active && active !== document.body && active.matches(s) ? (active.textContent ?? '').trim() : null;
    }, selector);
    if (text !== null) return text;
  }
  throw new Error(`${selector} not reached by ${maxPresses} Tab presses on ${page.url()}`);
}

/** What has focus now: tag, text and whether a visible focus outline is drawn. */
export function focused(page: Page): Promise<{ tag: string; text: string; outline: string; inView: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', text: '', outline: 'none', inView: false };
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      inView: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight,
    };
  });
}

/** Press Enter on the focused link and wait for the next page to load. */
export async function follow(page: Page): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
}
