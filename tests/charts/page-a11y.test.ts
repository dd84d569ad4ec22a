/**
 * The charts of a force page and the national page, inline in one HTML page, checked by
 * html-validate (recommended + a11y) and by axe-core in jsdom (colour contrast needs a
 * real browser, so theme.test.ts checks the palette instead).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { forceCharts, loadGeo, nationalCharts } from '../../src/charts/index.ts';
import { derbyshire, model, options } from './fixtures.ts';

const require = createRequire(import.meta.url);
const axePath = ((): string | null => {
  try {
    return require.resolve('axe-core/axe.min.js');
  } catch {
    return null;
  }
})();

const charts = [
  ...forceCharts(model, derbyshire, { ...options, illustrative: true }),
  ...nationalCharts(model, { ...options, idPrefix: 'national' }, loadGeo()),
];
const html = `<!DOCTYPE html><html lang="en"><head><title>Charts</title></head><body><main><h1>Charts</h1>${charts
  .map((c) => `<figure>${c.svg}</figure>`).join('')}</main></body></html>`;

describe('charts inline on a page', () => {
  it('pass html-validate (recommended and a11y)', async () => {
    const hv = new HtmlValidate({ extends: ['html-validate:recommended', 'html-validate:a11y'], rules: { 'doctype-style': 'off' } });
    const report = await hv.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it.runIf(axePath !== null)('pass axe-core (svg-img-alt, nested-interactive, link-name, duplicate ids)', async () => {
    const dom = new JSDOM(html, { runScripts: 'outside-only', pretendToBeVisual: true });
    dom.window.eval(readFileSync(axePath!, 'utf8'));
    const axe = (dom.window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[]; passes: { id: string }[] }> } }).axe;
    const result = await axe.run(dom.window.document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'], rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
    expect(result.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['svg-img-alt', 'nested-interactive', 'link-name']));
  });
});
