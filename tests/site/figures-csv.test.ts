/** figures.csv as a reporter opens it: plain headings, percentages as per cent, every figure a page shows, a guide beside it. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import { loadProject } from '../../src/load/index.ts';
import { csvGuide, csvColumns } from '../../src/site/figures-csv.ts';
import { figuresCsv } from '../../src/site/downloads.ts';
import { DEMO_DATA } from '../load/helpers.ts';

const project = loadProject(DEMO_DATA, ['scwc-annual-2017-2024']);
const input = project.campaigns[0]!;
const model = computeCampaign({ campaign: input.campaign, figures: input.figures }, project.reference);

function table(): Record<string, string>[] {
  const [header, ...rows] = parse(figuresCsv(model.forces, model)) as string[][];
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

describe('figures.csv', () => {
  it('has plain column names, no code-style ones', () => {
    const [header] = parse(figuresCsv(model.forces, model)) as string[][];
    for (const h of header!) expect(h, h).not.toMatch(/_|^[a-z]/);
    expect(header).toEqual(expect.arrayContaining(['Force', 'Region', 'Reply', 'Population (Census 2021)', 'Rate per 100,000 people', 'Rank by number', 'Rank by rate', 'Previous period', 'Change since previous period (%)']));
  });

  it('gives every figure a page shows, percentages as a reporter reads them', () => {
    const rows = table();
    for (const force of model.forces) {
      const row = rows.find((r) => r['Force ID'] === force.id)!;
      expect(row['Force']).toBe(force.name);
      expect(row['Population (Census 2021)']).toBe(force.population === null ? '' : String(force.population));
      if (force.rate !== null) expect(Number(row['Rate per 100,000 people'])).toBeCloseTo(force.rate, 1);
      if (force.rank.rate) expect(row['Rank by rate']).toBe(String(force.rank.rate.position));
      if (force.share_of_national !== null) expect(Number(row['Share of national total (%)'])).toBeCloseTo(force.share_of_national * 100, 1);
      if (force.change?.percent != null) expect(Number(row['Change since previous period (%)'])).toBeCloseTo(force.change.percent * 100, 1);
      for (const point of force.trend?.points ?? []) {
        const heading = Object.keys(row).find((h) => h.endsWith(` ${point.period}`))!;
        expect(row[heading], `${force.id} ${point.period}`).toBe(point.offences === null ? '' : String(point.offences));
      }
    }
  });

  it('makes its columns once per model, not once per force page (each page writes a one-row figures.csv)', () => {
    // Making the columns reads every force (history periods, previous-period items): count the reads.
    let reads = 0;
    const counted = { ...model };
    Object.defineProperty(counted, 'forces', { enumerable: true, get: () => (reads++, model.forces) });
    const first = figuresCsv([model.forces[0]!], counted);
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    for (const force of model.forces) figuresCsv([force], counted);
    expect(reads).toBe(afterFirst);
    // The remembered columns give the same file as columns made afresh for another model object.
    expect(first).toBe(figuresCsv([model.forces[0]!], { ...model }));
    const [header, row] = parse(first) as string[][];
    expect(row![header!.indexOf('Force ID')]).toBe(model.forces[0]!.id);
  });

  it('has a guide naming every column', () => {
    const guide = csvGuide(model);
    for (const c of csvColumns(model)) expect(guide).toContain(`${c.header}: `);
  });
});
