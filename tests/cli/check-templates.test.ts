import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { FIXTURES } from '../site/helpers.ts';

describe('localpress check renders every release', () => {
  it('fails (exit 1) on a template error that only shows for one force, naming the force', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'localpress-check-'));
    let err = '';
    try {
      cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
      // youngest_victim_age is missing for Gwent: printing it unguarded breaks only Gwent's release.
      writeFileSync(path.join(data, 'campaigns/fixture-grooming/release.njk'), `---
headline: "{{ where }}"
standfirst: "Standfirst"
---
{% if force and force.responded and force.offences > 20 %}The youngest victim was {{ force.youngest_victim_age | num }}.{% endif %}
`);
      const code = await run(['check', '--data', data], { out: { write: () => true }, err: { write: (c: string) => ((err += c), true) } } as any);
      expect(code).toBe(1);
      // Every failing page is reported, not only the first: the same mistake once, with its pages.
      const line = /release\.njk:5:\d+ {2}body {2}campaign 'fixture-grooming': .* — on (\d+) pages \(([\w, -]+)\)\n/.exec(err);
      expect(line, err).not.toBeNull();
      const failing = line![2]!.split(', ');
      expect(failing).toContain('gwent');
      expect(failing).toContain('north-wales');
      expect(Number(line![1])).toBe(failing.length);
      expect(err).toContain('localpress: 1 problem found');
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });

  it('reports every failing campaign, not only the first (exit 1), as build reports every page', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'localpress-check-'));
    let err = '';
    try {
      cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
      cpSync(path.join(data, 'campaigns/fixture-grooming'), path.join(data, 'campaigns/second-campaign'), { recursive: true });
      // An unknown filter in one campaign; a figure missing for two forces in the other.
      writeFileSync(path.join(data, 'campaigns/fixture-grooming/release.njk'), '---\nheadline: "{{ where }}"\nstandfirst: "Standfirst"\n---\n{{ area.offences | nmu }}\n');
      writeFileSync(path.join(data, 'campaigns/second-campaign/release.njk'), `---
headline: "{{ where }}"
standfirst: "Standfirst"
---
{% if force and force.responded and force.offences > 20 %}The youngest victim was {{ force.youngest_victim_age | num }}.{% endif %}
`);
      const code = await run(['check', '--data', data], { out: { write: () => true }, err: { write: (c: string) => ((err += c), true) } } as any);
      expect(code).toBe(1);
      expect(err).toMatch(/release\.njk:5:\d+ {2}body {2}campaign 'fixture-grooming': unknown filter 'nmu'/);
      // The second campaign's one mistake on several pages is one line; a problem is a mistake, not a page.
      expect(err).toMatch(/release\.njk:5:\d+ {2}body {2}campaign 'second-campaign': .* — on \d+ pages \([\w, -]+\)\n2 campaigns failed to render/);
      expect(err).not.toMatch(/campaign 'second-campaign', force '/);
      expect(err).toContain('localpress: 2 problems found');
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
