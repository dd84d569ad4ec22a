/**
 * One broken fixture per mistake a press officer can make. Each asserts the exact message
 * lines, the exit code, and that a failed build leaves the previous dist/ byte for byte.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, cli, previousDist } from './helpers.ts';

const F = 'campaigns/fixture-grooming/figures.yaml';
const C = 'campaigns/fixture-grooming/campaign.yaml';

/** fixture → the exact lines `localpress check` and `build` print (paths relative to tests/fixtures). */
const DATA_MISTAKES: Record<string, string[]> = {
  'method-recorded': [
    `invalid-method-recorded/${F}:4:22  forces.derbyshire.method_recorded  offences with a recorded method cannot be more than all offences (expected at most 20, found 25)`,
  ],
  'platform-above-recorded': [
    `invalid-platform-above-recorded/${F}:5:28  forces.derbyshire.platforms.facebook  facebook cannot be more than method_recorded (expected at most 10, found 12)`,
    `invalid-platform-above-recorded/${F}:6:31  forces.derbyshire.groups.facebook-owned  facebook-owned counts each offence once, so it cannot be less than its largest member, facebook (expected at least 12, found 4)`,
  ],
  'group-below-member': [
    `invalid-group-below-member/${F}:6:31  forces.derbyshire.groups.facebook-owned  facebook-owned counts each offence once, so it cannot be less than its largest member, facebook (expected at least 3, found 2)`,
  ],
  'group-above-sum': [
    `invalid-group-above-sum/${F}:6:31  forces.derbyshire.groups.facebook-owned  facebook-owned cannot be more than its members added together (expected at most 4, found 5)`,
  ],
  'published-below-forces': [
    `invalid-published-below-forces/${F}:26:15  regions.wales.offences  the published total is below the sum of the forces in this region in figures.yaml (expected at least 56, found 50): correct it, or say why the source's figures disagree with discrepancy: "…"`,
  ],
  'breakdown-above-total': [
    `invalid-breakdown-above-total/${F}:9:7  forces.derbyshire.breakdowns.gender  the gender breakdown adds up to more than offences (expected at most 20, found 23)`,
  ],
  'undeclared-platform': [
    `invalid-undeclared-platform/${F}:12:71  forces.nottinghamshire.platforms.snapchatt  unknown platform 'snapchatt' (did you mean 'snapchat'?); declare it in campaign.yaml under platforms:`,
  ],
  'force-twice': [
    `invalid-force-twice/${F}:24:3  forces.derbyshire  force 'derbyshire' is listed twice (first at line 2); keep one and delete or merge the other`,
  ],
  'campaign-folder': [
    `invalid-campaign-folder/campaigns/Grooming 2018  (file)  campaign folder names become paths: use lower-case letters, digits and hyphens (found 'Grooming 2018')`,
  ],
  'reference-id': [
    `invalid-reference-id/forces.yaml:56:9  forces.4.id  expected an id of lower-case letters, digits and hyphens, found "../gwent"`,
  ],
  'platform-id': [
    `invalid-platform-id/${C}:13:14  platforms.Snap Chat  'Snap Chat' cannot be used as an id: ids become web addresses (expected lower-case letters, digits and hyphens, e.g. 'snap-chat', found 'Snap Chat')`,
  ],
  status: [
    `invalid-status/${F}:16:15  forces.leicestershire.offences  this force is marked 'status: refused' but has figures (expected no offences, found 12): remove the figures, or the 'status: refused'`,
    `invalid-status/${F}:23:13  forces.north-wales.status  a partial reply needs a note saying what it covers (expected e.g. note: "April to September only", found no note)`,
  ],
  'status-value': [
    `invalid-status-value/${F}:15:13  forces.leicestershire.status  expected one of replied, no-reply, refused, not-held, partial, found "refsued" (did you mean 'refused'?)`,
  ],
  embargo: [
    `invalid-embargo/${C}:5:10  embargo  expected a date and time with offset, e.g. 2018-04-16T00:01:00+01:00, found "2018-04-16 00:01" (did you mean 2018-04-16T00:01:00+01:00? +01:00 is British Summer Time)`,
  ],
  'field-name': [
    `invalid-field-name/${F}:18:21  forces.gwent.method_recoded  unknown field 'method_recoded' (did you mean 'method_recorded'?)`,
  ],
  counts: [
    `invalid-counts/${F}:10:16  forces.nottinghamshire.offences  expected a number, found "86" (remove the quotes)`,
    `invalid-counts/${F}:13:26  forces.nottinghamshire.youngest_victim_age  expected a child's age in whole years, 0 to 17, found 18`,
    `invalid-counts/${F}:21:15  forces.north-wales.offences  expected a whole number, found 35.5`,
  ],
  'yaml-syntax': [
    `invalid-yaml-syntax/${F}:11:4  (file)  YAML syntax error: the indentation is wrong here, or a value containing ": " needs quotes around it`,
    '  8 |     previous: { offences: 16 }',
    '  9 |   nottinghamshire:',
    ' 10 |     offences: 86',
    ' 11 |    method_recorded: 50',
    '---------^',
    ' 12 |     platforms: { facebook: 20, ins ...',
    ' 13 |     youngest_victim_age: 11',
  ],
};

