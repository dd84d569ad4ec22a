/**
 * Keeps docs/templates.md honest: every example line "template → output" in its code
 * blocks is rendered with the filters and must print exactly what the page says.
 */
import { readFileSync } from 'node:fs';
import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { createFilters, defaultStyle } from '../../src/phrase/index.ts';

const doc = readFileSync(new URL('../../docs/templates.md', import.meta.url), 'utf8');

/** The sample force the page describes. */
const force = {
  offences: 428,
  previous: { offences: 126 },
  change: { from: 126, to: 428, absolute: 302, ratio: 428 / 126, percent: 302 / 126 },
  rank: {
    offences: { position: 3, of: 39, joint: true, direction: 'highest' },
    rate: { position: 12, of: 39, joint: false, direction: 'highest' },
  },
  platform: { facebook: { share: 0.326 } },
  group: { 'facebook-owned': { share: 0.198 } },
};

const examples = [...doc.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)]
  .flatMap((block) => (block[1] ?? '').split('\n'))
  .filter((line) => line.includes('{{') && line.includes(' → '))
  .map((line) => {
    const at = line.lastIndexOf(' → ');
    return [line.slice(0, at).trim(), line.slice(at + 3).trim()] as const;
  });

const env = new nunjucks.Environment(null, { autoescape: false });
for (const [name, fn] of Object.entries(createFilters(defaultStyle))) env.addFilter(name, fn);

describe('docs/templates.md examples', () => {
  it('has examples for every filter', () => {
    for (const name of Object.keys(createFilters(defaultStyle))) {
      expect(examples.some(([template]) => template.includes(`| ${name}`)), name).toBe(true);
    }
  });

  it.each(examples)('%s → %s', (template, expected) => {
    expect(env.renderString(template, { force })).toBe(expected);
  });
});
