/**
 * docs/data.md and the field meanings `explain` prints are generated (`npm run docs`) from
 * the zod schemas and the model types; these tests fail when either is stale, or when a
 * field is added without saying what it means.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { describeField, fieldKey, type DataFile } from '../../src/docs/data-fields.ts';
import { DATA_DOC, MODEL_FIELDS_FILE, modelFieldTable, renderDataDocs, renderModelFieldsModule } from '../../src/docs/generate.ts';
import { schemaFields } from '../../src/docs/schema-fields.ts';
import { campaignSchema, figuresSchema, referenceSchema } from '../../src/load/schema.ts';

const table = modelFieldTable();

describe('docs/data.md', () => {
  it('is up to date (run `npm run docs`)', () => {
    expect(readFileSync(DATA_DOC, 'utf8')).toBe(renderDataDocs(table));
    expect(readFileSync(MODEL_FIELDS_FILE, 'utf8')).toBe(renderModelFieldsModule(table));
  });

  it('says what every field of every data file means', () => {
    const missing = [
      ...schemaFields(referenceSchema).map((f) => ['forces', f.path] as const),
      ...schemaFields(campaignSchema).map((f) => ['campaign', f.path] as const),
      ...schemaFields(figuresSchema).map((f) => ['figures', f.path] as const),
    ].filter(([file, path]) => !describeField(path, file));
    expect(missing, 'add them to src/docs/data-fields.ts').toEqual([]);
  });

  it('says what every field of the model means', () => {
    const missing = Object.entries(table).flatMap(([type, members]) =>
      Object.entries(members).filter(([, m]) => m.doc === '').map(([name]) => `${type}.${name}`));
    expect(missing, 'give them TSDoc, or a line in src/docs/model-fields.ts').toEqual([]);
  });

  const rows = (file: DataFile, schema: Parameters<typeof schemaFields>[0]) => schemaFields(schema).map((f) => ({ ...f, file, meaning: describeField(f.path, file) ?? '' }));
  const all = [...rows('forces', referenceSchema), ...rows('campaign', campaignSchema), ...rows('figures', figuresSchema)];
  const row = (file: DataFile, path: string) => all.find((r) => r.file === file && r.path === path);

  it('never explains a nested field with the meaning of a top-level field of its file', () => {
    // campaign.yaml's regions.<region-id>.quotes once read "Quotes printed in every release".
    const borrowed = all.filter((r) => {
      const key = fieldKey(r.path, r.file);
      return key !== undefined && key !== r.path && !/[.[]/.test(key) && all.some((top) => top.file === r.file && top.path === key);
    });
    expect(borrowed.map((r) => `${r.file}: ${r.path} ← ${fieldKey(r.path, r.file)}`)).toEqual([]);
  });

  it('explains local voices, corrections and discrepancy as what they are', () => {
    expect(row('campaign', 'forces')?.meaning).toMatch(/^Local voices: force id/);
    expect(row('campaign', 'regions')?.meaning).toMatch(/^Local voices: region id/);
    expect(row('campaign', 'regions.<region-id>.quotes')?.meaning).toMatch(/region's page and its forces' pages instead of the campaign's/);
    expect(row('campaign', 'forces.<force-id>.contacts')?.meaning).toMatch(/force's page instead of its region's/);
    expect(row('campaign', 'corrections[].forces')?.meaning).toMatch(/force ids whose pages carry it/);
    expect(row('campaign', 'corrections[].date')?.type).toBe('date (YYYY-MM-DD)');
    expect(row('figures', 'regions.<region-id>.discrepancy')?.meaning).toMatch(/notes to editors/);
    expect(row('figures', 'national.source')?.meaning).not.toMatch(/force's figures/);
    for (const r of all.filter((r) => r.file === 'campaign')) expect(r.meaning, r.path).not.toMatch(/Every police force|Totals as published|One force's figures/);
  });

  it('lists what a breakdown takes, and says a count may be a published percentage', () => {
    expect(row('figures', 'forces.<force-id>.breakdowns.<breakdown-id>.of')?.type).toBe('one of offences, known');
    const category = row('figures', 'national.breakdowns.<breakdown-id>.<category>');
    expect(category?.type).toBe('whole number ≥ 0, or a published percentage such as 48% or 32.6%, or null (not supplied)');
    expect(category?.meaning).toMatch(/what `of` says/);
    expect(row('figures', 'forces.<force-id>.platforms')?.type).toBe('<platform-id> → whole number ≥ 0, or a published percentage such as 48% or 32.6%, or null (not supplied)');
    expect(all.filter((r) => /\bunion\b/.test(r.type)).map((r) => r.path)).toEqual([]);
  });

  it('links the guide to figures from its introduction', () => {
    expect(renderDataDocs(table).split('## ')[0]).toContain('[figures.md](figures.md)');
  });

  it('lists the angles and the fields a release uses', () => {
    const doc = renderDataDocs(table);
    for (const name of ['`where`', '`per_week`', '`short_name`', '`region_forces`', '`previous_label`', '`national_rate`', '`rank.offences_in_region`', '`style.multiples`', '`forces[].aliases`', '`share_decimals`', '`covers_all_forces`', '`reason`']) {
      expect(doc).toContain(name);
    }
  });
});

describe('localpress explain', () => {
  const capture = async (argv: string[]) => {
    let out = '';
    let err = '';
    const code = await run(argv, { out: { write: (c: string) => ((out += c), true) }, err: { write: (c: string) => ((err += c), true) } } as any);
    return { code, out, err };
  };

  it('prints every field of the page with its value and meaning', async () => {
    const { code, out } = await capture(['explain', '--campaign', 'scwc-2017-nine-months', '--area', 'derbyshire']);
    expect(code).toBe(0);
    expect(out).toContain(`where = "Derbyshire"  — The page's area as named in a sentence`);
    expect(out).toContain('area.offences = 20  — Offences recorded in the period; null when not supplied.');
    expect(out).toMatch(/^area\.rank\.offences\.position = \d+ {2}— The place, 1 for the highest/m);
    expect(out).toMatch(/^national\.offences = \d+/m);
    expect(out).toMatch(/^campaign\.period\.label = /m);
    expect(out).toMatch(/^per_week = [\d.]+ {2}— Offences per week/m);
  });

  it('names a region page by its only force in the release', async () => {
    const { out } = await capture(['explain', '--campaign', 'scwc-2017-nine-months', '--area', 'east-midlands']);
    expect(out).toContain('where = "Derbyshire"');
  });

  it('is a usage error (exit 2) without its options or with an unknown area, with "did you mean"', async () => {
    expect((await capture(['explain', '--campaign', 'scwc-2017-nine-months'])).code).toBe(2);
    const { code, err } = await capture(['explain', '--campaign', 'scwc-2017-nine-months', '--area', 'derbyshre']);
    expect(code).toBe(2);
    expect(err).toContain(`explain: no area 'derbyshre' in campaign 'scwc-2017-nine-months' (did you mean 'derbyshire'?)`);
  });
});
