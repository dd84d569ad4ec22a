import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/charts/index.ts';
import { cachedPngFile, pngDownload } from '../../src/site/png-cache.ts';
import { readFileSync } from 'node:fs';

/** The PNG bytes by way of the cache, as a build copies them. */
const pngFor = async (svg: string, dir: string) => readFileSync(await cachedPngFile(svg, dir));

const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300"><rect width="300" height="150" fill="#00577a"/><text x="10" y="200" font-size="20">Derbyshire 20</text></svg>';
const cache = mkdtempSync(path.join(tmpdir(), 'localpress-png-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('PNG cache', () => {
  it('gives the same bytes as rasterising afresh, and stores one file per chart', async () => {
    const first = await pngFor(svg, cache);
    expect(Buffer.from(first).equals(svgToPng(svg))).toBe(true);
    const files = readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.png'));
    expect(files).toHaveLength(1);
    // A second call reads the file: prove it by planting different bytes under the same key.
    writeFileSync(path.join(cache, String(files[0])), 'cached');
    expect(Buffer.from(await pngFor(svg, cache)).toString()).toBe('cached');
  });

  it('keys by content: a changed chart is rasterised again', async () => {
    const changed = svg.replace('Derbyshire 20', 'Derbyshire 22');
    expect(Buffer.from(await pngFor(changed, cache)).equals(svgToPng(changed))).toBe(true);
  });

  it('gives a build the cached file to copy, rasterising it first on a miss; without a cache, the bytes', async () => {
    const fresh = svg.replace('Derbyshire 20', 'Derbyshire 24');
    const download = await pngDownload(fresh, cache);
    expect(download).toEqual({ copyOf: expect.stringMatching(/\.png$/) });
    expect(readFileSync((download as { copyOf: string }).copyOf).equals(svgToPng(fresh))).toBe(true);
    expect(await pngDownload(fresh, cache)).toEqual(download);
    expect(Buffer.from((await pngDownload(fresh, null)) as Uint8Array).equals(svgToPng(fresh))).toBe(true);
  });
});
