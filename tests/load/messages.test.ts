/** The message pieces, one exact string per case: what a press officer reads. */
import { describe, expect, it } from 'vitest';
import { DataError, formatProblem } from '../../src/errors.ts';
import { problemsFromZod } from '../../src/load/issues.ts';
import { allowedKeys } from '../../src/load/keys.ts';
import { campaignSchema, figuresSchema } from '../../src/load/schema.ts';
import { didYouMean } from '../../src/load/suggest.ts';
import { parseYaml } from '../../src/load/yaml.ts';

/** The formatted problem lines for a figures.yaml source. */
function figuresProblems(source: string): string[] {
  const doc = parseYaml(source, 'figures.yaml');
  const result = figuresSchema.safeParse(doc.data);
  return result.success ? [] : problemsFromZod(result.error.issues, doc, (p) => allowedKeys(figuresSchema, p)).map(formatProblem);
}

/** The message of the DataError a YAML source throws. */
function syntaxError(source: string): string {
  try {
    parseYaml(source, 'figures.yaml');
  } catch (error) {
    if (error instanceof DataError) return error.message;
    throw error;
  }
  throw new Error('expected a syntax error');
}

describe('allowedKeys', () => {
  it('reads the field names from the schema at a path, through records, lists and optional wrappers', () => {
    expect(allowedKeys(figuresSchema, ['forces', 'derbyshire'])).toContain('method_recorded');
    expect(allowedKeys(figuresSchema, ['forces', 'derbyshire', 'previous'])).toEqual(['offences', 'method_recorded', 'platforms', 'groups', 'youngest_victim_age', 'breakdowns']);
    expect(allowedKeys(campaignSchema, ['quotes', 0])).toEqual(['text', 'name', 'role']);
    expect(allowedKeys(campaignSchema, ['period'])).toEqual(['start', 'end', 'label']);
    expect(allowedKeys(campaignSchema, ['title'])).toEqual([]);
    expect(allowedKeys(campaignSchema, ['nowhere', 'at', 'all'])).toEqual([]);
  });
});

describe('schema problems', () => {
  it('suggests the field name meant, at the line of the mistyped field', () => {
    expect(figuresProblems('forces:\n  derbyshire:\n    offences: 20\n    method_recoded: 10\n    youngest_age: 9\n')).toEqual([
      "figures.yaml:4:21  forces.derbyshire.method_recoded  unknown field 'method_recoded' (did you mean 'method_recorded'?)",
      'figures.yaml:5:19  forces.derbyshire.youngest_age  unknown field \'youngest_age\' (expected one of offences, method_recorded, platforms, groups, youngest_victim_age, breakdowns, responded, status, note, previous, history, source)',
    ]);
  });

  it('says what was expected and what was found', () => {
    expect(figuresProblems('forces:\n  gwent: { offences: -3, method_recorded: "12", youngest_victim_age: 18 }\n')).toEqual([
      'figures.yaml:2:22  forces.gwent.offences  expected a whole number ≥ 0, found -3',
      'figures.yaml:2:44  forces.gwent.method_recorded  expected a number, found "12" (remove the quotes)',
      "figures.yaml:2:70  forces.gwent.youngest_victim_age  expected a child's age in whole years, 0 to 17, found 18",
    ]);
  });

  it('names a missing block and a wrong kind of value in plain words', () => {
    expect(figuresProblems('national: { offences: 3 }\n')).toEqual(['figures.yaml:1:1  forces  this field is required (expected a list of fields (name: value), found nothing)']);
    expect(figuresProblems('forces:\n  - derbyshire\n')).toEqual(['figures.yaml:1:1  forces  expected a list of fields (name: value), found ["derbyshire"]']);
    expect(figuresProblems('forces:\n  btp: { responded: "no" }\n')).toEqual(['figures.yaml:2:22  forces.btp.responded  expected true or false, found "no"']);
  });
});

describe('YAML syntax errors', () => {
  it('show the line and a caret, in plain words', () => {
    expect(syntaxError('forces:\n  gwent: { offences: 21\n')).toBe(
      'figures.yaml:3:1  (file)  YAML syntax error: a bracket ([ or {) opened on line 2 is never closed\n 1 | forces:\n 2 |   gwent: { offences: 21\n 3 | \n-----^',
    );
    expect(syntaxError('forces:\n\tgwent: {}\n')).toMatch(/^figures\.yaml:2:1 {2}\(file\) {2}YAML syntax error: a tab is used to indent this line; use spaces instead\n/);
    expect(syntaxError('title: Facebook: the figures\n')).toMatch(/^figures\.yaml:1:16 {2}\(file\) {2}YAML syntax error: the indentation is wrong here, or a value containing ": " needs quotes around it\n.*\n-+\^$/);
  });

  it('report every key given twice at its repeat, with the field path and the first line', () => {
    expect(syntaxError('forces:\n  gwent:\n    offences: 1\n    offences: 2\n  derbyshire: {}\n  gwent: {}\n')).toBe(
      [
        "figures.yaml:4:5  forces.gwent.offences  'offences' appears twice in the same block (first at line 3); keep one and delete or merge the other",
        "figures.yaml:6:3  forces.gwent  force 'gwent' is listed twice (first at line 2); keep one and delete or merge the other",
      ].join('\n'),
    );
  });
});

describe('did you mean', () => {
  it.each([
    ['derbyshre', "(did you mean 'derbyshire'?)"],
    ['Derbyshire', "(did you mean 'derbyshire'?)"],
    ['north-wale', "(did you mean 'north-wales'?)"],
    ['metropolitan', ''],
  ])('%s → %s', (input, expected) => {
    expect(didYouMean(input, ['derbyshire', 'durham', 'north-wales', 'south-wales']).trim()).toBe(expected);
  });
});
