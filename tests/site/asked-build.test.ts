/**
 * campaign.yaml `asked: listed-forces`, built for real (Eleventy included) from a fixture whose
 * request went to five forces (four gave figures, Cheshire refused). Two campaigns with the same
 * figures and release: `asked` sets the option, `everyone` does not (the default, unchanged).
 * The national page used to say "in England and Wales" for the five forces' sum.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, pageText } from './helpers.ts';

const text = pageText;
const NOTE = 'Forces asked. The request went to five forces, not to every force in England and Wales: Lancashire Constabulary, Cheshire Constabulary, Derbyshire Constabulary, Nottinghamshire Police and Gwent Police. The figures for the five forces asked are the sum of the four that gave figures. Cheshire refused.';

describe('asked: listed-forces, built', () => {
  let site: Awaited<ReturnType<typeof buildFixture>>;
  beforeAll(async () => {
    site = await buildFixture('asked-listed-forces');
  }, 180_000);
  afterAll(() => site.cleanup());

  it('the national page names the forces asked, never England and Wales, in the copy and the context', async () => {
    const page = text(await site.read('asked/index.html'));
    expect(page).toContain('One hundred and eleven offences recorded across the five forces asked');
    expect(page).toContain('Police across the five forces asked recorded 111 offences.');
    expect(page).toContain('Across the five forces asked, four forces gave figures.');
    expect(page).toContain('Across the five forces asked, police recorded 111 offences (figures from four of the five forces asked).');
    expect(page).toContain(NOTE);
    // "England and Wales" only where the note says the request did not go to all of it, and in the
    // map's description (a map of England and Wales's force areas, the unasked ones without a figure).
    expect(page.replaceAll('not to every force in England and Wales', '').replace(/police force areas of England and Wales/g, '')).not.toContain('England and Wales');
    const everyone = text(await site.read('everyone/index.html'));
    expect(everyone).toContain('Police in England and Wales recorded 111 offences.');
    expect(everyone).not.toContain('Forces asked.');
  });

  it('release.txt says the same', async () => {
    const txt = await site.read('asked/release.txt');
    expect(txt).toContain('Police across the five forces asked recorded 111 offences.');
    expect(txt).toContain(NOTE);
  });

  it('force and region pages: the national figure is the forces asked\', and a region\'s unlisted forces were not asked', async () => {
    const lancs = text(await site.read('asked/lancashire/index.html'));
    expect(lancs).toContain('Police in Lancashire recorded 40 offences.');
    expect(lancs).toContain('Police across the five forces asked recorded 111 offences.');
    expect(lancs).toContain(NOTE);
    expect(lancs).toContain('Cumbria, Merseyside and Greater Manchester were not asked for figures.');
    expect(lancs).not.toContain('which does not mean they did not reply');
    expect(text(await site.read('everyone/lancashire/index.html'))).toContain('Cumbria, Merseyside and Greater Manchester are not in this release (which does not mean they did not reply).');
    // Forces never asked are not "did not provide figures" on the region page: only Cheshire, which refused.
    const nw = text(await site.read('asked/north-west/index.html'));
    expect(nw).toContain('Cheshire Constabulary did not provide figures.');
    expect(nw).not.toMatch(/Cumbria[^.]*did not provide figures/);
  });

  it('figures.json and the CSV guide say who was asked', async () => {
    const json = JSON.parse(await site.read('asked/figures.json'));
    expect(json.campaign.asked).toBe('listed-forces');
    expect(json.national).toMatchObject({ name: 'the five forces asked', forces_replied: 4, forces_asked: 5, forces_in_area: 5, offences: 111 });
    const other = JSON.parse(await site.read('everyone/figures.json'));
    expect(other.campaign.asked).toBeUndefined();
    expect(other.national.name).toBe('England and Wales');
    const rows = parse(await site.read('asked/figures.csv'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r['Force ID'])).toEqual(['lancashire', 'cheshire', 'derbyshire', 'nottinghamshire', 'gwent']);
    expect(rows.find((r) => r['Force ID'] === 'lancashire')!['Share of national total (%)']).toBe('36');
    expect(await site.read('asked/figures-guide.txt')).toContain('here the total for the five forces asked: the request went only to the forces in this file, not to every force in England and Wales');
  });

  it('a force never asked has a page at its address saying so; without the option there is none', async () => {
    const cumbria = text(await site.read('asked/cumbria/index.html'));
    expect(cumbria).toContain('This release has no figures for Cumbria');
    expect(cumbria).toContain('Cumbria Constabulary was not among the forces asked.');
    expect(cumbria).toContain('Cumbria Constabulary was not asked for figures, so this release has none for it, and its figures are not in the release\'s totals. That does not mean that none were recorded there.');
    expect(cumbria).not.toContain('did not reply');
    expect(existsSync(path.join(site.outDir, 'asked/btp/index.html'))).toBe(true);
    expect(existsSync(path.join(site.outDir, 'everyone/cumbria'))).toBe(false);
  });

  it('the home page counts the forces asked', async () => {
    const home = text(await site.read('index.html'));
    expect(home).toContain('Figures from 4 of 5 forces');
  });
});
