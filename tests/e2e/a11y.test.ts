/**
 * axe-core (WCAG 2.0/2.1 A and AA, colour contrast included) on every page type of the built
 * demo site (home, national, region, force, 404) at phone and desktop widths: zero violations,
 * and no sideways scrolling.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WIDTHS, launchChromium } from './support/browser.ts';
import { samplePages } from './support/site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const site = inject('site');
// The 404 page is visited the way a reader meets it: a missing address answered by 404.html.
const sample = samplePages(site.dir).map((p) => ({ ...p, url: p.kind === '404' ? '/no-such-release/' : p.url }));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** axe on the page as it is now → one readable line per violation ("color-contrast ×2: .meta, …"). */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id} ×${v.nodes.length}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}

describe.each(WIDTHS)('axe at $width px ($name)', ({ width, height }) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width, height } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('samples every page type', () => {
    expect(new Set(sample.map((p) => p.kind))).toEqual(new Set(['home', 'national', 'region', 'force', '404']));
  });

  it.each(sample)('$kind page $url has no violations', async ({ url, kind }) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(new URL(url.replace(/^\//, ''), site.home).href);
      expect(response?.status()).toBe(kind === '404' ? 404 : 200);
      // Open every disclosure first, so the tables behind "Figures in this chart" are checked too.
      await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await violations(page)).toEqual([]);
      // WCAG 1.4.10 reflow: no sideways scrolling (wide tables scroll inside their own wrapper).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `the page scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});

describe('the axe setup itself', () => {
  it('reports low contrast, a missing alt and an unlabelled link', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(
        '<!DOCTYPE html><html lang="en"><head><title>bad</title></head><body><main><p style="color:#bbb">faint</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="/x"></a></main></body></html>',
      );
      const ids = (await violations(page)).map((line) => line.split(' ')[0]);
      expect(ids).toEqual(expect.arrayContaining(['color-contrast', 'image-alt', 'link-name']));
    } finally {
      await context.close();
    }
  });
});
