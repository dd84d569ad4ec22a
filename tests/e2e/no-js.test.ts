/** Every page type reads whole without JavaScript: same text with scripts off as on, headline and figures shown. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { samplePages } from './support/site.ts';

const site = inject('site');
const sample = samplePages(site.dir);
let browser: Browser;
let withJs: Page;
let withoutJs: Page;

beforeAll(async () => {
  browser = await launchChromium();
  withJs = await (await browser.newContext()).newPage();
  withoutJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(async () => {
  await browser?.close();
});

const absolute = (url: string) => new URL(url.replace(/^\//, ''), site.home).href;

describe('pages without JavaScript', () => {
  it('really has scripts off in the no-JS context', async () => {
    await withoutJs.setContent('<p id="x">static</p><script>document.getElementById("x").textContent = "scripted"</script>');
    expect(await withoutJs.locator('#x').innerText()).toBe('static');
  });

  it.each(sample)('$kind page $url shows the same text with and without JavaScript', async ({ url }) => {
    await withJs.goto(absolute(url));
    await withoutJs.goto(absolute(url));
    const text = await withoutJs.locator('main').innerText();
    // Controls that JavaScript adds (copy button, force filter) are marked data-enhancement and left out.
    await withJs.locator('[data-enhancement]').evaluateAll((all) => all.forEach((e) => e.remove()));
    expect(text).toBe(await withJs.locator('main').innerText());
    await expect.poll(() => withoutJs.locator('h1').isVisible()).toBe(true);
    expect((await withoutJs.locator('h1').innerText()).length).toBeGreaterThan(10);
  });

  it.each(sample.filter((p) => p.kind === 'national' || p.kind === 'region' || p.kind === 'force'))(
    '$kind page $url shows its standfirst, body and every key figure without JavaScript',
    async ({ url }) => {
      await withoutJs.goto(absolute(url));
      expect(await withoutJs.locator('.standfirst').isVisible()).toBe(true);
      expect(await withoutJs.locator('.release .body p').first().isVisible()).toBe(true);
      const figures = withoutJs.locator('.figures dd');
      expect(await figures.count()).toBeGreaterThan(0);
      for (const figure of await figures.all()) {
        expect(await figure.isVisible()).toBe(true);
        expect((await figure.innerText()).trim()).not.toBe('');
      }
    },
  );
});
