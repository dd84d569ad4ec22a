/**
 * The loader never crashes on what a person might type: random YAML documents and random
 * mutations of a valid campaign either load or throw a LocalpressError (DataError or
 * UsageError) with located problems, never any other exception.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { dump, load as loadYaml } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalpressError } from '../../src/errors.ts';
import { loadProject } from '../../src/load/index.ts';
import { FIXTURES } from './helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'localpress-fuzz-'));
const data = path.join(root, 'data');
cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
const campaignDir = path.join(data, 'campaigns', 'fixture-grooming');
const files = ['campaign.yaml', 'figures.yaml', 'release.njk'].map((f) => path.join(campaignDir, f)).concat(path.join(data, 'forces.yaml'));
const originals = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Load with one file replaced; the outcome is 'ok' or the error's class, anything else fails the property. */
function loadWith(file: string, source: string): string {
  writeFileSync(file, source);
  try {
    loadProject(data);
    return 'ok';
  } catch (error) {
    if (!(error instanceof LocalpressError)) throw error;
    expect(error.message.length).toBeGreaterThan(0);
    return error.name;
  } finally {
    writeFileSync(file, originals.get(file)!);
  }
}

/** Text made of the characters that matter to YAML, so the parser's corners are reached. */
const yamlish = fc
  .array(fc.constantFrom('forces', 'derbyshire', 'offences', ':', ' ', '  ', '\n', '- ', '{', '}', '[', ']', ',', '"', "'", '#', '&a', '*a', '!!str', '<<', '|', '>', '?', '\t', '-3', '2.5', '12', 'null', '~', '__proto__', 'constructor', '\u00e9', 'Ynys Môn', '🚓', '\u202e', '\ud800', '\u0000', '\u0085', '\u2028', '---', '...', '%YAML'), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** Documents that reach the corners random text rarely finds: self-referring aliases, tags, deep nesting. */
const TRICKY = [
  'forces: &x { derbyshire: { platforms: *x } }',
  'forces:\n  derbyshire: &x\n    offences: *x\n',
  'title: &x [*x]\nplatforms: &y { facebook: *y }',
  'regions: &r [{ id: *r, name: x, nation: y }]\nforces: []',
  `${'['.repeat(200)}${']'.repeat(200)}`,
  'forces:\n  ? [a, b]\n  : 1',
  'a: !!binary aGVsbG8=',
  'forces: { derbyshire: { offences: 1, offences: 2 } }',
  'forces:\n  __proto__: { offences: 1 }\n  constructor: { offences: 2 }',
  'headline: &h [*h]\nstandfirst: x',
  '\uFEFFforces: {}',
];

/** Values a press officer might put anywhere: wrong types, out of range, odd keys. */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  // Text in any script too (names and ids a press officer pastes: Welsh, emoji, right-to-left, lone surrogates).
  leaf: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.double(), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.boolean(), fc.constant(null), fc.constantFrom('derbyshre', 'facebok', 'method_recoded', '__proto__', 'Snap Chat', '2018-02-30')),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('offences', 'platforms', 'groups', 'status', 'forces', 'national', 'regions')), tie('node'), { maxKeys: 3 })),
})).node;

/** A mutation: set, delete or retype a value at a random path of the parsed document. */
function mutate(doc: unknown, steps: number[], replacement: unknown, remove: boolean): unknown {
  if (doc === null || typeof doc !== 'object' || steps.length === 0) return remove ? undefined : replacement;
  const keys = Object.keys(doc);
  if (keys.length === 0) return replacement;
  const key = keys[steps[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(doc) ? ([...doc] as never) : { ...(doc as object) };
  const child = mutate((doc as Record<string, unknown>)[key], steps.slice(1), replacement, remove);
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy;
}

describe('loader fuzzing', () => {
  it('random YAML documents in any data file: loads or reports, never crashes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.oneof(yamlish, fc.string({ maxLength: 80 }), value.map((v) => dump(v)), fc.constantFrom(...TRICKY)), fc.boolean(), (file, yaml, asFrontMatter) => {
        // release.njk holds YAML only in its front matter: put the document there half the time.
        loadWith(file, file.endsWith('.njk') && asFrontMatter ? `---\n${yaml}\n---\nBody` : yaml);
      }),
      { numRuns: 200, examples: TRICKY.flatMap((t) => files.map((f): [string, string, boolean] => [f, t, true])) },
    );
  });

  it('random mutations of a valid campaign: loads or reports, never crashes', () => {
    const yamlFiles = files.filter((f) => f.endsWith('.yaml'));
    fc.assert(
      fc.property(fc.constantFrom(...yamlFiles), fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), value, fc.boolean(), (file, steps, replacement, remove) => {
        const parsed = (originals.get(file) ?? '').length > 0 ? (loadYaml(originals.get(file)!) as unknown) : {};
        const mutated = mutate(parsed, steps, replacement, remove);
        loadWith(file, dump(mutated ?? null, { skipInvalid: true }));
      }),
      { numRuns: 150 },
    );
  });

  it('random line edits of the figures file (deleted, duplicated or re-indented lines): loads or reports', () => {
    const file = path.join(campaignDir, 'figures.yaml');
    const lines = originals.get(file)!.split('\n');
    fc.assert(
      fc.property(fc.nat(lines.length - 1), fc.constantFrom('delete', 'duplicate', 'indent', 'dedent', 'tab'), (i, edit) => {
        const edited = [...lines];
        const line = edited[i] ?? '';
        if (edit === 'delete') edited.splice(i, 1);
        if (edit === 'duplicate') edited.splice(i, 0, line);
        if (edit === 'indent') edited[i] = ` ${line}`;
        if (edit === 'dedent') edited[i] = line.replace(/^ /, '');
        if (edit === 'tab') edited[i] = line.replace(/^ {2}/, '\t');
        loadWith(file, edited.join('\n'));
      }),
      { numRuns: 80 },
    );
  });

  it('the unmutated fixture loads (the properties above start from valid data)', () => {
    expect(loadWith(files[0]!, originals.get(files[0]!)!)).toBe('ok');
  });
});
