/**
 * docs/data.md and the field meanings `explain` prints are generated (`npm run docs`) from
 * the zod schemas and the model types; these tests fail when either is stale, or when a
 * field is added without saying what it means.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { describeField } from '../../src/docs/data-fields.ts';
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

  it('lists the angles and the fields a release uses', () => {
    const doc = renderDataDocs(table);
    for (const name of ['`where`', '`per_week`', '`short_name`', '`region_forces`', '`previous_label`', '`national_rate`', '`rank.offences_in_region`', '`style.multiples`', '`forces[].aliases`']) {
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
