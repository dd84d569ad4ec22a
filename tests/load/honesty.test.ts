/**
 * Issue 12: mistakes and figures that passed `check` silently. Each case edits a copy of
 * tests/fixtures/basic and runs `localpress check` on it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, FIXTURES } from './helpers.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A copy of the basic fixture with campaign.yaml / figures.yaml edited by `edit`. */
function dataWith(edit: { campaign?: (text: string) => string; figures?: (text: string) => string }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'localpress-honesty-'));
  roots.push(root);
  cpSync(path.join(FIXTURES, 'basic'), root, { recursive: true });
  const folder = path.join(root, 'campaigns', 'fixture-grooming');
  for (const [file, fn] of [['campaign.yaml', edit.campaign], ['figures.yaml', edit.figures]] as const) {
    if (!fn) continue;
    const p = path.join(folder, file);
    writeFileSync(p, fn(readFileSync(p, 'utf8')));
  }
  return root;
}

const check = async (data: string) => {
  const result = await cli(['check', '--data', data]);
  return { ...result, text: result.err.split(`${data}${path.sep}`).join('') };
};

describe('1. breakdowns', () => {
  it("'of: known' with one category is an error (its share would be 100%)", async () => {
    const data = dataWith({ figures: (t) => t.replace('    offences: 86\n', "    offences: 86\n    breakdowns:\n      age: { of: known, 15-and-under: 72 }\n") });
    const result = await check(data);
    expect(result.code).toBe(1);
    expect(result.text).toContain("forces.nottinghamshire.breakdowns.age.of  'of: known' makes shares of the categories given, so '15-and-under' alone would be 100%");
  });

  it("'of' takes only offences or known, with a suggestion", async () => {
    const data = dataWith({ figures: (t) => t.replace('    offences: 86\n', '    offences: 86\n    breakdowns:\n      age: { of: knwon, 15-and-under: 72, 16-17: 4 }\n') });
    const result = await check(data);
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/forces\.nottinghamshire\.breakdowns\.age\.of .*expected one of offences, known, found "knwon" \(did you mean 'known'\?\)/);
  });

  it('a breakdown of offences with one category passes', async () => {
    const data = dataWith({ figures: (t) => t.replace('    offences: 86\n', '    offences: 86\n    breakdowns:\n      age: { 15-and-under: 72 }\n') });
    expect((await check(data)).code).toBe(0);
  });
});

describe('4. misspelt keys', () => {
  it('misspelt style keys are errors with file:line and "did you mean"', async () => {
    const data = dataWith({ campaign: (t) => `${t}style:\n  percnt: "%"\n  words_upto: 10\n` });
    const result = await check(data);
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/campaign\.yaml:\d+:\d+ +style\.percnt +unknown field 'percnt' \(did you mean 'percent'\?\)/);
    expect(result.text).toMatch(/campaign\.yaml:\d+:\d+ +style\.words_upto +unknown field 'words_upto' \(did you mean 'words_up_to'\?\)/);
  });
});

describe('published percentages', () => {
  it('48% and 32.6% are taken wherever a count goes; a bad one is an error that says what is expected', async () => {
    const ok = dataWith({ figures: (t) => t.replace('platforms: { facebook: 20, instagram: 10, whatsapp: 2, snapchat: 15 }', 'platforms: { facebook: 32.6%, instagram: 10, whatsapp: 2, snapchat: 48% }\n    breakdowns:\n      gender: { girls: 81%, boys: 19% }') });
    expect((await check(ok)).code).toBe(0);
    const bad = dataWith({ figures: (t) => t.replace('platforms: { facebook: 20, instagram: 10, whatsapp: 2, snapchat: 15 }', 'platforms: { facebook: 132%, instagram: lots, whatsapp: 2, snapchat: 15 }') });
    const result = await check(bad);
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/forces\.nottinghamshire\.platforms\.facebook .*a percentage from 0% to 100% \(found 132%\)/);
    expect(result.text).toMatch(/forces\.nottinghamshire\.platforms\.instagram .*a count \(a whole number\) or a published percentage such as 48% or 32\.6%/);
  });
});

describe('discrepancy', () => {
  // WalesOnline, 2023/24: "554" in the text; the four forces in its table add to 564.
  const wales = "regions:\n  wales:\n    offences: 554\n";
  const forces = (t: string) => t.replace('  gwent:\n    offences: 21', '  gwent:\n    offences: 67').replace('  north-wales:\n    offences: 35', '  north-wales:\n    offences: 497');
  it('a published total below its forces stays an error without discrepancy: "why"', async () => {
    const result = await check(dataWith({ figures: (t) => `${wales}${forces(t)}` }));
    expect(result.code).toBe(1);
    expect(result.text).toContain('regions.wales.offences  the published total is below the sum of the forces in this region in figures.yaml (expected at least 564, found 554)');
  });
  it('with discrepancy: "why" it passes', async () => {
    const result = await check(dataWith({ figures: (t) => `${wales}    discrepancy: WalesOnline's text says 554; its table adds to 564.\n${forces(t)}` }));
    expect([result.code, result.text]).toEqual([0, expect.stringContaining('OK')]);
  });
});
