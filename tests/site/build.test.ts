import { existsSync, readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, textOf } from './helpers.ts';

describe('building the basic fixture campaign', () => {
  let site: Awaited<ReturnType<typeof buildFixture>>;
  beforeAll(async () => {
    site = await buildFixture('basic');
  });
  afterAll(() => site.cleanup());

  it('writes a page for every force listed in figures.yaml, each region and the nation', () => {
    for (const id of ['derbyshire', 'nottinghamshire', 'leicestershire', 'gwent', 'north-wales', 'btp', 'east-midlands', 'wales']) {
      expect(existsSync(path.join(site.outDir, 'fixture-grooming', id, 'index.html')), id).toBe(true);
    }
    expect(existsSync(path.join(site.outDir, 'fixture-grooming/index.html'))).toBe(true);
    expect(existsSync(path.join(site.outDir, 'index.html'))).toBe(true);
    expect(existsSync(path.join(site.outDir, '404.html'))).toBe(true);
    expect(site.report.pages).toBe(11);
  });

  it('names the page at the start of its breadcrumb item as a name: "The British Transport Police network", not "the …"', async () => {
    const crumb = (html: string) => /<a href="[^"]*" aria-current="page">([^<]*)<\/a>/.exec(html)?.[1];
    expect(crumb(await site.read('fixture-grooming/btp/index.html'))).toBe('The British Transport Police network');
    expect(crumb(await site.read('fixture-grooming/derbyshire/index.html'))).toBe('Derbyshire');
  });

  it('puts a phone drawing of every chart beside the wide one, and keeps the downloads wide', async () => {
    const html = await site.read('fixture-grooming/derbyshire/index.html');
    const wide = [...html.matchAll(/<div class="chart-wide"><svg [^>]*viewBox="0 0 (\d+) /g)].map((m) => m[1]);
    const phone = [...html.matchAll(/<div class="chart-phone"><svg [^>]*viewBox="0 0 (\d+) /g)].map((m) => m[1]);
    expect(wide.length).toBeGreaterThanOrEqual(2);
    expect(new Set(wide)).toEqual(new Set(['600']));
    expect(phone).toEqual(wide.map(() => '360'));
    // A league with its phone drawing needs no sideways scrolling region.
    expect(html).not.toContain('class="chart-scroll"');
    const download = await site.read('fixture-grooming/derbyshire/league.svg');
    expect(download).toMatch(/^<\?xml[^>]*>\n<svg [^>]*width="600"/);
    expect(download).not.toContain('-phone');
  });

  it('puts each force’s own figures in its headline', async () => {
    expect(textOf(await site.read('fixture-grooming/derbyshire/index.html'), 'h1')).toBe('20 online grooming offences recorded in Derbyshire');
    expect(textOf(await site.read('fixture-grooming/nottinghamshire/index.html'), 'h1')).toBe('86 online grooming offences recorded in Nottinghamshire');
    expect(textOf(await site.read('fixture-grooming/wales/index.html'), 'h1')).toBe('56 online grooming offences recorded in Wales');
  });

  it('gives a force that did not reply the "did not provide figures" copy, not zeros', async () => {
    const html = await site.read('fixture-grooming/leicestershire/index.html');
    expect(textOf(html, 'h1')).toBe('Leicestershire Police did not provide figures');
    expect(html).toContain('Leicestershire Police did not provide figures for the first nine months of the offence.');
    expect(html).not.toMatch(/recorded 0 offences|null|undefined|NaN/);
  });

  it('totals the national page as the sum of the responding forces', async () => {
    const html = await site.read('fixture-grooming/index.html');
    // 20 + 86 + 21 + 35 + 0 (BTP); Leicestershire did not reply.
    expect(textOf(html, 'h1')).toBe('162 online grooming offences recorded in England and Wales');
    expect(html).toContain('figures from five of the six forces asked');
  });

  it('says visibly on every page that illustrative figures are made up', () => {
    const pages = readdirSync(path.join(site.outDir, 'fixture-grooming'), { recursive: true }).filter((f) => String(f).endsWith('index.html'));
    expect(pages.length).toBe(9);
    return Promise.all(
      pages.map(async (page) => {
        expect(await site.read(path.join('fixture-grooming', String(page)))).toContain('ILLUSTRATIVE FIGURES');
      }),
    );
  });

  it('marks illustrative figures inside every download', async () => {
    expect(await site.read('fixture-grooming/derbyshire/release.txt')).toMatch(/^ILLUSTRATIVE FIGURES/);
    const [header, ...rows] = parse(await site.read('fixture-grooming/figures.csv')) as string[][];
    const column = header!.indexOf('Illustrative');
    expect(column).toBeGreaterThan(0);
    for (const row of rows) expect(row[column]).toBe('yes');
    expect(await site.read('fixture-grooming/figures-guide.txt')).toMatch(/ILLUSTRATIVE FIGURES/);
    expect(JSON.parse(await site.read('fixture-grooming/derbyshire/figures.json')).notice).toMatch(/ILLUSTRATIVE/);
  });

  it('escapes quotes and notes: <script> comes out as text', async () => {
    const html = await site.read('fixture-grooming/derbyshire/index.html');
    expect(html).toContain('Quote &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(html).toContain('&lt;b&gt;raw html&lt;/b&gt;');
    expect(html).not.toContain('<script>');
  });

  it('writes per-force figures that a reader can check against the page', async () => {
    const json = JSON.parse(await site.read('fixture-grooming/derbyshire/figures.json'));
    expect(json.force.offences).toBe(20);
    expect(json.force.group['facebook-owned'].share).toBeCloseTo(0.4);
    const all = JSON.parse(await site.read('fixture-grooming/figures.json'));
    expect(all.forces).toHaveLength(6);
    expect(all.national.offences).toBe(162);
  });
});

describe('published national totals', () => {
  it('uses the national: block instead of the sum of forces', async () => {
    const site = await buildFixture('published-national');
    try {
      expect(textOf(await site.read('fixture-published/index.html'), 'h1')).toBe('1,628 offences across England and Wales');
      expect(textOf(await site.read('fixture-published/derbyshire/index.html'), 'h1')).toBe('20 offences in Derbyshire');
    } finally {
      await site.cleanup();
    }
  });
});
