/** PNGs are the slow part of a build: a preview (and serve, which previews) leaves them for the publishing build. */
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from './helpers.ts';

const pngsIn = (dir: string) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.png'));

describe('PNG downloads', () => {
  const sites: Awaited<ReturnType<typeof buildFixture>>[] = [];
  afterAll(() => Promise.all(sites.map((s) => s.cleanup())));

  it('a preview build draws the charts but rasterises none, and links no PNG', async () => {
    const site = await buildFixture('basic', { preview: true, pngCache: null });
    sites.push(site);
    expect(pngsIn(site.outDir)).toEqual([]);
    expect(readdirSync(site.outDir, { recursive: true }).map(String).some((f) => f.endsWith('.svg'))).toBe(true);
    const pages = readdirSync(site.outDir, { recursive: true }).map(String).filter((f) => f.endsWith('index.html'));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(await site.read(page)).not.toContain('.png');
  });

  it('a publishing build writes a PNG beside every chart SVG', async () => {
    const site = await buildFixture('basic');
    sites.push(site);
    const files = readdirSync(site.outDir, { recursive: true }).map(String);
    const svgs = files.filter((f) => /\/(platforms|league|league-rate|trend|map)\.svg$/.test(f));
    expect(svgs.length).toBeGreaterThan(0);
    // Besides the charts' PNGs, each release page has its share card (share.png), which has no SVG download.
    expect(pngsIn(site.outDir).filter((f) => !f.endsWith('/share.png')).sort()).toEqual(svgs.map((f) => f.replace(/\.svg$/, '.png')).sort());
    expect(pngsIn(site.outDir).filter((f) => f.endsWith('/share.png')).length).toBeGreaterThan(0);
  });
});
