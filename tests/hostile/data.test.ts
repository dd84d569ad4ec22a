/**
 * Hostile data (issue 15 items 3, 6 and 8; issue 12's loader items): each case is the basic
 * fixture with one mistake or attack, and `localpress check` must refuse it with exit 1, the
 * exact lines `file:line:column  field  what is wrong`, and no stack trace — quickly.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadProject } from '../../src/load/index.ts';
import { cpuClock } from './cpu.ts';
import { CAMPAIGN, cli, variant, type Variant } from './data-helpers.ts';

const F = `${CAMPAIGN}/figures.yaml`;
const C = `${CAMPAIGN}/campaign.yaml`;
const R = `${CAMPAIGN}/release.njk`;

/**
 * Ten anchors of nine: 1.5 KB standing for 9^10 values, used where the old loader described the
 * value in its error message (a note must be a text), which took 118 s and 2.2 GB.
 */
async function plantAliasBomb(v: Variant): Promise<void> {
  await v.replace(F, 'forces:\n', `${aliasBomb()}forces:\n`);
  await v.replace(F, '    youngest_victim_age: 9\n', '    youngest_victim_age: 9\n    note: *j\n');
}

function aliasBomb(): string {
  const names = 'abcdefghij';
  const lines = ['bomb:', `  a: &a [${Array(9).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < names.length; i++) lines.push(`  ${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

const LONG_ID = 'a'.repeat(300);

/** name → what to do to the basic fixture, and the exact problem lines check must print. */
const CASES: Record<string, { edit: (v: Variant) => Promise<void>; lines: string[] }> = {
  'alias bomb (ten anchors of nine)': {
    edit: plantAliasBomb,
    lines: [`${F}:7:10  (file)  the alias *e takes the values that aliases repeat in this file past 100,000 (an "alias bomb"?); write the values out, or use fewer aliases`],
  },
  'a value that contains itself': {
    edit: (v) => v.replace(F, '    previous: { offences: 16 }', '    previous: &loop { offences: 16, previous: *loop }'),
    lines: [`${F}:8:47  (file)  an alias (*loop) is used inside its own anchor (&loop): a value cannot contain itself`],
  },
  'a data file over 20 MB': {
    edit: async (v) => truncate(path.join(v.root, F), 25_000_000),
    lines: [`${F}  (file)  this file is too large to read (25 MB; a data file may be at most 20 MB): is it the right file?`],
  },
  'a region and a force published at the same address': {
    edit: async (v) => {
      await v.replace('forces.yaml', '  - id: wales\n', '  - id: gwent\n    name: Gwent region\n    nation: Wales\n  - id: wales\n');
      await v.replace('forces.yaml', '  - id: north-wales\n', '  - id: gwent-region\n    name: Gwent Region Police\n    area: Gwent Region\n    code: null\n    region: gwent\n    population: 1000\n  - id: north-wales\n');
    },
    lines: [`forces.yaml:27:9  regions.1.id  region 'gwent' is published at 'gwent-region/' because a force has the id 'gwent', where force 'gwent-region' is published too; rename one of them`],
  },
  'a 300-character force id': {
    edit: (v) => v.replace('forces.yaml', '  - id: gwent\n', `  - id: ${LONG_ID}\n`),
    lines: [`forces.yaml:56:9  forces.4.id  expected an id of at most 64 characters (ids become folder names), found "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa... (300 characters)`],
  },
  'a 300-character platform id': {
    edit: (v) => v.replace(C, '  snapchat: Snapchat\n', `  ${LONG_ID}: Snapchat\n`),
    lines: [
      `${C}:13:305  platforms.${'a'.repeat(37)}...  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' cannot be used as an id: ids become folder names (expected at most 64 characters, found 300)`,
    ],
  },
  'a 100,000-character force key in figures.yaml': {
    edit: (v) => v.replace(F, '  btp:\n', `  ${'x'.repeat(100_000)}:\n    offences: 3\n  btp:\n`),
    lines: [`${F}:22:3  forces.${'x'.repeat(37)}...  unknown force '${'x'.repeat(37)}...'; force ids are listed in data/forces.yaml`],
  },
  'a 100-character campaign folder': {
    edit: (v) => rename(path.join(v.root, CAMPAIGN), path.join(v.root, 'campaigns', 'c'.repeat(100))),
    lines: [`campaigns/${'c'.repeat(100)}  (file)  campaign folder names become paths: use at most 64 characters (found 'ccccccccccccccccccccccccccccccccccccc...', 100 characters)`],
  },
  'a campaign called assets': {
    edit: (v) => rename(path.join(v.root, CAMPAIGN), path.join(v.root, 'campaigns', 'assets')),
    lines: [`campaigns/assets  (file)  campaign folder names become paths: this name is taken by a folder of the build itself (dist/assets/) (found 'assets')`],
  },
  'campaigns/ is a file, not a folder': {
    edit: async (v) => {
      await rm(path.join(v.root, 'campaigns'), { recursive: true });
      await writeFile(path.join(v.root, 'campaigns'), 'not a folder\n');
    },
    lines: ['campaigns  (file)  cannot read this folder: it, or a part of its path, is a file, not a folder'],
  },
  'a YAML file with two documents': {
    edit: (v) => v.replace(F, '  gwent:\n', '---\n  gwent:\n'),
    lines: [`${F}:16:1  (file)  YAML syntax error: a second YAML document starts here (after a "---" or "..." line); a data file holds one document: remove the separator line, or move what follows into a file of its own`],
  },
  'Latin-1 bytes in figures.yaml': {
    edit: (v) => v.replace(F, '  north-wales:\n    offences: 35\n', Buffer.from('  north-wales:\n    offences: 35\n    note: "Caf\xe9 reply"\n', 'latin1')),
    lines: [`${F}:22:15  (file)  this file is not UTF-8 text: found the byte 0xE9 ('é' in Latin-1/Windows-1252); save the file as UTF-8`],
  },
  'Latin-1 bytes in campaign.yaml': {
    edit: (v) => v.replace(C, 'source: Fixture FOI request', Buffer.from('source: Fixture FOI r\xe9quest \x93quoted\x94', 'latin1')),
    lines: [`${C}:6:22  (file)  this file is not UTF-8 text: found the byte 0xE9 ('é' in Latin-1/Windows-1252); save the file as UTF-8`],
  },
  'Latin-1 bytes in release.njk': {
    edit: (v) => v.replace(R, 'Across {{ national.name }}', Buffer.from('Across \xa3{{ national.name }}', 'latin1')),
    lines: [`${R}:16:8  (file)  this file is not UTF-8 text: found the byte 0xA3 ('£' in Latin-1/Windows-1252); save the file as UTF-8`],
  },
  'a figures.yaml saved as UTF-16': {
    edit: (v) => v.replace(F, 'forces:\n', Buffer.from([0xff, 0xfe, ...Buffer.from('forces:\n', 'utf16le')])),
    lines: [`${F}:1:1  (file)  this file is saved as UTF-16 text; save it as UTF-8`],
  },
  'a Latin-1 byte as the very first byte': {
    edit: (v) => v.replace(F, 'forces:\n', Buffer.from('\x96forces:\n', 'latin1')),
    lines: [`${F}:1:1  (file)  this file is not UTF-8 text: found the byte 0x96 ('–' in Latin-1/Windows-1252); save the file as UTF-8`],
  },
  '.nan and .inf as counts': {
    edit: (v) => v.replace(F, '  north-wales:\n    offences: 35\n', '  north-wales:\n    offences: .nan\n    method_recorded: .inf\n'),
    lines: [
      `${F}:21:15  forces.north-wales.offences  expected a number, found NaN (not a number)`,
      `${F}:22:22  forces.north-wales.method_recorded  expected a number, found infinity (.inf)`,
    ],
  },
  'counts above 2^53': {
    edit: async (v) => {
      await v.replace(F, '    offences: 86\n', '    offences: 9007199254740993\n');
      await v.replace(F, '{ facebook: 20,', '{ facebook: 12345678901234567890,');
    },
    lines: [
      `${F}:10:15  forces.nottinghamshire.offences  this number is too large to be held exactly (expected at most 9,007,199,254,740,991, found 9007199254740993)`,
      `${F}:12:28  forces.nottinghamshire.platforms.facebook  this number is too large to be held exactly (expected at most 9,007,199,254,740,991, found 12345678901234567890)`,
    ],
  },
  'campaign.yml instead of campaign.yaml': {
    edit: (v) => rename(path.join(v.root, C), path.join(v.root, CAMPAIGN, 'campaign.yml')),
    lines: [`${C}  (file)  this file is missing; found 'campaign.yml' instead (did you mean 'campaign.yaml'? rename it)`],
  },
  'an empty campaign folder beside a good one': {
    edit: (v) => mkdir(path.join(v.root, 'campaigns', 'next-campaign')),
    lines: [
      'campaigns/next-campaign/campaign.yaml  (file)  this file is missing (every campaign folder needs a campaign.yaml)',
      'campaigns/next-campaign/figures.yaml  (file)  this file is missing (every campaign folder needs a figures.yaml)',
    ],
  },
  'Latin-1 in campaign.yaml and two documents in figures.yaml: both reported at once': {
    edit: async (v) => {
      await v.replace(C, 'source: Fixture FOI request', Buffer.from('source: Fixture FOI r\xe9quest', 'latin1'));
      await v.replace(F, '  gwent:\n', '---\n  gwent:\n');
    },
    lines: [
      `${C}:6:22  (file)  this file is not UTF-8 text: found the byte 0xE9 ('é' in Latin-1/Windows-1252); save the file as UTF-8`,
      `${F}:16:1  (file)  YAML syntax error: a second YAML document starts here (after a "---" or "..." line); a data file holds one document: remove the separator line, or move what follows into a file of its own`,
    ],
  },
  'a period that ends before it starts': {
    edit: (v) => v.replace(C, 'period: { start: 2017-04-03, end: 2017-12-31,', 'period: { start: 2018-04-03, end: 2017-12-31,'),
    lines: [`${C}:5:35  period.end  the period ends before it starts (expected an end on or after the start, 2018-04-03, found 2017-12-31)`],
  },
};

let current: Variant | undefined;
afterEach(async () => {
  await current?.cleanup();
  current = undefined;
});

describe('localpress check on hostile data', () => {
  beforeAll(async () => {
    // Load the loader's modules once, so that each case below times the check itself.
    const warm = await variant();
    await cli(warm.root, ['check', '--data', warm.root]);
    await warm.cleanup();
  });

  it.each(Object.entries(CASES))('%s: exact lines, exit 1, no stack trace, fast', async (_name, { edit, lines }) => {
    current = await variant();
    await edit(current);
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.lines).toEqual(lines);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`localpress: ${lines.length} problem${lines.length === 1 ? '' : 's'} found; nothing was written.`);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(result.cpuMs).toBeLessThan(1000);
  });
});

describe('the alias bomb', () => {
  it('is refused by the loader in well under a second (it took 118 s and 2.2 GB before)', async () => {
    current = await variant();
    await plantAliasBomb(current);
    loadProject(path.join(import.meta.dirname, '../fixtures/basic')); // warm
    const cpuMs = cpuClock();
    expect(() => loadProject(current!.root)).toThrow(/the alias \*e takes the values that aliases repeat/);
    expect(cpuMs()).toBeLessThan(500);
  });

  it('through the real command: check exits 1 with the line, no stack trace', async () => {
    current = await variant();
    await plantAliasBomb(current);
    const bin = path.resolve(import.meta.dirname, '../../bin/localpress.js');
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, 'check', '--data', current!.root], { timeout: 30_000 }, (error, _out, stderr) => resolve({ code: error ? Number(error.code ?? -1) : 0, stderr }));
    });
    expect(code).toBe(1);
    expect(stderr.split(`${current.root}${path.sep}`).join('')).toBe(`${CASES['alias bomb (ten anchors of nine)']!.lines[0]}\n\nlocalpress: 1 problem found; nothing was written.\n`);
  });

  it('stops a build too: exit 1 with the same line, nothing written', async () => {
    current = await variant();
    await plantAliasBomb(current);
    // Beside the data, not inside it: an --out inside --data is refused (exit 2) before any loading.
    const out = `${current.root}-dist`;
    const result = await cli(current.root, ['build', '--data', current.root, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.lines).toEqual(CASES['alias bomb (ten anchors of nine)']!.lines);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a file with 50,000 mistakes', () => {
  it('is reported by its first 100 problems and a count of the rest, in seconds (it took 494 s)', async () => {
    current = await variant();
    const members = Array.from({ length: 50_000 }, (_, i) => `x${i}`).join(', ');
    await current.replace(C, '    members: [facebook, instagram, whatsapp]', `    members: [${members}]`);
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(101);
    expect(result.lines[0]).toBe(`${C}:17:15  groups.facebook-owned.members.0  unknown platform 'x0'; declare it under platforms:`);
    expect(result.lines[100]).toBe(`${C}  (file)  and 49,900 more problems in this file, not listed: fix the ones above first`);
    // The closing count is the true total, not the 101 lines listed.
    expect(result.err.endsWith('\n\nlocalpress: 50,000 problems found; nothing was written.\n')).toBe(true);
    expect(result.cpuMs).toBeLessThan(15_000);
  });
});

describe('localpress new with a hostile id', () => {
  it('refuses a 300-character id and the name of the build\'s own folder with a usage error (exit 2), not ENAMETOOLONG', async () => {
    current = await variant();
    const tooLong = await cli(current.root, ['new', LONG_ID, '--data', current.root]);
    expect(tooLong.code).toBe(2);
    expect(tooLong.err).toBe(`new: campaign ids become paths: use at most 64 characters (found '${'a'.repeat(37)}...')\n`);
    const assets = await cli(current.root, ['new', 'assets', '--data', current.root]);
    expect(assets.code).toBe(2);
    expect(assets.err).toBe("new: campaign ids become paths: this name is taken by a folder of the build itself (dist/assets/) (found 'assets')\n");
  });
});

describe('what is not hostile still loads', () => {
  it('aliases that repeat a few values, and a campaign folder that is a symbolic link', async () => {
    current = await variant();
    await current.replace(F, '    previous: { offences: 16 }', '    previous: &prev { offences: 16 }');
    await current.replace(F, '  gwent:\n    offences: 21\n', '  gwent:\n    offences: 21\n    previous: *prev\n');
    await rename(path.join(current.root, CAMPAIGN), path.join(current.root, 'elsewhere'));
    await symlink(path.join(current.root, 'elsewhere'), path.join(current.root, CAMPAIGN));
    await mkdir(path.join(current.root, 'campaigns', '.git-like-hidden-folder'));
    const result = await cli(current.root, ['check', '--data', current.root]);
    expect(result.err).toBe('localpress check: 1 campaign(s) OK, 9 releases rendered\n');
    expect(result.code).toBe(0);
  });
});
