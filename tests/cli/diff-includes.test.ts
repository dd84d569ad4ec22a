import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { FIXTURES } from '../site/helpers.ts';

/** A release split into files of its campaign folder: diff reads the whole folder as it was at the ref. */
describe('localpress diff with a release that includes parts of its folder', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, encoding: 'utf8' });
  const campaign = () => path.join(repo, 'data/campaigns/fixture-grooming');
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'localpress-diff-includes-'));
    cpSync(path.join(FIXTURES, 'basic'), path.join(repo, 'data'), { recursive: true });
    const release = path.join(campaign(), 'release.njk');
    writeFileSync(release, `${readFileSync(release, 'utf8')}\n{% include "parts/closing.njk" %}\n`);
    mkdirSync(path.join(campaign(), 'parts'));
    writeFileSync(path.join(campaign(), 'parts/closing.njk'), 'The charity called the figures worrying.\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    writeFileSync(path.join(campaign(), 'parts/closing.njk'), 'The charity called the figures alarming.\n');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('shows a sentence changed in an included file', async () => {
    let out = '';
    let err = '';
    const code = await run(['diff', '--data', path.join(repo, 'data'), '--campaign', 'fixture-grooming', '--against', 'HEAD'], {
      out: { write: (c: string) => ((out += c), true) },
      err: { write: (c: string) => ((err += c), true) },
    } as never);
    expect(code, err).toBe(0);
    expect(out).toContain('  - The charity called the figures worrying.');
    expect(out).toContain('  + The charity called the figures alarming.');
  });
});