/** Mistakes in release.njk: found when rendering, so by build (check validates data only). */
const R = 'campaigns/fixture-grooming/release.njk';
const TEMPLATE_MISTAKES: Record<string, string[]> = {
  'template-variable': [
    // Every failing page, not only the first (issue 13); the same mistake once, with its pages.
    `invalid-template-variable/${R}:13:31  body  campaign 'fixture-grooming': attempted to output null or undefined value (a figure or field is missing for this area: guard it with {% if ... %}) — on 5 pages (derbyshire, nottinghamshire, north-wales, … and 2 more)`,
  ],
  'template-filter': [`invalid-template-filter/${R}:13:50  body  campaign 'fixture-grooming': unknown filter 'nmu' (did you mean 'num'?); the filters are listed in docs/templates.md`],
  'template-nan': [
    `invalid-template-nan/${R}:15:89  body  campaign 'fixture-grooming': pct: expected a share of 0 or more (0.326 for 32.6 per cent; above 1 for a rise), found NaN — on 2 pages (leicestershire, btp)`,
  ],
};

describe('localpress check on broken fixtures', () => {
  it.each(Object.entries(DATA_MISTAKES))('invalid-%s: exact messages, exit 1, no stack trace', async (name, expected) => {
    const result = await cli(['check', '--data', path.join(FIXTURES, `invalid-${name}`)]);
    expect(result.lines).toEqual(expected);
    expect(result.code).toBe(1);
    const count = expected.filter((l) => l.startsWith('invalid-')).length;
    expect(result.err).toContain(`localpress: ${count} problem${count === 1 ? '' : 's'} found; nothing was written.`);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('the fixture list covers every invalid-* folder', async () => {
    const folders = (await readdir(FIXTURES)).filter((f) => f.startsWith('invalid-')).map((f) => f.slice('invalid-'.length));
    const covered = [...Object.keys(DATA_MISTAKES), ...Object.keys(TEMPLATE_MISTAKES), 'forgotten-force', 'unknown-force'];
    expect(folders.sort()).toEqual(covered.sort());
  });
});

describe('localpress build on broken fixtures leaves the previous dist/ untouched', () => {
  it.each(Object.entries({ ...DATA_MISTAKES, ...TEMPLATE_MISTAKES }))('invalid-%s', async (name, expected) => {
    const dist = await previousDist();
    try {
      const before = await dist.snapshot();
      const result = await cli(['build', '--data', path.join(FIXTURES, `invalid-${name}`), '--out', dist.out, '--now', '2026-01-01T00:00:00Z']);
      expect(result.code).toBe(1);
      expect(result.lines).toEqual(expected);
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(await dist.snapshot()).toEqual(before);
      expect(await readdir(dist.root)).toEqual(['dist']); // no staging folder left behind
    } finally {
      await dist.cleanup();
    }
  });
});

describe('a forgotten force', () => {
  it('is a warning: check passes (exit 0) and says which force has no figures', async () => {
    const result = await cli(['check', '--data', path.join(FIXTURES, 'invalid-forgotten-force')]);
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      `invalid-forgotten-force/${F}:1:1  forces  warning: no figures for leicestershire: a forgotten reply? (expected every force in forces.yaml, with 'responded: false' if it did not reply; if the request went only to the forces listed, say so in campaign.yaml with 'asked: listed-forces')\n` +
        'localpress check: 1 campaign(s) OK, 8 releases rendered, 1 warning(s)\n',
    );
  });
});
