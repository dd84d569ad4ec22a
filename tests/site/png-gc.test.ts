/** resvg's images live in native memory V8 does not count: rasterising collects every few images, a cache hit does not. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/site/gc.ts', () => ({ collectGarbage: vi.fn() }));
const { collectGarbage } = await import('../../src/site/gc.ts');
const { COLLECT_EVERY, pngDownload } = await import('../../src/site/png-cache.ts');

const svg = (n: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><text y="12">${n}</text></svg>`;
const cache = mkdtempSync(path.join(tmpdir(), 'localpress-png-gc-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('rasterising PNGs', () => {
  it(`collects garbage once every ${COLLECT_EVERY} images rasterised, and not for images read from the cache`, async () => {
    for (let i = 0; i < 2 * COLLECT_EVERY; i++) await pngDownload(svg(i), cache);
    expect(collectGarbage).toHaveBeenCalledTimes(2);
    for (let i = 0; i < 2 * COLLECT_EVERY; i++) await pngDownload(svg(i), cache);
    expect(collectGarbage).toHaveBeenCalledTimes(2);
  });
});
