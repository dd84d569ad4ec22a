import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { proposeCorrection } from '../../src/compare/correction.ts';
import { diffSentences } from '../../src/compare/diff.ts';
import { FIXTURES } from '../site/helpers.ts';

function capture() {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream, text: () => text };
}

describe('localpress diff', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'localpress-diff-test-'));
    cpSync(path.join(FIXTURES, 'basic'), path.join(repo, 'data'), { recursive: true });
    git('init', '-q');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'first');
    // A late correction: Derbyshire 20 → 22.
    const figures = path.join(repo, 'data/campaigns/fixture-grooming/figures.yaml');
    writeFileSync(figures, readFileSync(figures, 'utf8').replace('offences: 20', 'offences: 22'));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('lists the figures and sentences that changed since a commit', async () => {
    const out = capture();
    const code = await run(['diff', '--data', path.join(repo, 'data'), '--campaign', 'fixture-grooming', '--against', 'HEAD'], { out: out.stream, err: capture().stream } as any);
    expect(code).toBe(0);
    const text = out.text();
    expect(text).toContain('derbyshire.offences: 20 → 22');
    expect(text).toContain('national.offences: 162 → 164');
    expect(text).toContain('Sentences changed in derbyshire:');
    expect(text).toContain('  - In Derbyshire, police recorded 20 offences.');
    expect(text).toContain('  + In Derbyshire, police recorded 22 offences.');
    // Gwent's own figures did not change, only the national sentence on its page.
    expect(text).not.toContain('gwent.offences');
  });

  it('proposes a corrections: entry for campaign.yaml that the loader accepts', async () => {
    const out = capture();
    const args = ['diff', '--data', path.join(repo, 'data'), '--campaign', 'fixture-grooming', '--against', 'HEAD', '--now', '2026-11-30T23:30:00Z'];
    const code = await run(args, { out: out.stream, err: capture().stream } as any);
    expect(code).toBe(0);
    const text = out.text();
    expect(text).toContain(`Proposed correction for ${path.join(repo, 'data', 'campaigns', 'fixture-grooming', 'campaign.yaml')}`);
    const entry = text.slice(text.indexOf('corrections:'));
    // The day in the UK (23:30 UTC on 30 November is still 30 November in London), only the force whose own figure changed.
    expect(entry).toBe('corrections:\n  - date: 2026-11-30\n    text: "Derbyshire\'s figure for offences was 22, not 20."\n    forces: [derbyshire]\n');
    // Pasted at the end of campaign.yaml, it passes check.
    const pasted = mkdtempSync(path.join(tmpdir(), 'localpress-diff-paste-'));
    try {
      cpSync(path.join(repo, 'data'), pasted, { recursive: true });
      appendFileSync(path.join(pasted, 'campaigns/fixture-grooming/campaign.yaml'), `\n${entry}`);
      const err = capture();
      expect(await run(['check', '--data', pasted, '--campaign', 'fixture-grooming'], { out: capture().stream, err: err.stream } as any), err.text()).toBe(0);
    } finally {
      rmSync(pasted, { recursive: true, force: true });
    }
  });

  it('exits 2 for a ref that is not a commit', async () => {
    const err = capture();
    const code = await run(['diff', '--data', path.join(repo, 'data'), '--campaign', 'fixture-grooming', '--against', 'no-such-ref'], { out: capture().stream, err: err.stream } as any);
    expect(code).toBe(2);
    expect(err.text()).toContain("'no-such-ref' is not a commit");
  });
});

describe('proposeCorrection', () => {
  const force = (id: string, area: string) => ({ id, area, name: `${area} Police`, platform: { snapchat: { name: 'Snapchat' } }, group: {} });
  const model = { forces: [force('gwent', 'Gwent'), force('dyfed-powys', 'Dyfed-Powys')] } as any;

  it('names each force whose own figures changed, in words, and leaves out figures that follow from them', () => {
    const entry = proposeCorrection([
      { area: 'national', field: 'offences', before: 10, after: 12 },
      { area: 'gwent', field: 'rank.offences', before: '1 of 2', after: '2 of 2' },
      { area: 'dyfed-powys', field: 'platform.snapchat.count', before: 14, after: 4 },
      { area: 'dyfed-powys', field: 'offences', before: null, after: 30 },
    ], model, '2026-11-30');
    expect(entry).toBe('corrections:\n  - date: 2026-11-30\n    text: "Dyfed-Powys\'s figure for offences is 30; it was missing before. Dyfed-Powys\'s figure for Snapchat was 4, not 14."\n    forces: [dyfed-powys]\n');
  });

  it('proposes nothing when no force supplied a different figure', () => {
    expect(proposeCorrection([{ area: 'gwent', field: 'rank.rate', before: '1 of 2', after: '2 of 2' }], model, '2026-11-30')).toBeNull();
  });
});

describe('diffSentences', () => {
  it('reports removed and added sentences per area, and nothing for unchanged areas', () => {
    expect(diffSentences({ a: ['One.', 'Two.'], b: ['Same.'] }, { a: ['One.', 'Three.'], b: ['Same.'] })).toEqual([{ area: 'a', removed: ['Two.'], added: ['Three.'] }]);
  });
});
