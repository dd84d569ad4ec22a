import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { svgToPng } from '../../src/charts/index.ts';
import { pngFor } from '../../src/site/png-cache.ts';

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
});
