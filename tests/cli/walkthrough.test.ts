/**
 * A press officer's campaign written from the docs alone (tests/fixtures/walkthrough): the
 * commands the docs tell them to use work on it, and the mistakes they made on the way get
 * messages that say what to do.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { FIXTURES } from '../site/helpers.ts';

function capture() {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream, text: () => text };
}

async function cli(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await run(args, { out: out.stream, err: err.stream } as never);
  return { code, out: out.text(), err: err.text() };
}

describe('localpress diff on a release split by page kind (release/force.njk, no release.njk)', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: repo, encoding: 'utf8' });
  const data = () => path.join(repo, 'data');
  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'localpress-walkthrough-'));
    cpSync(path.join(FIXTURES, 'walkthrough'), data(), { recursive: true });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'published');
    const figures = path.join(data(), 'campaigns/sextortion-2025/figures.yaml');
    writeFileSync(figures, readFileSync(figures, 'utf8').replace('    offences: 117', '    offences: 127'));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('compares with the commit and proposes a correction (it once asked for a release.njk the campaign never had)', async () => {
    const { code, out, err } = await cli(['diff', '--data', data(), '--campaign', 'sextortion-2025', '--against', 'HEAD', '--now', '2026-11-30T12:00:00Z']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('kent.offences: 117 → 127');
    expect(out).toContain('  + Police in Kent recorded 127 offences of sextortion against children in 2024/25');
    expect(out).toContain(`text: "Kent's figure for offences was 127, not 117."`);
  });

  it('says to commit a campaign first when it was not committed at the ref', async () => {
    cpSync(path.join(data(), 'campaigns/sextortion-2025'), path.join(data(), 'campaigns/sextortion-2026'), { recursive: true });
    try {
      const { code, err } = await cli(['diff', '--data', data(), '--campaign', 'sextortion-2026', '--against', 'HEAD']);
      expect(code).toBe(2);
      expect(err).toContain("campaign 'sextortion-2026' was not committed then");
      expect(err).toContain('git commit');
    } finally {
      rmSync(path.join(data(), 'campaigns/sextortion-2026'), { recursive: true, force: true });
    }
  });
});
