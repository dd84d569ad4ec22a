/**
 * Charts on a phone (issue 16): at 390 px no chart runs off the screen. A chart either scales
 * to fit, or (a league of many forces) keeps its drawn width inside its own scroll region,
 * which fits the screen, has a name, and scrolls from the keyboard.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { htmlPages, navLinks } from './support/site.ts';

const site = inject('site');
// Every campaign's national page, its first region and its first force.
const pages = htmlPages(site.dir)
  .filter((p) => /^\/[^/]+\/$/.test(p.url))
  .flatMap((p) => {
    const html = readFileSync(p.file, 'utf8');
    return [p.url, ...['Regions', 'Forces'].flatMap((label) => navLinks(html, label).slice(0, 1))];
  });

interface ChartBox {
  id: string;
  left: number;
  right: number;
  /** The scroll region around the chart, if any. */
  region: { left: number; right: number; name: string | null; tabindex: string | null; scrolls: boolean } | null;
}

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('charts at 390 px', () => {
  it('samples pages with charts', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it.each(pages)('no chart on %s runs off the screen', async (url) => {
    const page = await context.newPage();
    try {
      await page.goto(new URL(url.replace(/^\//, ''), site.home).href);
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      const boxes: ChartBox[] = await page.locator('.chart svg').evaluateAll((svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const scroller = svg.closest('.chart-scroll');
          const r = scroller?.getBoundingClientRect();
          return {
            id: svg.id || (svg.getAttribute('aria-labelledby') ?? '').split(' ')[0]!,
            left: box.left,
            right: box.right,
            region: scroller && r
              ? { left: r.left, right: r.right, name: scroller.getAttribute('aria-label'), tabindex: scroller.getAttribute('tabindex'), scrolls: scroller.scrollWidth > scroller.clientWidth }
              : null,
          };
        }));
      for (const chart of boxes) {
        const frame = chart.region ?? chart;
        expect(frame.left, `${chart.id} starts off the screen`).toBeGreaterThanOrEqual(0);
        expect(frame.right, `${chart.id} runs ${Math.round(frame.right - width)} px off the screen`).toBeLessThanOrEqual(width + 0.5);
        if (chart.region) {
          expect(chart.region.name, `${chart.id}: the scroll region needs a name`).toMatch(/scrolls sideways/);
          expect(chart.region.tabindex, `${chart.id}: the scroll region must take keyboard focus`).toBe('0');
        }
      }
    } finally {
      await page.close();
    }
  });

  it('a long league scrolls sideways from the keyboard, and the page does not', async () => {
    const url = pages.find((u) => u.split('/').filter(Boolean).length === 2 && /illustrative/.test(u)) ?? pages[2]!;
    const page = await context.newPage();
    try {
      await page.goto(new URL(url.replace(/^\//, ''), site.home).href);
      const region = page.locator('.chart-scroll').first();
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('End');
      // Keyboard scrolling may be animated: wait for it rather than read it at once.
      await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 5000 }).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });

  it('a long league opens where the page\'s own force stands, not at the top of the table', async () => {
    // A force low in the illustrative league, so its column is far to the right of a phone's screen.
    const html = htmlPages(site.dir).filter((p) => /^\/illustrative[^/]*\/[^/]+\/$/.test(p.url));
    const low = html.map((p) => ({ url: p.url, at: Number(/data-scroll-to="([\d.]+)"/.exec(readFileSync(p.file, 'utf8'))?.[1] ?? NaN) }))
      .filter((p) => p.at > 0.75)[0];
    expect(low, 'a force page whose league puts it on the right').toBeDefined();
    const page = await context.newPage();
    try {
      await page.goto(new URL(low!.url.replace(/^\//, ''), site.home).href);
      const region = page.locator('.chart-scroll[data-scroll-to]').first();
      const seen = await region.evaluate((el) => {
        const box = el.getBoundingClientRect();
        // The page's own column name is the bold one among the rotated column names.
        const own = [...el.querySelectorAll('text[transform*="rotate(-90)"]')].find((t) => t.getAttribute('font-weight') === '700'
          || t.closest('[font-weight="700"]') !== null)!;
        const name = own.getBoundingClientRect();
        return { scrollLeft: el.scrollLeft, inside: name.left >= box.left && name.right <= box.right, name: own.textContent };
      });
      expect(seen.scrollLeft).toBeGreaterThan(0);
      expect(seen.inside, `${seen.name} is off the visible part of the league`).toBe(true);
    } finally {
      await page.close();
    }
  });
});
