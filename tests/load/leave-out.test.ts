/**
 * campaign.yaml `leave_out_regions`: `partly-covered` or a list of region ids, each of which the
 * figures must cover only in part. A bad value is an error at its line, with what was expected
 * and a "did you mean"; `check` exits 1 and a build writes nothing.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.ts';
import { problemsFromZod } from '../../src/load/issues.ts';
import { allowedKeys } from '../../src/load/keys.ts';
import { campaignSchema } from '../../src/load/schema.ts';
import { parseYaml } from '../../src/load/yaml.ts';
import { cli, FIXTURES, previousDist } from './helpers.ts';

const BASE = 'title: t\noffence: o\npublished: 2018-04-16\nperiod: { start: 2017-04-03, end: 2017-12-31, label: l }\nsource: s\nunit: { singular: offence, plural: offences }\n';

/** The problem lines for `leave_out_regions: <value>` (line 7 of campaign.yaml). */
function schemaProblems(value: string): string[] {
  const doc = parseYaml(`${BASE}leave_out_regions: ${value}\n`, 'campaign.yaml');
  const result = campaignSchema.safeParse(doc.data);
  return result.success ? [] : problemsFromZod(result.error.issues, doc, (p) => allowedKeys(campaignSchema, p)).map(formatProblem);
}

describe('leave_out_regions in the schema', () => {
  it('takes partly-covered or a list of region ids; absent is absent', () => {
    const parse = (yaml: string) => campaignSchema.parse(parseYaml(`${BASE}${yaml}`, 'campaign.yaml').data).leave_out_regions;
    expect(parse('leave_out_regions: partly-covered\n')).toBe('partly-covered');
    expect(parse('leave_out_regions: [north-west, wales]\n')).toEqual(['north-west', 'wales']);
    expect(parse('leave_out_regions: []\n')).toEqual([]);
    expect(parse('')).toBeUndefined();
  });

  it('a bad value says what is expected, at its line, with a suggestion', () => {
    const expected = "expected 'partly-covered', or a list of region ids such as [north-west]";
    expect(schemaProblems('partly_covered')).toEqual([`campaign.yaml:7:20  leave_out_regions  ${expected}, found "partly_covered" (did you mean 'partly-covered'?)`]);
    expect(schemaProblems('true')).toEqual([`campaign.yaml:7:20  leave_out_regions  ${expected}, found true`]);
    expect(schemaProblems('north-west')).toEqual([`campaign.yaml:7:20  leave_out_regions  ${expected}, found "north-west"`]);
    expect(schemaProblems('[North West]')).toEqual(['campaign.yaml:7:21  leave_out_regions.0  expected an id of lower-case letters, digits and hyphens, found "North West"']);
  });
});

describe('leave_out_regions against the figures (localpress check)', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    root = undefined;
  });

  /** A copy of the leave-out-regions fixture whose `left-out` campaign says `leave_out_regions: <value>`. */
  async function withChoice(value: string): Promise<string> {
    root = await mkdtemp(path.join(tmpdir(), 'localpress-leave-out-'));
    await cp(path.join(FIXTURES, 'leave-out-regions'), root, { recursive: true });
    const file = path.join(root, 'campaigns/left-out/campaign.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('leave_out_regions: partly-covered', `leave_out_regions: ${value}`));
    return root;
  }
  const check = async (data: string) => {
    const result = await cli(['check', '--data', data, '--campaign', 'left-out']);
    return { ...result, lines: result.lines.map((l) => l.split(`${data}${path.sep}`).join('')).filter((l) => !l.includes('warning:')) };
  };

  it('the fixture as written checks clean, as does a list naming the partly covered region', async () => {
    expect((await check(path.join(FIXTURES, 'leave-out-regions'))).code).toBe(0);
    expect((await check(await withChoice('[north-west]'))).code).toBe(0);
  });

  it('a region that is unknown, complete, or not in the release is an error at its line', async () => {
    const data = await withChoice('[north-wset, east-midlands, wales]');
    // East Midlands: all three of its forces (in this fixture) replied; Wales: both.
    const result = await check(data);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual([
      "campaigns/left-out/campaign.yaml:10:21  leave_out_regions.0  unknown region 'north-wset' (did you mean 'north-west'?); region ids are listed in data/forces.yaml",
      "campaigns/left-out/campaign.yaml:10:33  leave_out_regions.1  'east-midlands' cannot be left out: all 3 of its forces gave figures, so its figures are not partial (expected a region covered in part); remove it from leave_out_regions to publish its page",
      "campaigns/left-out/campaign.yaml:10:48  leave_out_regions.2  'wales' cannot be left out: both of its forces gave figures, so its figures are not partial (expected a region covered in part); remove it from leave_out_regions to publish its page",
    ]);
  });

  it('a region with no force in figures.yaml, or with a published total, cannot be left out', async () => {
    const data = await withChoice('[north-west, wales]');
    const figures = path.join(data, 'campaigns/left-out/figures.yaml');
    // Wales with a published total; then a reference region with no force in the figures.
    await writeFile(figures, `${await readFile(figures, 'utf8')}regions:\n  wales: { offences: 31 }\n`);
    const forces = path.join(data, 'forces.yaml');
    await writeFile(forces, (await readFile(forces, 'utf8')).replace('regions:\n', 'regions:\n  - id: london\n    name: London\n    nation: England\n'));
    await writeFile(path.join(data, 'campaigns/left-out/campaign.yaml'), (await readFile(path.join(data, 'campaigns/left-out/campaign.yaml'), 'utf8')).replace('[north-west, wales]', '[north-west, wales, london]'));
    const result = await check(data);
    expect(result.lines).toEqual([
      "campaigns/left-out/campaign.yaml:10:33  leave_out_regions.1  'wales' cannot be left out: its total is published (figures.yaml regions.wales), not a sum of some of its forces; remove it from leave_out_regions",
      "campaigns/left-out/campaign.yaml:10:40  leave_out_regions.2  'london' has no forces in figures.yaml, so there is no region page to leave out; remove it from leave_out_regions",
    ]);
  });

  it('a build with a bad choice writes nothing: the previous dist/ stays whole', async () => {
    const data = await withChoice('partly_covered');
    const dist = await previousDist();
    try {
      const before = await dist.snapshot();
      const result = await cli(['build', '--data', data, '--out', dist.out]);
      expect(result.code).toBe(1);
      expect(result.err).toContain("leave_out_regions  expected 'partly-covered', or a list of region ids such as [north-west], found \"partly_covered\" (did you mean 'partly-covered'?)");
      expect(await dist.snapshot()).toEqual(before);
    } finally {
      await dist.cleanup();
    }
  });
});

describe('explain on a region left out', () => {
  it('says why it has no page, instead of "no area"', async () => {
    const data = path.join(FIXTURES, 'leave-out-regions');
    const result = await cli(['explain', '--data', data, '--campaign', 'left-out', '--area', 'north-west']);
    expect(result.code).toBe(2);
    expect(result.err).toContain("explain: region 'north-west' has no page in campaign 'left-out': campaign.yaml leave_out_regions leaves it out, as the figures cover only some of its forces");
    expect((await cli(['explain', '--data', data, '--campaign', 'kept', '--area', 'north-west'])).code).toBe(0);
  });
});
