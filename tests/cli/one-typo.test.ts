/**
 * One template mistake is reported once, not once per page it breaks (walkthrough item 20): a
 * slip in a part every page includes printed one near-identical line per page (18, or 55 for a
 * force template). The same mistake (same file, line, column and message but for the page) is
 * now one line with the page count and the first pages' names; different mistakes stay
 * separate lines, in the order first met; the exit code stays 1 and nothing is written.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { TemplateError, templateErrors } from '../../src/errors.ts';
import { build } from '../../src/site/build.ts';
import { FIXTURES } from '../site/helpers.ts';

let data = '';
afterEach(() => {
  if (data) rmSync(data, { recursive: true, force: true });
  data = '';
});

/** The basic fixture with these files in its campaign folder. */
function project(files: Record<string, string>): string {
  data = mkdtempSync(path.join(tmpdir(), 'localpress-one-typo-'));
  cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
  const folder = path.join(data, 'campaigns/fixture-grooming');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  return data;
}

async function check(dir: string): Promise<{ code: number; lines: string[]; err: string }> {
  let err = '';
  const code = await run(['check', '--data', dir], { out: { write: () => true }, err: { write: (c: string) => ((err += c), true) } } as any);
  const lines = err.split('\n').filter((l) => l.length > 0 && !l.startsWith('localpress:'));
  return { code, lines, err };
}

const RELEASE = '---\nheadline: "{{ where }}"\nstandfirst: "Standfirst"\n---\nBody.\n\n{% include "parts/figures.njk" %}\n';

/** A page's error as release.ts makes it. */
function pageError(at: string, id: string, detail: string): TemplateError {
  const head = `${at}  body  campaign 'c'`;
  return new TemplateError(`${head}, force '${id}': ${detail}`, { page: { id, unpaged: `${head}: ${detail}`, key: `${head}: ${detail}` } });
}

describe('templateErrors groups the same mistake', () => {
  it('one mistake on 42 pages is one line naming the count and the first pages', () => {
    const ids = Array.from({ length: 42 }, (_, i) => `force-${i + 1}`);
    const error = templateErrors(ids.map((id) => pageError('release/force.njk:19:28', id, 'x')), " of campaign 'c'");
    expect(error.message).toBe("release/force.njk:19:28  body  campaign 'c': x — on 42 pages (force-1, force-2, force-3, … and 39 more)");
    expect(error.total).toBe(1);
  });

  it('different mistakes stay separate lines in the order first met, then how many pages failed', () => {
    const error = templateErrors([
      pageError('b.njk:9:1', 'p1', 'second'),
      pageError('a.njk:1:1', 'p2', 'first'),
      pageError('b.njk:9:1', 'p3', 'second'),
      pageError('b.njk:9:2', 'p4', 'second'), // another column: another mistake
      pageError('a.njk:1:1', 'p5', 'first'),
    ]);
    expect(error.message.split('\n')).toEqual([
      "b.njk:9:1  body  campaign 'c': second — on 2 pages (p1, p3)",
      "a.njk:1:1  body  campaign 'c': first — on 2 pages (p2, p5)",
      "b.njk:9:2  body  campaign 'c', force 'p4': second",
      '5 pages failed to render',
    ]);
    expect(error.total).toBe(3);
  });

  it('four pages are all named ("… and 1 more" would hide no room)', () => {
    const error = templateErrors(['a', 'b', 'c', 'd'].map((id) => pageError('x.njk:1:1', id, 'm')));
    expect(error.message).toBe("x.njk:1:1  body  campaign 'c': m — on 4 pages (a, b, c, d)");
  });
});

describe('localpress check: a mistake in a shared part', () => {
  it('one misspelt field in a part every page includes is one line with the page count (exit 1)', async () => {
    const dir = project({ 'release.njk': RELEASE, 'parts/figures.njk': 'In {{ where }}:\nSince: {{ area.ofences | num }}.\n' });
    const { code, lines, err } = await check(dir);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    const m = /^parts\/figures\.njk:2:\d+ {2}body {2}campaign 'fixture-grooming': .* — on (\d+) pages \(national, ([\w-]+, ){2}… and (\d+) more\)$/.exec(lines[0]!.split(`${path.join(dir, 'campaigns/fixture-grooming')}${path.sep}`).join(''));
    expect(m, lines[0]).not.toBeNull();
    // Every page of the fixture: national, its regions and forces.
    expect(Number(m![1])).toBeGreaterThanOrEqual(9);
    expect(Number(m![3])).toBe(Number(m![1]) - 3);
    // The hint still says how to list a page's names, for the first page.
    expect(lines[0]).toContain('--area national`');
    expect(err).toContain('localpress: 1 problem found; nothing was written.');
  });

  it('two different typos are two lines, in the order first met, then how many pages failed', async () => {
    // Forces fail on line 1, the national and region pages on line 2; the national page comes first.
    const dir = project({
      'release.njk': RELEASE,
      'parts/figures.njk': '{% if force %}{{ force.ofences | num }}{% endif %}\n{% if not force %}{{ area.offfences | num }}{% endif %}\n',
    });
    const { code, lines, err } = await check(dir);
    expect(code).toBe(1);
    const plain = lines.map((l) => l.split(`${path.join(dir, 'campaigns/fixture-grooming')}${path.sep}`).join(''));
    expect(plain).toHaveLength(3);
    expect(plain[0]).toMatch(/^parts\/figures\.njk:2:\d+ {2}body {2}campaign 'fixture-grooming': .* — on 3 pages \(national, [\w-]+, [\w-]+\)$/);
    expect(plain[1]).toMatch(/^parts\/figures\.njk:1:\d+ {2}body {2}campaign 'fixture-grooming': .* — on 6 pages \(derbyshire, [\w-]+, [\w-]+, … and 3 more\)$/);
    expect(plain[2]).toBe("9 pages of campaign 'fixture-grooming' failed to render");
    expect(err).toContain('localpress: 2 problems found; nothing was written.');
  });
});

describe('localpress build: a mistake in a shared part', () => {
  it('is one line across every slice, and nothing is written', async () => {
    const dir = project({ 'release.njk': RELEASE, 'parts/figures.njk': 'Recorded: {{ area.ofences | num }}.\n' });
    const out = path.join(dir, '..', `${path.basename(dir)}-dist`);
    const error = await build({ dataDir: dir, outDir: out, now: new Date('2026-01-01T00:00:00Z'), sliceSize: 1, charts: false, png: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    const message = (error as TemplateError).message;
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/parts\/figures\.njk:1:\d+ {2}body {2}campaign 'fixture-grooming': .* — on \d+ pages \(/);
    expect((error as TemplateError).total).toBe(1);
    expect(existsSync(out)).toBe(false); // nothing written
  }, 120_000);
});
