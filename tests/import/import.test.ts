/**
 * `localpress import`: a messy FOI reply (title rows, police names, thousands separators, empty
 * cells, a notes column, a TOTAL row, a regional subtotal, Police Scotland) as CSV and as XLSX →
 * the expected figures.yaml and report; the result passes `check`.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importTable } from '../../src/import/index.ts';
import { parseCsv } from '../../src/import/table.ts';
import { loadReference } from '../../src/load/index.ts';
import { cli, DEMO_DATA, FIXTURES } from '../load/helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'localpress-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const CSV = path.join(FIXTURES, 'import/foi-reply.csv');
let data = '';
let figures = '';

/** A data folder with the real forces.yaml and a campaign without figures.yaml. */
beforeEach(() => {
  data = mkdtempSync(path.join(root, 'data-'));
  cpSync(path.join(DEMO_DATA, 'forces.yaml'), path.join(data, 'forces.yaml'));
  const campaign = path.join(data, 'campaigns/imported');
  mkdirSync(campaign, { recursive: true });
  for (const file of ['campaign.yaml', 'release.njk']) cpSync(path.join(FIXTURES, 'basic/campaigns/fixture-grooming', file), path.join(campaign, file));
  figures = path.join(campaign, 'figures.yaml');
});

const EXPECTED_YAML = (source: string) => `# Imported from ${source} by localpress import. Empty cells were left out (not supplied), never written as zero.
forces:
  metropolitan:
    offences: 2310
    method_recorded: 1500
    platforms: { facebook: 400, instagram: 300, whatsapp: 50, snapchat: 600 }
    youngest_victim_age: 7
  derbyshire:
    offences: 20
    method_recorded: 10
    platforms: { facebook: 3, instagram: 1, whatsapp: 0, snapchat: 4 }
    youngest_victim_age: 9
  leicestershire:
    responded: false
  avon-and-somerset:
    offences: 1204
    method_recorded: 900
    platforms: { facebook: 300, instagram: 120, whatsapp: 10, snapchat: 200 }
    youngest_victim_age: 8
  dyfed-powys:
    offences: 45
    method_recorded: 30
    platforms: { facebook: 10, instagram: 5, snapchat: 8 }
    youngest_victim_age: 11
  btp:
    offences: 0
`;

const EXPECTED_REPORT = (file: string, sheet: string) => [
  `read ${file}${sheet}: headers on row 3`,
  "  column A 'Police Force' → force",
  "  column B 'Total offences' → offences",
  "  column C 'Offences where method recorded' → method_recorded",
  "  column D 'Facebook' → platforms.facebook",
  "  column E 'Instagram' → platforms.instagram",
  "  column F 'WhatsApp' → platforms.whatsapp",
  "  column G 'Snapchat' → platforms.snapchat",
  "  column H 'Youngest victim age' → youngest_victim_age",
  "  column I 'Notes' not placed: a notes column: not imported",
  "  row 8 'Police Scotland' skipped: not a force in forces.yaml (outside England and Wales, or not a territorial force)",
  "  row 10 'Leicestershire Police': no figures in any column, written as responded: false",
  "  row 11 'North West' skipped: a total or a row without a force name",
  "  row 13 'TOTAL' skipped: a total or a row without a force name",
];

