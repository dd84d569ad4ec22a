/**
 * A reader goes home → campaign → region → force and back by keyboard alone, on the site
 * served under /some-repo/ (as on GitHub Pages); the skip link, disclosure widgets and
 * downloads work from the keyboard too.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { focused, follow, tabTo } from './support/keyboard.ts';

const site = inject('baseSite');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

const h1 = () => page.locator('h1').innerText();
const pathOf = () => new URL(page.url()).pathname;

describe('keyboard journey under /some-repo/', () => {
  it('starts with a visible skip link that moves focus into the main content', async () => {
    await page.goto(site.home);
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', text: 'Skip to content', inView: true });
    expect(skip.outline).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    // The next Tab lands inside <main>, past the header link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('goes home → campaign → region → force by Tab and Enter', async () => {
    await page.goto(site.home);
    const campaign = await tabTo(page, 'main .campaigns a');
    await follow(page);
    expect(pathOf()).toMatch(new RegExp(`^${site.base}[a-z0-9-]+/$`));
    expect(await page.locator('.release .meta').innerText()).toContain(campaign);

    for (const selector of ['nav[aria-label="Regions"] a', 'nav[aria-label^="Forces in"] a']) {
      await tabTo(page, selector);
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
      await follow(page);
      expect(page.url()).toBe(href);
      expect(await h1()).not.toBe('');
    }
    expect(await page.locator('.breadcrumbs li').count()).toBe(4);
  });

  it('comes back force → region → campaign → home through the breadcrumbs', async () => {
    const parent = '.breadcrumbs li:nth-last-child(2) a';
    for (const crumbsLeft of [3, 2, 0]) {
      await tabTo(page, parent);
      const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
      await follow(page);
      expect(page.url()).toBe(href);
      expect(await page.locator('.breadcrumbs li').count()).toBe(crumbsLeft);
    }
    expect(pathOf()).toBe(site.base);
    expect(await page.locator('.campaigns a').count()).toBeGreaterThan(0);
  });
});

describe('interactive elements on a force page work from the keyboard', () => {
  beforeAll(async () => {
    await page.goto(site.home);
    await tabTo(page, 'main .campaigns a');
    await follow(page);
    await tabTo(page, 'nav[aria-label="Forces"] a');
    await follow(page);
  });

  it('opens every "Figures in this chart" disclosure with Enter', async () => {
    const count = await page.locator('details').count();
    for (let i = 0; i < count; i += 1) {
      await tabTo(page, `details:not([open]) > summary`);
      await page.keyboard.press('Enter');
    }
    expect(await page.locator('details:not([open])').count()).toBe(0);
  });

  it('downloads one file of each type in the Downloads list with Enter', async () => {
    const names = await page.locator('.downloads a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').pop()!));
    expect(names).toEqual(expect.arrayContaining(['release.txt', 'figures.csv', 'figures.json']));
    // One per extension: Chromium stops a page after ~10 downloads in a row; every file is fetched in downloads.test.ts.
    const firstOfEach = [...new Map(names.map((name) => [name.split('.').pop(), name])).values()];
    for (const name of firstOfEach) {
      await tabTo(page, `.downloads a[href$="/${name}"]`);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe(name);
      expect(await download.failure()).toBeNull();
    }
  });
});
