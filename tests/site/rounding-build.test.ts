/**
 * The built site shows each figure with the same digits everywhere: the sentence, the key
 * figures and tables, the chart, release.txt and figures.csv. Fixture tests/fixtures/rounding
 * (made-up figures on exact halves): Derbyshire's Facebook share is 23/80 = 28.75%, which the
 * copy wrote "28.8 per cent" while the table and chart wrote "28.7%"; its rate is 101 per
 * 2,000,000 people = 5.05, shown "5.1" but ranked as 5.0, "lowest" below Nottinghamshire's 5.1.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, pageText } from './helpers.ts';

let site: Awaited<ReturnType<typeof buildFixture>>;
beforeAll(async () => {
  site = await buildFixture('rounding');
}, 120_000);
afterAll(() => site?.cleanup());

const text = pageText;
const csvRow = async (file: string, id: string) => {
  const [header, ...rows] = parse(await site.read(file)) as string[][];
  const row = rows.find((r) => r[header!.indexOf('Force ID')] === id)!;
  return (column: string) => row[header!.indexOf(column)];
};

describe('23/80 reads 28.8 in the copy, table, chart and CSV', () => {
  it('the page: sentence and figures table both say 28.8, nothing says 28.7', async () => {
    const page = text(await site.read('halves/derbyshire/index.html'));
    expect(page).toContain('Facebook was used in 28.8 per cent of the offences');
    expect(page).toContain('Facebook: 28.8% in Derbyshire');
    expect(page).not.toContain('28.7');
  });

  it('the chart, release.txt and both figures.csv files say 28.8; figures.json keeps the raw share', async () => {
    const svg = await site.read('halves/derbyshire/platforms.svg');
    expect(svg).toContain('>28.8%<');
    expect(svg).not.toContain('28.7');
    expect(await site.read('halves/derbyshire/release.txt')).toContain('28.8 per cent');
    for (const file of ['halves/figures.csv', 'halves/derbyshire/figures.csv']) expect((await csvRow(file, 'derbyshire'))('Facebook (%)'), file).toBe('28.8');
    expect(JSON.parse(await site.read('halves/derbyshire/figures.json')).force.platform.facebook.share).toBe(0.2875);
  });
});

describe('a rate of 5.05 reads 5.1 and is ranked as 5.1', () => {
  it('copy (num and round), key figures, chart and CSV say 5.1; both forces are joint highest', async () => {
    const page = text(await site.read('halves/derbyshire/index.html'));
    expect(page).toContain('The rate was 5.1 offences per 100,000 people (as the round filter writes it: 5.1)');
    expect(page).toContain('Rate per 100,000 people 5.1');
    expect(page).toMatch(/Rank by rate joint highest of two/);
    expect(await site.read('halves/derbyshire/league-rate.svg')).toContain('Derbyshire: 5.1, joint highest of 2');
    const derbyshire = await csvRow('halves/figures.csv', 'derbyshire');
    expect([derbyshire('Rate per 100,000 people'), derbyshire('Rank by rate')]).toEqual(['5.1', '1']);
    const nottinghamshire = await csvRow('halves/figures.csv', 'nottinghamshire');
    expect([nottinghamshire('Rate per 100,000 people'), nottinghamshire('Rank by rate')]).toEqual(['5.1', '1']);
  });
});
