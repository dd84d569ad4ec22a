/**
 * Values as a press officer types them (session-5 walkthrough): each error says what to write
 * instead, and a date of the wrong shape is reported once, not twice.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.ts';
import { dateHint, isoDateFrom } from '../../src/load/hints.ts';
import { problemsFromZod } from '../../src/load/issues.ts';
import { allowedKeys } from '../../src/load/keys.ts';
import { campaignSchema, figuresSchema } from '../../src/load/schema.ts';
import { parseYaml } from '../../src/load/yaml.ts';

function problems(schema: typeof figuresSchema | typeof campaignSchema, file: string, source: string): string[] {
  const doc = parseYaml(source, file);
  const result = schema.safeParse(doc.data);
  return result.success ? [] : problemsFromZod(result.error.issues, doc, (p) => allowedKeys(schema, p)).map(formatProblem);
}

const CAMPAIGN = (fields: string) => `title: T
offence: O
source: S
unit: { singular: offence, plural: offences }
period: { start: 2024-04-01, end: 2025-03-31, label: 2024/25 }
${fields}
`;

describe('what to write instead', () => {
  it('a count with thousands commas', () => {
    expect(problems(figuresSchema, 'figures.yaml', 'forces:\n  kent:\n    offences: 1,117\n')).toEqual([
      'figures.yaml:3:15  forces.kent.offences  expected a number, found "1,117" (write it without commas: 1117)',
    ]);
    expect(problems(figuresSchema, 'figures.yaml', 'forces:\n  kent:\n    platforms: { snapchat: "1,038" }\n')[0]).toMatch(/found "1,038" \(write it without commas: 1038\)$/);
  });

  it('a share as a decimal where a platform count or published percentage goes, but not for offences', () => {
    expect(problems(figuresSchema, 'figures.yaml', 'forces:\n  kent:\n    platforms: { snapchat: 0.48 }\n')).toEqual([
      'figures.yaml:3:28  forces.kent.platforms.snapchat  expected a whole number, found 0.48 (a share? write it as published, with %: 48%)',
    ]);
    expect(problems(figuresSchema, 'figures.yaml', 'forces:\n  kent:\n    breakdowns: { gender: { of: known, girls: 0.326 } }\n')[0]).toMatch(/\(a share\? write it as published, with %: 32\.6%\)$/);
    expect(problems(figuresSchema, 'figures.yaml', 'forces:\n  kent:\n    offences: 0.5\n')[0]).not.toContain('a share?');
  });

  it('a date in the UK order or in words, once, with the date meant', () => {
    expect(problems(campaignSchema, 'campaign.yaml', CAMPAIGN('published: 15/09/2025'))).toEqual([
      'campaign.yaml:6:12  published  expected a date as YYYY-MM-DD, found "15/09/2025" (did you mean 2025-09-15?)',
    ]);
    expect(problems(campaignSchema, 'campaign.yaml', CAMPAIGN('published: 15 September 2025'))).toEqual([
      'campaign.yaml:6:12  published  expected a date as YYYY-MM-DD, found "15 September 2025" (did you mean 2025-09-15?)',
    ]);
  });

  it('a month and day swapped', () => {
    expect(problems(campaignSchema, 'campaign.yaml', CAMPAIGN('published: 2025-31-03'))).toEqual([
      'campaign.yaml:6:12  published  expected a real calendar date as YYYY-MM-DD, found "2025-31-03" (did you mean 2025-03-31?)',
    ]);
  });

  it('an embargo without its offset: the offset London has that day', () => {
    expect(problems(campaignSchema, 'campaign.yaml', CAMPAIGN('published: 2025-09-15\nembargo: 2025-09-15 00:01'))).toEqual([
      'campaign.yaml:7:10  embargo  expected a date and time with offset, e.g. 2018-04-16T00:01:00+01:00, found "2025-09-15 00:01" (did you mean 2025-09-15T00:01:00+01:00? +01:00 is British Summer Time)',
    ]);
    expect(dateHint('15/01/2026 09:30', true)).toBe(' (did you mean 2026-01-15T09:30:00+00:00? +00:00 is London in winter)');
  });

  it('reads dates as people write them, and suggests nothing for a day that does not exist', () => {
    expect(isoDateFrom('1/4/2024')).toBe('2024-04-01');
    expect(isoDateFrom('Monday 15th Sept 2025')).toBe('2025-09-15');
    expect(isoDateFrom('September 15, 2025')).toBe('2025-09-15');
    expect(isoDateFrom('30/02/2025')).toBeUndefined();
    expect(isoDateFrom('2025-02-30')).toBeUndefined();
    expect(isoDateFrom('next Tuesday')).toBeUndefined();
    expect(dateHint('2025-02-30', false)).toBe('');
  });
});

describe('a quote inside quoted text', () => {
  const syntax = (source: string): string => {
    try {
      parseYaml(source, 'campaign.yaml');
    } catch (error) {
      return (error as Error).message.split('\n')[0]!;
    }
    return 'no error';
  };

  it("an apostrophe inside '…' says to double it or use double quotes, not that the indentation is wrong", () => {
    expect(syntax("title: 'Children's figures'\n")).toBe(
      `campaign.yaml:1:18  (file)  YAML syntax error: the text starts with a single quote ('), so the apostrophe inside it ends it early: write the apostrophe twice ('Children''s …'), or put the text in double quotes ("Children's …")`,
    );
    expect(syntax("quotes:\n  - text: 'It's devastating'\n    name: Jo\n")).toContain('so the apostrophe inside it ends it early');
    expect(syntax('title: "He said "hi" today"\n')).toContain('so a double quote inside it ends it early');
  });

  it('leaves the other causes of a bad entry as they were', () => {
    expect(syntax("title: 'It''s fine'\n")).toBe('no error');
    expect(syntax('title: Sextortion: the hidden crime\n')).toContain('a value containing ": " needs quotes around it');
  });
});

describe('a required field left out of campaign.yaml', () => {
  it('says what to add, with an example to copy', () => {
    const without = (field: RegExp) => CAMPAIGN('published: 2025-09-15').split('\n').filter((line) => !field.test(line)).join('\n');
    expect(problems(campaignSchema, 'campaign.yaml', without(/^source:/))).toEqual([
      'campaign.yaml:1:1  source  this field is required (expected a text, found nothing): add it, e.g. source: Freedom of Information requests to every police force in England and Wales (printed on every page)',
    ]);
    expect(problems(campaignSchema, 'campaign.yaml', without(/^unit:/).replace('title: T', 'title: T\nunit: { singular: offence }'))).toEqual([
      'campaign.yaml:2:1  unit.plural  this field is required (expected a text, found nothing): add it, e.g. plural: offences',
    ]);
  });
});
