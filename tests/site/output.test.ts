import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { run } from '../../src/cli/main.ts';
import { sliceOf } from '../../src/site/build.ts';
import { MARKER, MARKER_TEXT } from '../../src/site/output-dir.ts';
import { FIXTURES, buildFixture } from './helpers.ts';

/** Every file under a folder with its bytes, for byte-for-byte comparisons. */
async function snapshotTree(root: string): Promise<Map<string, string>> {
  const files = (await readdir(root, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const entries = await Promise.all(files.map(async (d) => {
    const full = path.join(d.parentPath, d.name);
    return [path.relative(root, full), (await readFile(full)).toString('base64')] as const;
  }));
  return new Map(entries.sort());
}

function capture() {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream, text: () => text };
}

describe('the site under a path prefix', () => {
  it('prefixes every internal link, stylesheet and download with --base', async () => {
    const site = await buildFixture('basic', { base: '/some-repo/' });
    try {
      const html = await site.read('fixture-grooming/derbyshire/index.html');
      const hrefs = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
      const internal = hrefs.filter((h) => !h.startsWith('mailto:') && !h.startsWith('#'));
      expect(internal.length).toBeGreaterThan(5);
      for (const href of internal) expect(href, href).toMatch(/^\/some-repo\//);
      // and each resolves to a file in the build
      for (const href of internal) {
        const relative = href.replace(/^\/some-repo\//, '');
        const file = relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative;
        await expect(readFile(path.join(site.outDir, file)), href).resolves.toBeDefined();
      }
    } finally {
      await site.cleanup();
    }
  });
});

describe('deterministic builds', () => {
  it('gives byte-identical output for the same inputs', async () => {
    const a = await buildFixture('basic');
    const b = await buildFixture('basic');
    try {
      expect(await snapshotTree(b.outDir)).toEqual(await snapshotTree(a.outDir));
    } finally {
      await Promise.all([a.cleanup(), b.cleanup()]);
    }
  });
});

describe('building in slices', () => {
  it('gives the same site whether pages are rendered in one Eleventy run or in runs of a few pages', async () => {
    // The demo data: three campaigns, regions, maps, every chart kind.
    const demo = path.resolve(FIXTURES, '../../data');
    const whole = await buildFixture('.', { dataDir: demo, png: false });
    const sliced = await buildFixture('.', { dataDir: demo, png: false, sliceSize: 7 });
    try {
      expect(whole.report.pages).toBeGreaterThan(4); // so there really are several slices
      expect(await snapshotTree(sliced.outDir)).toEqual(await snapshotTree(whole.outDir));
      expect(sliced.report.files).toBe(whole.report.files);
      // Both count the charts they drew, and the time it took (the bench reports it per chart).
      expect(whole.report.charts.charts).toBeGreaterThan(100);
      expect(sliced.report.charts.charts).toBe(whole.report.charts.charts);
      expect(sliced.report.charts.ms).toBeGreaterThan(0);
    } finally {
      await Promise.all([whole.cleanup(), sliced.cleanup()]);
    }
  });

  it('sliceOf keeps the order and always gives at least one slice (the home page needs a run)', () => {
    expect(sliceOf([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(sliceOf([], 1000)).toEqual([[]]);
    fc.assert(fc.property(fc.array(fc.nat()), fc.integer({ min: 1, max: 20 }), (items, size) => {
      const slices = sliceOf(items, size);
      return slices.flat().join() === items.join() && slices.every((s) => s.length <= size);
    }));
  });
});

describe('bad data', () => {
  it('reports every problem with file:line:column, field and a suggestion; exit 1; previous dist untouched', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'localpress-bad-'));
    const out = path.join(root, 'dist');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'previous build');
    await writeFile(path.join(out, MARKER), MARKER_TEXT);
    const before = await snapshotTree(out);
    const err = capture();
    const code = await run(['build', '--data', path.join(FIXTURES, 'invalid-unknown-force'), '--out', out], { out: capture().stream, err: err.stream } as any);
    try {
      expect(code).toBe(1);
      expect(err.text()).toMatch(/figures\.yaml:4:3 {2}forces\.derbyshre {2}unknown force 'derbyshre' \(did you mean 'derbyshire'\?\)/);
      expect(err.text()).toMatch(/figures\.yaml:7:15 {2}forces\.gwent\.offences {2}expected a whole number ≥ 0, found -3/);
      expect(err.text()).not.toMatch(/\n\s+at /); // no stack trace
      expect(await snapshotTree(out)).toEqual(before);
      expect((await readdir(root)).sort()).toEqual(['dist']); // no staging folder left behind
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('exits 2 on a usage error', async () => {
    const err = capture();
    expect(await run(['build', '--nope'], { out: capture().stream, err: err.stream } as any)).toBe(2);
    expect(err.text()).toContain('Usage:');
  });
});
