/**
 * campaign.yaml `leave_out_regions: partly-covered`, built for real (Eleventy included) from a
 * fixture whose North West has figures from Lancashire alone of five forces. Two campaigns with
 * the same figures: `left-out` sets the option, `kept` does not (the default: a page with a
 * coverage note). The region left out has no page and no link, its forces keep their pages, the
 * national figures do not move, the regional rankings count what is shown, and the national page,
 * release.txt and the downloads say which region was left out and why.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, pageText } from './helpers.ts';

const text = pageText;
const NOTE = 'Region left out. This release gives no figures for the North West as a region: it has figures from only 1 of the region\'s 5 forces (Lancashire), and a total for part of a region would read as the whole region\'s. This does not mean that no offences were recorded there: the figures of its forces are in the total for England and Wales';

describe('leave_out_regions: partly-covered, built', () => {
  let site: Awaited<ReturnType<typeof buildFixture>>;
  beforeAll(async () => {
    site = await buildFixture('leave-out-regions');
  }, 180_000);
  afterAll(() => site.cleanup());

  it('no page for the North West; the default campaign keeps it, with its coverage note', async () => {
    expect(existsSync(path.join(site.outDir, 'left-out/north-west'))).toBe(false);
    expect(existsSync(path.join(site.outDir, 'left-out/east-midlands/index.html'))).toBe(true);
    expect(text(await site.read('kept/north-west/index.html'))).toContain('The regional figures in this release are the sum of the 1 of its 5 forces whose own figures were published (Lancashire).');
  });

  it('nothing links to it: not the national page, not its forces\' breadcrumbs, not the sitemap', async () => {
    const files = (await readdir(path.join(site.outDir, 'left-out'), { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(await site.read(`left-out/${file}`), file).not.toContain('/left-out/north-west/');
    expect(await site.read('sitemap.xml')).not.toContain('/left-out/north-west/');
    expect(await site.read('kept/lancashire/index.html')).toContain('href="/kept/north-west/"');
  });

  it('its forces keep their pages, figures and national ranks, without a regional comparison', async () => {
    const lancs = text(await site.read('left-out/lancashire/index.html'));
    expect(lancs).toContain('Police recorded 40 offences in Lancashire.');
    expect(text(await site.read('kept/lancashire/index.html'))).toContain('Lancashire is in the North West, whose forces recorded 40.');
    expect(lancs).not.toContain('is in the North West, whose forces recorded');
    expect(lancs).toContain(`${NOTE}.`);
    expect(text(await site.read('left-out/cheshire/index.html'))).toContain('Cheshire Constabulary did not provide figures');
    const json = JSON.parse(await site.read('left-out/lancashire/figures.json'));
    const kept = JSON.parse(await site.read('kept/lancashire/figures.json'));
    expect(json.force.rank.offences).toEqual(kept.force.rank.offences);
    expect(json.force.rank.offences_in_region).toBeNull();
    expect(kept.force.rank.offences_in_region).toMatchObject({ position: 1, of: 1 });
  });

  it('the national page: the same figures, the region named as left out and why, in the table caption and the notes', async () => {
    const national = text(await site.read('left-out/index.html'));
    expect(national).toContain('One hundred and forty-nine offences in England and Wales');
    expect(text(await site.read('kept/index.html'))).toContain('One hundred and forty-nine offences in England and Wales');
    expect(national).toContain('Regions (the North West left out: figures for only some of its forces; see the notes to editors)');
    expect(national).toMatch(/Region Offences Forces with figures Rate per 100,000 East Midlands 75 3 of 3 2\.3 Wales 31 2 of 2 2\.4 Every force/);
    expect(national).toContain(`${NOTE} and on the forces' own pages, and the regional rankings leave it out.`);
    // Lancashire is still listed among the forces, under its region's name (a heading, not a link).
    expect(national).toMatch(/North West Lancashire Constabulary Cheshire Constabulary/);
    expect(await site.read('left-out/release.txt')).toContain('Region left out. This release gives no figures for the North West as a region');
  });

  it('regional rankings count the regions shown, and say so', async () => {
    const region = text(await site.read('left-out/east-midlands/index.html'));
    expect(region).toContain('The total was the highest of two regions.');
    expect(region).toContain('By number of offences, the East Midlands ranked highest of two regions in this release.');
    expect(text(await site.read('kept/east-midlands/index.html'))).toContain('The total was the highest of three regions.');
  });

  it('downloads agree with the pages: figures.json, figures.csv and its guide', async () => {
    const json = JSON.parse(await site.read('left-out/figures.json'));
    const kept = JSON.parse(await site.read('kept/figures.json'));
    expect(json.national).toEqual(kept.national);
    expect(json.regions.map((r: { id: string }) => r.id)).toEqual(['east-midlands', 'wales']);
    expect(kept.regions.map((r: { id: string }) => r.id)).toEqual(['north-west', 'east-midlands', 'wales']);
    expect(json.left_out_regions).toEqual([{ id: 'north-west', name: 'North West', forces_in_area: 5, forces_with_figures: ['lancashire'], reason: 'left out by the campaign: its figures cover only some of its forces' }]);
    expect(kept.left_out_regions).toBeUndefined();
    expect(json.forces.map((f: { id: string }) => f.id)).toEqual(kept.forces.map((f: { id: string }) => f.id));
    const csv = await site.read('left-out/figures.csv');
    expect(csv).toContain('Lancashire Constabulary,lancashire,North West,Replied,40,');
    const lancashire = (rows: Record<string, string>[]) => rows.find((r) => r['Force ID'] === 'lancashire')!;
    expect(lancashire(parse(csv, { columns: true }))['Rank in region']).toBe('');
    expect(lancashire(parse(await site.read('kept/figures.csv'), { columns: true }))['Rank in region']).toBe('1');
    expect(await site.read('left-out/figures-guide.txt')).toContain('(blank for the forces of the North West, a region this release leaves out as its figures cover only some of its forces)');
  });
});
