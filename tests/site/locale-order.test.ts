/**
 * Builds are byte-identical on any machine: an order taken by localeCompare names its locale, as
 * without one it follows the machine's LANG. Under da_DK "aa" sorts after "z" (it is "å"), so the
 * home page listed two campaigns of one day, and the map's text two areas of one rate, in another
 * order than on an en-GB machine. Each check runs in a child process with that LANG.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

const SCRIPT = `
const { homePage } = await import('./src/site/pages.ts');
const { mapText } = await import('./src/charts/map.ts');
const summary = (title) => ({ id: title, title, url: '/', offence: '', periodLabel: '', publishedLabel: '', published: '2024-11-01', updated: '2024-11-01' });
const home = homePage([summary('Zebra crossings'), summary('Aabenraa figures')]).campaigns.map((c) => c.title);
const feature = (code, name) => ({ type: 'Feature', properties: { PFA20CD: code, PFA20NM: name }, geometry: null });
const geo = { type: 'FeatureCollection', features: [feature('E1', 'Zennor'), feature('E2', 'Aaron Vale')] };
const map = mapText({ geo, highlight: [], areas: [{ code: 'E1', name: 'Zennor', value: 2, href: null }, { code: 'E2', name: 'Aaron Vale', value: 2, href: null }] }).table.rows.map((r) => r[0]);
console.log(JSON.stringify({ home, map }));
`;

function orderUnder(locale: string): Promise<{ home: string[]; map: string[] }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], { cwd: ROOT, env: { ...process.env, LANG: locale, LC_ALL: locale }, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as { home: string[]; map: string[] });
    });
  });
}

describe('orders do not follow the machine locale', () => {
  it('the home page (one day, by title) and the map text (one rate, by name) sort as en-GB under LANG=da_DK.UTF-8 too', async () => {
    const expected = { home: ['Aabenraa figures', 'Zebra crossings'], map: ['Aaron Vale', 'Zennor'] };
    expect(await orderUnder('en_GB.UTF-8')).toEqual(expected);
    expect(await orderUnder('da_DK.UTF-8')).toEqual(expected);
  });
});
