import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
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

  it('exits 2 for a ref that is not a commit', async () => {
    const err = capture();
    const code = await run(['diff', '--data', path.join(repo, 'data'), '--campaign', 'fixture-grooming', '--against', 'no-such-ref'], { out: capture().stream, err: err.stream } as any);
    expect(code).toBe(2);
    expect(err.text()).toContain("'no-such-ref' is not a commit");
  });
});

describe('diffSentences', () => {
  it('reports removed and added sentences per area, and nothing for unchanged areas', () => {
    expect(diffSentences({ a: ['One.', 'Two.'], b: ['Same.'] }, { a: ['One.', 'Three.'], b: ['Same.'] })).toEqual([{ area: 'a', removed: ['Two.'], added: ['Three.'] }]);
  });
});