describe('localpress import', () => {
  it('imports a messy CSV into figures.yaml that passes check, reporting every row and column it did not place', async () => {
    const run = await cli(['import', CSV, '--campaign', 'imported', '--data', data]);
    expect(run.err).toContain(EXPECTED_REPORT('import/foi-reply.csv', '').join('\n'));
    expect(run.err).toMatch(/6 forces placed; no row for cumbria, .*, south-wales \(add them with responded: false/);
    expect(run.code).toBe(0);
    expect(readFileSync(figures, 'utf8')).toBe(EXPECTED_YAML('foi-reply.csv'));
    const check = await cli(['check', '--data', data, '--campaign', 'imported']);
    expect(check.err).toContain('1 campaign(s) OK');
    expect(check.code).toBe(0);
  });

  it('imports the same reply as an Excel workbook: numbers, formulas, rich text and a title row', async () => {
    const xlsx = path.join(root, 'foi-reply.xlsx');
    await writeXlsx(parseCsv(readFileSync(CSV)), xlsx);
    const run = await cli(['import', xlsx, '--campaign', 'imported', '--data', data]);
    expect(run.err).toContain(EXPECTED_REPORT(xlsx, " (sheet 'FOI reply')").join('\n'));
    expect(run.code).toBe(0);
    expect(readFileSync(figures, 'utf8')).toBe(EXPECTED_YAML('foi-reply.xlsx'));
  });

  it('refuses to overwrite figures.yaml without --force (exit 2), and replaces it with --force', async () => {
    writeFileSync(figures, 'forces: {}\n');
    const refused = await cli(['import', CSV, '--campaign', 'imported', '--data', data]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('already exists; add --force to replace it');
    expect(readFileSync(figures, 'utf8')).toBe('forces: {}\n');
    expect((await cli(['import', CSV, '--campaign', 'imported', '--data', data, '--force'])).code).toBe(0);
    expect(readFileSync(figures, 'utf8')).toBe(EXPECTED_YAML('foi-reply.csv'));
  });

  it('stops on a name close to a force that matches none, with did you mean, and on a cell that is not a number (exit 1, nothing written)', async () => {
    const bad = path.join(root, 'typo.csv');
    writeFileSync(bad, 'Force,Offences\nDerbyshre Constabulary,20\nKent Police,about 20\nPolice Scotland,3\n');
    const run = await cli(['import', bad, '--campaign', 'imported', '--data', data]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${bad}:2:1  Force  no force named 'Derbyshre Constabulary' in forces.yaml (did you mean 'Derbyshire Constabulary'?)`);
    expect(run.err).toContain(`${bad}:3:2  Offences  Kent Police: 'about 20' is not a number`);
    expect(existsSync(figures)).toBe(false);
  });

  it('refuses figures that check would refuse, naming the spreadsheet row', async () => {
    const bad = path.join(root, 'inconsistent.csv');
    writeFileSync(bad, 'Force,Offences,Method recorded\nKent Police,20,30\n');
    const run = await cli(['import', bad, '--campaign', 'imported', '--data', data]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:0  forces\\.kent\\.method_recorded .*\\(row 2\\)`));
    expect(existsSync(figures)).toBe(false);
  });

  it('reads a column named with --column FIELD=HEADER, and says which header it could not find', async () => {
    const odd = path.join(root, 'odd.csv');
    writeFileSync(odd, 'Area,Col B,Snap\nKent Police,"1,020",\n');
    const run = await cli(['import', odd, '--campaign', 'imported', '--data', data, '--column', 'offences=col b', '--column', 'snapchat=Snap']);
    expect(run.code).toBe(0);
    expect(readFileSync(figures, 'utf8')).toContain('  kent:\n    offences: 1020\n');
    const missing = await cli(['import', odd, '--campaign', 'imported', '--data', data, '--force', '--column', 'offences=Col C']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("no column headed 'Col C' (did you mean 'Col B'?)");
    const unknown = await cli(['import', odd, '--campaign', 'imported', '--data', data, '--force', '--column', 'offence=Col B']);
    expect(unknown.err).toContain("no field 'offence' in this campaign (did you mean 'offences'?)");
  });
});

describe('importTable', () => {
  const reference = loadReference(DEMO_DATA);
  const campaign = { platforms: { snapchat: 'Snapchat', facebook: 'Facebook' }, groups: {} };
  it('keeps a published percentage as written ("48%"), as the data files take it', () => {
    const table = { rows: [['Force', 'Snapchat (%)', 'Facebook'], ['Kent Police', '48%', '1 204'], ['South Wales Police', '12.5 %', '-']] };
    const { forces, problems } = importTable(table, { campaign, reference, file: 'x.csv', columns: {} });
    expect(problems).toEqual([]);
    expect(forces).toEqual([
      { id: 'kent', platforms: { snapchat: '48%', facebook: 1204 } },
      { id: 'south-wales', platforms: { snapchat: '12.5%' } },
    ]);
  });

  it('matches force names as police write them', () => {
    const names: [string, string][] = [
      ['Avon & Somerset Constabulary', 'avon-and-somerset'], ['Dyfed Powys Police', 'dyfed-powys'], ['Metropolitan Police Service', 'metropolitan'],
      ['Hampshire Constabulary', 'hampshire'], ['Devon and Cornwall Police', 'devon-and-cornwall'], ['TVP', 'thames-valley'],
      ['City of London Police', 'city-of-london'], ['WEST MIDLANDS POLICE', 'west-midlands'], ['Gwent', 'gwent'], ['North-Yorkshire Police.', 'north-yorkshire'],
    ];
    for (const [name, id] of names) {
      const { forces, problems } = importTable({ rows: [['Force name', 'Offences'], [name, '3']] }, { campaign, reference, file: 'x.csv', columns: {} });
      expect(problems, name).toEqual([]);
      expect(forces.map((f) => f.id), name).toEqual([id]);
    }
  });
});

/** The CSV's rows as a workbook, with the cells an FOI team's Excel would hold. */
async function writeXlsx(rows: (string | number | null)[][], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date('2018-01-01T00:00:00Z');
  const sheet = workbook.addWorksheet('FOI reply');
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null) return;
      const cell = sheet.getCell(r + 1, c + 1);
      const number = /^[\d,]+$/.test(String(value)) ? Number(String(value).replace(/,/g, '')) : null;
      if (r === 12 && c === 1) cell.value = { formula: 'SUM(B4:B10)', result: 3889 } as never;
      else if (value === 'Avon & Somerset Constabulary') cell.value = { richText: [{ text: 'Avon & Somerset ' }, { font: { bold: true }, text: 'Constabulary' }] } as never;
      else cell.value = number ?? String(value).trim();
    });
  });
  await workbook.xlsx.writeFile(file);
}
