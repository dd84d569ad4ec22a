/**
 * campaign.yaml `asked: listed-forces`: the request went only to the forces in figures.yaml.
 * `check` then does not warn that the others are "a forgotten reply?" (it did on every run, with
 * no way to say they were never asked). A bad value is an error at its line with a "did you
 * mean"; the option beside a published national: block is refused (that block is the nation's).
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

function schemaProblems(value: string): string[] {
  const doc = parseYaml(`${BASE}asked: ${value}\n`, 'campaign.yaml');
  const result = campaignSchema.safeParse(doc.data);
  return result.success ? [] : problemsFromZod(result.error.issues, doc, (p) => allowedKeys(campaignSchema, p)).map(formatProblem);
}

describe('asked in the schema', () => {
  it('takes every-force or listed-forces; absent is absent (every force, as before)', () => {
    const parse = (yaml: string) => campaignSchema.parse(parseYaml(`${BASE}${yaml}`, 'campaign.yaml').data).asked;
    expect(parse('asked: listed-forces\n')).toBe('listed-forces');
    expect(parse('asked: every-force\n')).toBe('every-force');
    expect(parse('')).toBeUndefined();
  });

  it('a bad value names the file, line, field, what is expected, and a suggestion', () => {
    expect(schemaProblems('listed-force')).toEqual(['campaign.yaml:7:8  asked  expected one of every-force, listed-forces, found "listed-force" (did you mean \'listed-forces\'?)']);
    expect(schemaProblems('true')[0]).toMatch(/^campaign\.yaml:7:8 {2}asked {2}.*found true/);
  });
});

describe('asked against the figures (localpress check)', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    root = undefined;
  });
  const FIXTURE = path.join(FIXTURES, 'asked-listed-forces');
  const check = async (data: string, campaign: string) => {
    const result = await cli(['check', '--data', data, '--campaign', campaign]);
    return { ...result, lines: result.lines.map((l) => l.split(`${data}${path.sep}`).join('')) };
  };

  it('no "forgotten reply" warning for the forces never asked; without the option the warning stays, and names it', async () => {
    const asked = await check(FIXTURE, 'asked');
    expect(asked.code).toBe(0);
    expect(asked.err).not.toContain('forgotten reply');
    expect(asked.err).not.toContain('warning');
    const everyone = await check(FIXTURE, 'everyone');
    expect(everyone.code).toBe(0);
    expect(everyone.err).toContain("asked-listed-forces/campaigns/everyone/figures.yaml:2:1  forces  warning: no figures for cumbria, merseyside, greater-manchester, leicestershire, north-wales, btp: a forgotten reply? (expected every force in forces.yaml, with 'responded: false' if it did not reply; if the request went only to the forces listed, say so in campaign.yaml with 'asked: listed-forces')");
  });

  it('beside a published national: block it is an error at its line in campaign.yaml', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'localpress-asked-'));
    await cp(FIXTURE, root, { recursive: true });
    const figures = path.join(root, 'campaigns/asked/figures.yaml');
    await writeFile(figures, `${await readFile(figures, 'utf8')}national: { offences: 500 }\n`);
    const result = await check(root, 'asked');
    expect(result.code).toBe(1);
    expect(result.lines).toContain("campaigns/asked/campaign.yaml:9:8  asked  'asked: listed-forces' makes the national figures the sum of the forces listed, but figures.yaml has a published national: total (expected no national: block with it, found one): remove 'asked', or the national: block");
  });

  it('a build with a bad value writes nothing: the previous dist/ stays whole', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'localpress-asked-'));
    await cp(FIXTURE, root, { recursive: true });
    const file = path.join(root, 'campaigns/asked/campaign.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('asked: listed-forces', 'asked: listed_forces'));
    const dist = await previousDist();
    try {
      const before = await dist.snapshot();
      const result = await cli(['build', '--data', root, '--out', dist.out]);
      expect(result.code).toBe(1);
      expect(result.err).toContain("campaign.yaml:9:8  asked  ");
      expect(result.err).toContain("(did you mean 'listed-forces'?)");
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(await dist.snapshot()).toEqual(before);
    } finally {
      await dist.cleanup();
    }
  });
});
