/**
 * Read on a phone and in print (session 5): at 390 px every chart's text renders at 11 px or more
 * (the wide drawing scaled to the screen showed it at 6 px), every chart's drawn title is whole on
 * the screen (a league scrolled to the page's force hid its left), the breadcrumb names British
 * Transport Police as a name, and a printed force page shows the wide charts whole, none cut.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { htmlPages, navLinks } from './support/site.ts';

const site = inject('site');
const absolute = (url: string) => new URL(url.replace(/^\//, ''), site.home).href;
// Every campaign's national page, first region and first force, and BTP (the longest name).
const pages = htmlPages(site.dir)
  .filter((p) => /^\/[^/]+\/$/.test(p.url))
  .flatMap((p) => {
    const html = readFileSync(p.file, 'utf8');
    return [p.url, ...['Regions', 'Forces'].flatMap((label) => navLinks(html, label).slice(0, 1))];
  })
  .concat(['/illustrative-online-grooming/btp/', '/illustrative-online-grooming/suffolk/']);

interface ChartText {
  chart: string;
  text: string;
  px: number;
}

/** Every visible chart's texts with their rendered size in CSS px: font size × the SVG's scale. */
function renderedText(page: Page): Promise<ChartText[]> {
  return page.locator('.chart svg').evaluateAll((svgs) => svgs.flatMap((node) => {
    const svg = node as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    if (box.width === 0) return [];
    const scale = box.width / svg.viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')]
      .filter((t) => t.getAttribute('aria-hidden') !== 'true' && (t.textContent ?? '').trim() !== '')
      .map((t) => ({ chart: svg.getAttribute('aria-labelledby')?.split(' ')[0] ?? svg.id, text: t.textContent!.slice(0, 40), px: parseFloat(getComputedStyle(t).fontSize) * scale }));
  }));
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('charts read on a 390 px phone', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('samples pages of every kind', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages)('%s: every chart\'s text renders at 11 px or more', async (url) => {
    const page = await context.newPage();
    try {
      await page.goto(absolute(url));
      const texts = await renderedText(page);
      expect(new Set(texts.map((t) => t.chart)).size, 'charts on the page').toBeGreaterThanOrEqual(2);
      const small = texts.filter((t) => t.px < 11);
      expect(small.map((t) => `${t.chart}: "${t.text}" at ${t.px.toFixed(1)} px`)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(pages)('%s: every chart\'s drawn title and ILLUSTRATIVE label are whole on the screen', async (url) => {
    const page = await context.newPage();
    try {
      await page.goto(absolute(url));
      const heads = await page.locator('.chart svg').evaluateAll((svgs) => svgs.flatMap((svg) => {
        if (svg.getBoundingClientRect().width === 0) return [];
        const width = document.documentElement.clientWidth;
        // The drawn title is the bold 16-unit text; the label is the one that says ILLUSTRATIVE.
        return [...svg.querySelectorAll(':scope > text')]
          .filter((t) => t.getAttribute('font-size') === '16' || /^ILLUSTRATIVE:/.test(t.textContent ?? ''))
          .map((t) => {
            // Inside a scroll region, what shows is the region's box, not the screen's.
            const frame = svg.closest('.chart-scroll')?.getBoundingClientRect() ?? { left: 0, right: width };
            const box = t.getBoundingClientRect();
            return { text: t.textContent!.slice(0, 50), left: box.left - frame.left, right: frame.right - box.right };
          });
      }));
      expect(heads.length).toBeGreaterThanOrEqual(2);
      for (const h of heads) {
        expect(h.left, `"${h.text}" is cut on the left`).toBeGreaterThanOrEqual(0);
        expect(h.right, `"${h.text}" is cut on the right`).toBeGreaterThanOrEqual(0);
      }
    } finally {
      await page.close();
    }
  });

  it('shows the wide drawing of every chart but the map on a desktop (the map has one drawing on the page), its text at 10 px or more', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await desktop.newPage();
      await page.goto(absolute('/illustrative-online-grooming/east-midlands/'));
      // The map's boundaries are sent once: its phone drawing (legend below) serves every width.
      expect(await page.locator('.chart-compact svg').count()).toBe(1);
      const texts = await renderedText(page);
      const charts = [...new Set(texts.map((t) => t.chart))];
      expect(charts).toHaveLength(5);
      expect(charts.filter((id) => id.includes('-phone-'))).toEqual(['chart-east-midlands-map-phone-title']);
      expect(texts.filter((t) => t.px < 10)).toEqual([]);
    } finally {
      await desktop.close();
    }
  });
});

describe('the breadcrumb', () => {
  it('names the British Transport Police page as a name, with a capital', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.goto(absolute('/illustrative-online-grooming/btp/'));
      const items = await page.locator('nav.breadcrumbs li').allInnerTexts();
      expect(items.at(-1)?.replace(/^›\s*/, '')).toBe('The British Transport Police network');
      for (const item of items) expect(item.trim(), 'every item starts with a capital').toMatch(/^[A-Z0-9]/);
    } finally {
      await context.close();
    }
  });
});

describe('printing a force page', () => {
  it('prints the wide charts whole, inside the page, with their figures open, and no phone drawing', async () => {
    // A4 at 96 px an inch, less Chrome's default margins: the width a printed page lays out at.
    const context = await browser.newContext({ viewport: { width: 718, height: 1000 } });
    try {
      const page = await context.newPage();
      await page.goto(absolute('/illustrative-online-grooming/derbyshire/'));
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const seen = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const svgs = [...document.querySelectorAll('.chart svg')].map((svg) => {
          const box = svg.getBoundingClientRect();
          return { id: svg.getAttribute('aria-labelledby')!.split(' ')[0]!, shown: box.width > 0, left: box.left, right: box.right, scale: box.width / (svg as SVGSVGElement).viewBox.baseVal.width };
        });
        const scrolls = [...document.querySelectorAll('.chart-scroll, .table-wrap')].filter((el) => el.scrollWidth > el.clientWidth + 1).length;
        const tables = [...document.querySelectorAll('.chart details table')].filter((t) => t.getBoundingClientRect().height > 0).length;
        return { width, svgs, scrolls, tables, charts: document.querySelectorAll('.chart').length };
      });
      const shown = seen.svgs.filter((s) => s.shown);
      expect(shown.map((s) => s.id).filter((id) => id.includes('-phone-'))).toEqual([]);
      expect(shown).toHaveLength(seen.charts);
      for (const s of shown) {
        expect(s.left, s.id).toBeGreaterThanOrEqual(0);
        expect(s.right, s.id).toBeLessThanOrEqual(seen.width + 0.5);
        // Wide text (10 units) prints at 11 px or more.
        expect(s.scale, s.id).toBeGreaterThanOrEqual(1.1);
      }
      expect(seen.scrolls, 'nothing printed needs scrolling (it would be cut)').toBe(0);
      expect(seen.tables).toBe(seen.charts);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
    } finally {
      await context.close();
    }
  });
});
