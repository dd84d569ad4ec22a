/** html-validate (recommended + a11y presets, the repo's .htmlvalidate.json) over every built page: zero errors. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages } from './support/site.ts';

const CONFIG = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate({ ...CONFIG, root: true });

/** validate("<p>x</p>", "a.html") → ["a.html:1:1 rule: message", …] */
async function validate(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
  );
}

describe('html-validate over the built demo site', () => {
  it('finds zero errors on every page, the 404 page included', async () => {
    const { dir } = inject('site');
    const pages = htmlPages(dir);
    expect(pages.map((p) => p.url)).toContain('/404.html');
    const errors: string[] = [];
    for (const page of pages) errors.push(...(await validate(readFileSync(page.file, 'utf8'), page.url)));
    expect(errors).toEqual([]);
  });

  it('uses a config that does reject broken markup (missing alt, duplicate id, inline style)', async () => {
    const bad = '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><main id="m"><img src="a.png"><p id="m" style="color:red">x</p></main></body></html>';
    const rules = (await validate(bad, 'bad.html')).map((line) => line.split(' ')[1]);
    expect(rules).toEqual(expect.arrayContaining(['wcag/h37:', 'no-dup-id:', 'no-inline-style:']));
  });
});
