/**
 * The press pack in the browser (issue 16): the "Copy release text" button copies release.txt and
 * says so to screen readers; the force filter on campaign pages; the illustrative banner inside a
 * landmark (axe's region rule); the press contact near the top on a phone; print opens "Figures in
 * this chart" and prints the page address.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WIDTHS, launchChromium } from './support/browser.ts';

const site = inject('site');
const absolute = (url: string) => new URL(url.replace(/^\//, ''), site.home).href;
const FORCE = '/illustrative-online-grooming/derbyshire/';
const CAMPAIGN = '/illustrative-online-grooming/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Copy release text', () => {
  it('copies release.txt to the clipboard and announces it in a live region', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const page = await context.newPage();
      await page.goto(absolute(FORCE));
      const button = page.getByRole('button', { name: 'Copy release text' });
      await button.click();
      const status = page.locator('#copy-status');
      expect(await status.getAttribute('role')).toBe('status');
      await expect.poll(() => status.innerText()).toBe('Release text copied to the clipboard.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const expected = await (await fetch(absolute(`${FORCE}release.txt`))).text();
      expect(copied).toBe(expected);
      expect(copied).toMatch(/^ILLUSTRATIVE FIGURES/);
    } finally {
      await context.close();
    }
  });

  it('is a plain link to release.txt without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(absolute(FORCE));
      expect(await page.getByRole('button', { name: 'Copy release text' }).count()).toBe(0);
      expect(await page.locator('.release-tools a').getAttribute('href')).toMatch(/release\.txt$/);
    } finally {
      await context.close();
    }
  });
});

describe('finding a force', () => {
  it('lists the forces by region with a filter box that narrows the list', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(absolute(CAMPAIGN));
      const nav = page.getByRole('navigation', { name: 'Forces' });
      expect(await nav.getByRole('heading', { name: 'East Midlands' }).count()).toBe(1);
      const all = await nav.getByRole('link').count();
      await nav.getByLabel('Find a force').fill('derby');
      await expect.poll(() => nav.getByRole('link').filter({ visible: true }).allInnerTexts()).toEqual(['Derbyshire Constabulary']);
      expect(await nav.getByRole('status').innerText()).toBe('1 force shown');
      await nav.getByLabel('Find a force').fill('');
      expect(await nav.getByRole('link').filter({ visible: true }).count()).toBe(all);
    } finally {
      await context.close();
    }
  });

  it('shows the plain list, no filter box, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(absolute(CAMPAIGN));
      const nav = page.getByRole('navigation', { name: 'Forces' });
      expect(await nav.getByLabel('Find a force').isVisible()).toBe(false);
      expect(await nav.getByRole('link', { name: 'Derbyshire Constabulary' }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('links every force page to the other forces in its region', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(absolute(FORCE));
      const nav = page.getByRole('navigation', { name: 'Other forces in the East Midlands' });
      const names = await nav.getByRole('link').allInnerTexts();
      expect(names).toEqual(expect.arrayContaining(['Nottinghamshire Police', 'Leicestershire Police']));
      expect(names).not.toContain('Derbyshire Constabulary');
    } finally {
      await context.close();
    }
  });
});

describe.each(WIDTHS)('at $width px', ({ width, height }) => {
  it('keeps every part of an illustrative page inside a landmark (axe region rule)', async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    try {
      const page = await context.newPage();
      await page.goto(absolute(FORCE));
      const results = await new AxeBuilder({ page }).withRules(['region']).analyze();
      expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(' ')).join(', '))).toEqual([]);
      expect(await page.locator('header .banner-illustrative').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('shows the press contact near the top', async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    try {
      const page = await context.newPage();
      await page.goto(absolute(FORCE));
      const box = await page.locator('.press-line').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y, 'press contact within the first screen and a half').toBeLessThan(height * 1.5);
      expect(await page.locator('.press-line').innerText()).toMatch(/Press contact: /);
    } finally {
      await context.close();
    }
  });
});

describe('printing', () => {
  it('opens "Figures in this chart" and prints the page address', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(absolute(FORCE));
      const table = page.locator('.chart details table').first();
      expect(await table.isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await table.isVisible()).toBe(true);
      const address = page.locator('.print-address');
      expect(await address.isVisible()).toBe(true);
      expect(await address.innerText()).toContain(FORCE);
    } finally {
      await context.close();
    }
  });
});
