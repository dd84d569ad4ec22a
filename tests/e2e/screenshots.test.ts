/**
 * Screenshots of a force page at phone and desktop widths, saved for reviewers (a CI artefact
 * under test-results/screenshots/), and no sideways scrolling at 390 px (WCAG 1.4.10 reflow).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WIDTHS, launchChromium } from './support/browser.ts';
import { samplePages } from './support/site.ts';

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const site = inject('site');
const force = samplePages(site.dir).find((p) => p.kind === 'force')!;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(WIDTHS)('force page at $width px', ({ name, width, height }) => {
  it(`is saved as force-${width}.png and fits the width without scrolling sideways`, async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    try {
      const page = await context.newPage();
      await page.goto(new URL(force.url.replace(/^\//, ''), site.home).href);
      const file = path.join(SCREENSHOTS, `force-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      // PNG IHDR: the image is as wide as the viewport.
      expect(readFileSync(file).readUInt32BE(16)).toBe(width);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name}: the page scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});
