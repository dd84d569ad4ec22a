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
      expect(err).toMatch(/release\.njk:5:\d+ {2}body {2}campaign 'fixture-grooming', force '(gwent|north-wales)'/);
      // Every failing page is reported, not only the first.
      const failing = [...err.matchAll(/release\.njk:5:\d+ {2}body {2}campaign 'fixture-grooming', force '([\w-]+)'/g)].map((m) => m[1]);
      expect(failing.length).toBeGreaterThan(1);
      expect(err).toContain(`${failing.length} pages of campaign 'fixture-grooming' failed to render`);
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
      const failing = [...err.matchAll(/release\.njk:5:\d+ {2}body {2}campaign 'second-campaign', force '([\w-]+)'/g)].map((m) => m[1]);
      expect(failing.length).toBeGreaterThan(1);
      expect(err).toContain(`${failing.length} pages of campaign 'second-campaign' failed to render\n2 campaigns failed to render`);
      expect(err).toContain(`localpress: ${failing.length + 1} problems found`);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
