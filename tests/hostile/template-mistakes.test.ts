/**
 * The mistakes a press officer makes writing release.njk (found in the session-5 walkthrough):
 * each reported by `localpress check` with the file, the line of the tag at fault and what to
 * do, in words, never Nunjucks' parser jargon ("parseIf: … got end of file", "expected
 * variable end", "filter not found: pcnt").
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { plainMessage, unclosedTag, unknownFilter } from '../../src/site/template-messages.ts';
import { FIXTURES } from '../site/helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'localpress-template-mistakes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
/** `localpress check` on the basic fixture with this release body (line 5 of release.njk) and extra files. */
async function checkWith(body: string, files: Record<string, string> = {}): Promise<{ code: number; err: string }> {
  const data = path.join(root, `data-${++count}`);
  cpSync(path.join(FIXTURES, 'basic'), data, { recursive: true });
  const campaign = path.join(data, 'campaigns', 'fixture-grooming');
  writeFileSync(path.join(campaign, 'release.njk'), `---\nheadline: "Headline"\nstandfirst: "Standfirst"\n---\n${body}\n`);
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(campaign, name)), { recursive: true });
    writeFileSync(path.join(campaign, name), contents);
  }
  let err = '';
  const code = await run(['check', '--data', data], { out: { write: () => true }, err: { write: (c: string) => ((err += c), true) } } as never);
  return { code, err };
}

const RELEASE = 'campaigns/fixture-grooming/release.njk';

describe('release template mistakes, as check reports them', () => {
  it('a missing {% endif %}: the line of the {% if %} left open, and what to add', async () => {
    const { code, err } = await checkWith('Police recorded {{ area.offences | num }}.\n{% if force %}\nA force page.\n\nThe end.');
    expect(code).toBe(1);
    expect(err).toContain(`${RELEASE}:6:1  body  campaign 'fixture-grooming': this {% if %} is never closed: add {% endif %} where the text it controls ends`);
    expect(err).not.toContain('parseIf');
  });

  it('a missing {% endfor %} in an included part: the part, and the line of its {% for %}', async () => {
    const { err } = await checkWith('{% include "parts/list.njk" %}', { 'parts/list.njk': 'Forces:\n{% for f in forces %}{{ f.name }} {% endfor %}\n{% for f in forces %}\n{{ f.name }}\n' });
    expect(err).toMatch(/parts\/list\.njk:3:1 {2}body {2}campaign 'fixture-grooming': this \{% for %\} is never closed: add \{% endfor %\}.* — on \d+ pages \(national, /);
    expect(err).not.toContain('unexpected end of file');
  });

  it("a '{{' not closed, 'else if', '=' for '==', an unknown tag and an {% endif %} too many", async () => {
    expect((await checkWith('{{ area.offences | num }')).err).toContain(`${RELEASE}:5:`);
    expect((await checkWith('{{ area.offences | num }')).err).toContain("a '{{' is not closed with '}}'");
    expect((await checkWith('{% if force %}a{% else if region %}b{% endif %}')).err).toContain("write '{% elif … %}' for 'else if'");
    expect((await checkWith("{% if area.kind = 'force' %}a{% endif %}")).err).toContain("(to compare, write '==', not '=')");
    expect((await checkWith('{% if force %}a{% elsif region %}b{% endif %}')).err).toContain("unknown tag {% elsif %} (did you mean 'elif'?)");
    expect((await checkWith('{% if force %}a{% endif %}{% endif %}')).err).toContain('{% endif %} closes nothing: no {% if %} is open here');
  });

  it('a misspelt filter, in the release or in an included part: did you mean, and where the filters are listed', async () => {
    const inRelease = await checkWith('{{ area.offences | nmu }}');
    expect(inRelease.err).toContain(`${RELEASE}:5:18  body  campaign 'fixture-grooming': unknown filter 'nmu' (did you mean 'num'?); the filters are listed in docs/templates.md`);
    const inPart = await checkWith('{% include "parts/share.njk" %}', { 'parts/share.njk': '{% if area.platforms[0].share != none %}{{ area.platforms[0].share | pcnt(0) }}{% endif %}\n' });
    expect(inPart.code).toBe(1);
    expect(inPart.err).toMatch(/parts\/share\.njk:1:\d+ {2}body {2}campaign 'fixture-grooming': unknown filter 'pcnt' \(did you mean 'pct'\?\); the filters are listed in docs\/templates\.md — on \d+ pages \(/);
    expect(inPart.err).not.toContain('filter not found');
  });

  it('a figure an area does not have says to guard it; a name the model does not have says how to list the names', async () => {
    // The fixture's Leicestershire did not reply, so its offences are null.
    const missing = await checkWith('Police recorded {{ area.offences | num }} offences.');
    expect(missing.err).toMatch(/force 'leicestershire': num: expected a number of 0 or more, found null \(this area has no such figure: not supplied, withheld, or not replied; guard the sentence with \{% if … != none %\}\)/);
    const misspelt = await checkWith('Police recorded {{ area.ofences | num }} offences.');
    // Every page has the misspelt name: one line, the first page's (the national page), with the page count.
    expect(misspelt.err).toContain("campaign 'fixture-grooming': num: expected a number of 0 or more, found undefined (a missing value?): 'area.ofences' is not a name a release can use here (did you mean 'area.offences'?); `localpress explain --campaign fixture-grooming --area national` lists the names a page can use — on 9 pages (national, ");
    const unknown = await checkWith('Police recorded {{ area.zzzzzzzz | num }} offences.');
    expect(unknown.err).toContain("found undefined (a missing value?): 'area.zzzzzzzz' is not a name a release can use here; `localpress explain --campaign fixture-grooming --area national` lists the names a page can use — on 9 pages");
  });

  it('a mistake after an {% include %} is reported at its own line, not at the included part’s last filter', async () => {
    const { err } = await checkWith('{% include "parts/share.njk" %}\n\nThe rate was {{ area.rates | rate }}.', { 'parts/share.njk': 'Figures for {{ campaign.period.label | ucfirst }}.\n' });
    expect(err).toContain(`${RELEASE}:7:30  body  campaign 'fixture-grooming': rate: expected a number of 0 or more, found undefined (a missing value?): 'area.rates' is not a name a release can use here (did you mean 'area.rate'?)`);
    expect(err).not.toContain('parts/share.njk');
  });
});

describe('template-messages helpers', () => {
  it('finds the last block tag left open, skipping comments and raw text', () => {
    expect(unclosedTag('{% if a %}x{% endif %}')).toBeUndefined();
    expect(unclosedTag('a\n  {%- if a %}\n{% for x in y %}{% endfor %}')).toEqual({ tag: 'if', close: 'endif', line: 2, column: 3 });
    expect(unclosedTag('{# {% if a %} #}{% raw %}{% for %}{% endraw %}')).toBeUndefined();
    expect(unclosedTag('{% set x = 1 %}{% macro m() %}x')).toMatchObject({ tag: 'macro', close: 'endmacro', line: 1, column: 16 });
  });

  it('suggests our filters before Nunjucks’ own, and leaves a message it does not know as it was', () => {
    expect(unknownFilter('fracton', ['num', 'fraction'], ['num', 'fraction', 'first'])).toBe("unknown filter 'fracton' (did you mean 'fraction'?); the filters are listed in docs/templates.md");
    expect(unknownFilter('qqqqqq', ['num'])).toBe("unknown filter 'qqqqqq'; the filters are listed in docs/templates.md");
    expect(plainMessage('num: expected a number', { house: [], all: [] })).toBe('num: expected a number');
  });
});
