/**
 * Eleventy 3.1 compiles a paginated Nunjucks template again for every page: the area pages
 * are a JavaScript template (templates/pages.11ty.js) whose Nunjucks body is compiled once
 * per Eleventy run. Counted by wrapping Nunjucks' compiler, which Eleventy shares.
 */
import nunjucks from 'nunjucks';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from './helpers.ts';

type Compilable = { path?: string; _compile: (...args: unknown[]) => unknown };
const proto = (nunjucks.Template as unknown as { prototype: Compilable }).prototype;
const original = proto._compile;
const compiled: string[] = [];
proto._compile = function (this: Compilable, ...args: unknown[]) {
  compiled.push(String(this.path ?? '(string)'));
  return original.apply(this, args);
};
afterAll(() => { proto._compile = original; });

describe('page templates', () => {
  it('are compiled once per Eleventy run, not once per page', async () => {
    const site = await buildFixture('basic', { charts: false, sliceSize: 4 });
    try {
      const runs = Math.ceil((site.report.pages - 2) / 4);
      expect(site.report.pages).toBeGreaterThan(8);
      const pageTemplates = compiled.filter((p) => /pages?\.njk$/.test(p));
      expect(pageTemplates.length).toBeGreaterThan(0);
      expect(pageTemplates.length).toBeLessThanOrEqual(runs);
    } finally {
      await site.cleanup();
    }
  });
});
