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
        svgs.filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => {
          const box = svg.getBoundingClientRect();
          return { id: svg.id || (svg.getAttribute('aria-labelledby') ?? '').split(' ')[0]!, left: box.left, right: box.right };
        }));
      expect(boxes.length, 'charts shown').toBeGreaterThan(0);
      for (const chart of boxes) {
        expect(chart.left, `${chart.id} starts off the screen`).toBeGreaterThanOrEqual(0);
        expect(chart.right, `${chart.id} runs ${Math.round(chart.right - width)} px off the screen`).toBeLessThanOrEqual(width + 0.5);
      }
    } finally {
      await page.close();
    }
  });

  it('a long league is drawn for the phone: one row a force, the page\'s own force named in bold on the screen, nothing to scroll sideways', async () => {
    // A force low in the illustrative league: in the wide drawing its column is far to the right.
    const low = { url: '/illustrative-online-grooming/suffolk/' };
    const page = await context.newPage();
    try {
      await page.goto(new URL(low.url.replace(/^\//, ''), site.home).href);
      const seen = await page.locator('.chart-phone svg[aria-labelledby*="-league-phone-title"]').first().evaluate((svg) => {
        const own = [...svg.querySelectorAll('text')].find((t) => t.getAttribute('font-weight') === '700' && t.closest('g[text-anchor="end"]'))!;
        const box = own.getBoundingClientRect();
        return { name: own.textContent, left: box.left, right: box.right, width: document.documentElement.clientWidth, scroller: svg.closest('.chart-scroll') !== null };
      });
      expect(seen.scroller, 'the phone league scrolls in no region of its own').toBe(false);
      expect(seen.left, `${seen.name} starts off the screen`).toBeGreaterThanOrEqual(0);
      expect(seen.right, `${seen.name} runs off the screen`).toBeLessThanOrEqual(seen.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});
