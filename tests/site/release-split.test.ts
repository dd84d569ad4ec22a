/**
 * A release split by page kind: release/force.njk, release/region.njk, release/national.njk
 * (with shared includes from the campaign folder), falling back to release.njk for a kind
 * without a file of its own.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotCampaign } from '../../src/compare/snapshot.ts';
import { DataError } from '../../src/errors.ts';
import { FIXTURES } from './helpers.ts';

let data = '';
afterEach(() => rmSync(data, { recursive: true, force: true }));

function campaign(files: Record<string, string>, keepSingle = true): string {
  data = mkdtempSync(path.join(tmpdir(), 'localpress-split-'));
  cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
  const folder = path.join(data, 'campaigns/fixture-grooming');
  if (!keepSingle) unlinkSync(path.join(folder, 'release.njk'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  return data;
}

const page = (headline: string, body: string) => `---\nheadline: "${headline}"\nstandfirst: "Standfirst"\n---\n${body}\n`;

describe('a release split by page kind', () => {
  it('renders each kind from its own file, with shared includes', () => {
    const dir = campaign({
      'release/force.njk': page('{{ force.name }} release', 'Force copy for {{ where }}.\n\n{% include "parts/national.njk" %}'),
      'release/region.njk': page('Region {{ where }}', 'Region copy, {{ region_forces | length | num }} forces.\n\n{% include "parts/national.njk" %}'),
      'release/national.njk': page('National {{ where }}', 'National copy.'),
      'parts/national.njk': 'Across {{ national.name }}, police recorded {{ national.offences | num }} offences.',
    }, false);
    const { sentences } = snapshotCampaign(dir, 'fixture-grooming');
    expect(sentences['national']![0]).toBe('National England and Wales');
    expect(sentences['derbyshire']).toContain('Force copy for Derbyshire.');
    expect(sentences['derbyshire']!.join(' ')).toMatch(/Across England and Wales, police recorded \d+ offences\./);
    const region = Object.keys(sentences).find((k) => k.startsWith('region:'))!;
    expect(sentences[region]![0]).toMatch(/^Region /);
  });

  it('falls back to release.njk for a kind without a file', () => {
    const dir = campaign({ 'release/national.njk': page('National only', 'National copy.') });
    const { sentences } = snapshotCampaign(dir, 'fixture-grooming');
    expect(sentences['national']![0]).toBe('National only');
    expect(sentences['derbyshire']![0]).toMatch(/online grooming offences? recorded in Derbyshire/);
  });

  it('needs release.njk when a kind has no file', () => {
    const dir = campaign({ 'release/force.njk': page('F', 'Force.') }, false);
    expect(() => snapshotCampaign(dir, 'fixture-grooming')).toThrow(DataError);
    expect(() => snapshotCampaign(dir, 'fixture-grooming')).toThrow(/release\.njk, or release\/force\.njk, release\/region\.njk and release\/national\.njk/);
  });

  it('includes only from the campaign folder, not from a sibling whose name starts the same', () => {
    const dir = campaign({ 'release/national.njk': page('N', '{% include "../../fixture-grooming-evil/secret.njk" %}') });
    mkdirSync(path.join(dir, 'campaigns/fixture-grooming-evil'), { recursive: true });
    writeFileSync(path.join(dir, 'campaigns/fixture-grooming-evil/secret.njk'), 'SECRET');
    expect(() => snapshotCampaign(dir, 'fixture-grooming')).toThrow(/outside the campaign folder/);
  });

  it('names the kind file in a template error', () => {
    const dir = campaign({ 'release/region.njk': page('R', 'Line one.\n\n{{ region.no_such_field | num }}') });
    expect(() => snapshotCampaign(dir, 'fixture-grooming')).toThrow(/release\/region\.njk:\d+:\d+ {2}body/);
  });
});
